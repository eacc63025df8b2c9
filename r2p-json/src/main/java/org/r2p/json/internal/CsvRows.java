package org.r2p.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV files read with Jackson's CSV module: a header row, comma separators, RFC 4180 quoting,
 * UTF-8, blank lines skipped. Each row is a map from column name to text, with the line
 * number on which it begins, for error messages.
 */
public final class CsvRows {
  private static final ObjectReader READER = CsvMapper.builder()
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .enable(CsvReadFeature.FAIL_ON_MISSING_COLUMNS)
      .build()
      .readerForMapOf(String.class)
      .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false));

  /** One data row. */
  public static final class Row {
    private final Map<String, String> fields;
    private final int line;
    private final String file;

    Row(String file, int line, Map<String, String> fields) {
      this.file = file;
      this.line = line;
      this.fields = fields;
    }

    /**
     * The text of a column, empty if blank.
     *
     * @param column the column name
     * @return the text, trimmed
     * @throws IllegalArgumentException if the file has no such column
     */
    public String get(String column) {
      String v = fields.get(column);
      if (v == null) {
        throw new IllegalArgumentException(file + " has no column '" + column + "'");
      }
      return v.trim();
    }

    /**
     * Whether the file has a column.
     *
     * @param column the column name
     * @return true if it has
     */
    public boolean has(String column) {
      return fields.containsKey(column);
    }

    /** @return the 1-based line number on which the row begins */
    public int line() {
      return line;
    }

    /** @return every column of the row, by name, as read (not trimmed) */
    public Map<String, String> fields() {
      return Collections.unmodifiableMap(fields);
    }

    /** @return where the row is, for messages: "file.csv line 12" */
    public String where() {
      return file + " line " + line;
    }
  }

  private CsvRows() {}

  /**
   * Reads a CSV resource next to the bundled data.
   *
   * @param name the file name, e.g. "unsc_vetoes.csv"
   * @return the rows
   */
  public static List<Row> resource(String name) {
    InputStream in = CsvRows.class.getResourceAsStream("/org/r2p/json/data/" + name);
    Objects.requireNonNull(in, "bundled data file missing: " + name);
    try (in) {
      return read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file " + name, e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @param name a name for messages
   * @param in the bytes, UTF-8
   * @return the rows
   * @throws IllegalArgumentException naming the file and line where the text is not CSV, or
   *     where a row has more or fewer fields than the header
   */
  public static List<Row> read(String name, InputStream in) {
    List<Row> rows = new ArrayList<>();
    int line = 1;
    PushbackInputStream bytes = new PushbackInputStream(in, 1);
    try {
      int b = bytes.read();
      if (b == -1) {
        return List.of();
      }
      bytes.unread(b);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    try (JsonParser p = READER.createParser(bytes)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        Map<String, String> m = new LinkedHashMap<>();
        boolean first = true;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String column = p.currentName();
          p.nextToken();
          if (first) {
            line = p.currentTokenLocation().getLineNr();
            first = false;
          }
          m.put(column, p.getString());
        }
        rows.add(new Row(name, line, Collections.unmodifiableMap(m)));
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException(name + " line " + line + ": " + e.getOriginalMessage(), e);
    }
    return List.copyOf(rows);
  }
}
