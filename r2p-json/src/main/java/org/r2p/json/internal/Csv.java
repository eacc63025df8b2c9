package org.r2p.json.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small RFC 4180 reader for the bundled CSV files: a header row, comma separators, fields
 * in double quotes with {@code ""} for a quote, UTF-8. Each row is a map from column name to
 * text, with the line number for error messages.
 */
public final class Csv {
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

    /** @return the 1-based line number in the file */
    public int line() {
      return line;
    }

    /** @return where the row is, for messages: "file.csv line 12" */
    public String where() {
      return file + " line " + line;
    }
  }

  private Csv() {}

  /**
   * Reads a CSV resource next to the bundled data.
   *
   * @param name the file name, e.g. "unsc_vetoes.csv"
   * @return the rows
   */
  public static List<Row> resource(String name) {
    InputStream in = Csv.class.getResourceAsStream("/org/r2p/json/data/" + name);
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
   * @throws IOException on a read error
   */
  public static List<Row> read(String name, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> current = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int startLine = 1;
    int c;
    boolean any = false;
    while ((c = r.read()) != -1) {
      any = true;
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              r.reset();
            }
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        current.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          r.mark(1);
          if (r.read() != '\n') {
            r.reset();
          }
        }
        current.add(field.toString());
        field.setLength(0);
        records.add(current);
        lines.add(startLine);
        current = new ArrayList<>();
        line++;
        startLine = line;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(name + " line " + startLine + ": unterminated quoted field");
    }
    if (any && (field.length() > 0 || !current.isEmpty())) {
      current.add(field.toString());
      records.add(current);
      lines.add(startLine);
    }
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0);
    List<Row> rows = new ArrayList<>();
    for (int k = 1; k < records.size(); k++) {
      List<String> rec = records.get(k);
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      if (rec.size() != header.size()) {
        throw new IllegalArgumentException(name + " line " + lines.get(k) + ": expected "
            + header.size() + " fields, found " + rec.size());
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int j = 0; j < header.size(); j++) {
        m.put(header.get(j), rec.get(j));
      }
      rows.add(new Row(name, lines.get(k), Collections.unmodifiableMap(m)));
    }
    return List.copyOf(rows);
  }
}
