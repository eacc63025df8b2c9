package org.r2p.examples.cli;

import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.r2p.json.R2pJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A table written row by row, as it is made, in CSV (a header, then one line per row, written
 * by Jackson's CSV module), JSON (one document: its format, its columns' names and the rows as
 * objects) or NDJSON (one object per row per line). Nothing is held but the current row. Every
 * command that has a table for programs writes it through this one class.
 */
final class Table implements AutoCloseable {
  private static final CsvMapper CSV = CsvMapper.builder().build();

  private final List<String> columns;
  private final Format format;
  private final @Nullable SequenceWriter csv;
  private final @Nullable JsonGenerator json;
  private final Writer out;

  /**
   * @param out where the table goes (not closed; flushed at the end)
   * @param format csv, json or ndjson
   * @param name the JSON document's format marker, e.g. {@code r2p.review-rows.v1}
   * @param columns the columns' names, in order
   */
  Table(Writer out, Format format, String name, List<String> columns) {
    this.out = out;
    this.columns = List.copyOf(columns);
    this.format = format;
    switch (format) {
      case csv: {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        columns.forEach(b::addColumn);
        this.csv = CSV.writer(b.build()).writeValues(new NonClosing(out));
        this.json = null;
        break;
      }
      case json: {
        this.csv = null;
        this.json = R2pJson.mapper().rebuild().disable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build().createGenerator(new NonClosing(out));
        json.writeStartObject();
        json.writeStringProperty("format", name);
        json.writeName("columns");
        json.writeStartArray();
        for (String c : columns) {
          json.writeString(c);
        }
        json.writeEndArray();
        json.writeName("rows");
        json.writeStartArray();
        break;
      }
      case ndjson:
        this.csv = null;
        this.json = R2pJson.mapper().rebuild().disable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build().createGenerator(new NonClosing(out));
        break;
      default:
        throw new IllegalArgumentException("a table is written as csv, json or ndjson: " + format);
    }
  }

  /**
   * Writes one row.
   *
   * @param values one per column, in order; null for an empty cell (left out in JSON)
   */
  void row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("a row has " + columns.size() + " cells: " + values.length);
    }
    OutputError.writing(() -> {
      if (csv != null) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          cells[i] = values[i] == null ? "" : values[i].toString();
        }
        csv.write(cells);
        return;
      }
      json.writeStartObject();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          continue;
        }
        json.writeName(columns.get(i));
        if (v instanceof Integer || v instanceof Long) {
          json.writeNumber(((Number) v).longValue());
        } else if (v instanceof Boolean) {
          json.writeBoolean((Boolean) v);
        } else {
          json.writeString(v.toString());
        }
      }
      json.writeEndObject();
      if (format == Format.ndjson) {
        json.flush();
        try {
          out.write('\n');
        } catch (java.io.IOException e) {
          throw new OutputError(e);
        }
      }
    });
  }

  @Override
  public void close() {
    OutputError.writing(() -> {
      if (csv != null) {
        csv.close();
      } else {
        if (format == Format.json) {
          json.writeEndArray();
          json.writeEndObject();
        }
        json.close();
        if (format == Format.json) {
          try {
            out.write('\n');
          } catch (java.io.IOException e) {
            throw new OutputError(e);
          }
        }
      }
    });
    try {
      out.flush();
    } catch (java.io.IOException e) {
      throw new OutputError(e);
    }
  }

  /** The writer, left open when the table is done with it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
