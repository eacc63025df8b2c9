package org.r2p.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One CSV file type read into typed rows: the file is read by {@link CsvRows} (Jackson's CSV
 * module, header row, UTF-8), and each row goes through the type's {@link RowMapper}, which
 * reads its columns through {@link Cells}. The same mapping reads the bundled files and a
 * user's files: a bundled file must be clean, a user's file yields every good row and one
 * {@link RowProblem} per bad row.
 *
 * @param <T> the row type
 */
public final class CsvMapping<T> {
  /**
   * Reads one row into a value.
   *
   * @param <T> the row type
   */
  @FunctionalInterface
  public interface RowMapper<T> {
    /**
     * Reads a row.
     *
     * @param row the row's cells
     * @return the value
     * @throws RuntimeException where the row breaks a constraint; a {@link CellException}
     *     names the column and the value
     */
    T map(Cells row);
  }

  /**
   * A row that breaks a constraint of its file type.
   *
   * @param file the file's name as given
   * @param line the 1-based line on which the row begins
   * @param column the column at fault, empty where the row as a whole is
   * @param value the cell's text as written, empty where the row as a whole is at fault
   * @param message the constraint broken, with the value
   */
  public record RowProblem(String file, int line, String column, String value, String message) {}

  /**
   * The good rows of a file, in its order, and a problem for each bad row.
   *
   * @param <T> the row type
   * @param rows the good rows
   * @param problems the bad rows' problems, in the file's order
   */
  public record Table<T>(List<T> rows, List<RowProblem> problems) {}

  /** A cell that breaks its column's constraint. */
  public static final class CellException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String column;
    private final String value;

    CellException(String column, String value, String message, Throwable cause) {
      super(message, cause);
      this.column = column;
      this.value = value;
    }
  }

  /** The cells of one row, read by column name, each trimmed. */
  public static final class Cells {
    private final CsvRows.Row row;

    Cells(CsvRows.Row row) {
      this.row = row;
    }

    /**
     * The text of a column every file of the type has.
     *
     * @param column the column
     * @return the text, trimmed, empty if blank
     * @throws IllegalArgumentException if the file has no such column
     */
    public String text(String column) {
      try {
        return row.get(column);
      } catch (IllegalArgumentException e) {
        throw new CellException(column, "", e.getMessage(), e);
      }
    }

    /**
     * The text of a column a file may leave out.
     *
     * @param column the column
     * @return the text, trimmed; empty if blank or if the file has no such column
     */
    public String optional(String column) {
      return row.has(column) ? row.get(column) : "";
    }

    /**
     * A column's text read into a value; a failure names the column and the text.
     *
     * @param <V> the value's type
     * @param column the column (required)
     * @param reader reads the text, throwing with the constraint it breaks
     * @return the value
     */
    public <V> V parse(String column, Function<String, V> reader) {
      String text = text(column);
      try {
        return reader.apply(text);
      } catch (CellException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new CellException(column, text, e.getMessage(), e);
      }
    }

    /**
     * A column's text, checked; a failure names the column and the text.
     *
     * @param column the column (required)
     * @param check throws with the constraint the text breaks
     * @return the text, trimmed
     */
    public String checked(String column, java.util.function.Consumer<String> check) {
      return parse(column, t -> {
        check.accept(t);
        return t;
      });
    }

    /**
     * An optional column's text read into a value, empty where the cell is blank or absent.
     *
     * @param <V> the value's type
     * @param column the column
     * @param reader reads the text
     * @return the value
     */
    public <V> Optional<V> parseOptional(String column, Function<String, V> reader) {
      return optional(column).isEmpty() ? Optional.empty() : Optional.of(parse(column, reader));
    }

    /**
     * A constant of an enum, named in any case.
     *
     * @param <E> the enum
     * @param column the column
     * @param type the enum's class
     * @return the constant
     */
    public <E extends Enum<E>> E constant(String column, Class<E> type) {
      return parse(column, t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT)));
    }

    /**
     * A date written yyyy-MM-dd.
     *
     * @param column the column
     * @return the date
     */
    public LocalDate date(String column) {
      return parse(column, LocalDate::parse);
    }

    /**
     * A whole number.
     *
     * @param column the column
     * @return the number
     */
    public int integer(String column) {
      return parse(column, Integer::parseInt);
    }

    /** @return the line on which the row begins */
    public int line() {
      return row.line();
    }

    /** @return where the row is, for messages: "file.csv line 12" */
    public String where() {
      return row.where();
    }
  }

  private final RowMapper<T> mapper;

  private CsvMapping(RowMapper<T> mapper) {
    this.mapper = mapper;
  }

  /**
   * A mapping.
   *
   * @param <T> the row type
   * @param mapper reads one row
   * @return the mapping
   */
  public static <T> CsvMapping<T> of(RowMapper<T> mapper) {
    return new CsvMapping<>(mapper);
  }

  /**
   * Reads a user's file: every good row, and one problem for each bad row.
   *
   * @param name the file's name, for messages
   * @param in the bytes, UTF-8
   * @return the rows and problems
   * @throws IllegalArgumentException naming the file and line where the text is not CSV
   */
  public Table<T> read(String name, InputStream in) {
    List<T> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (CsvRows.Row r : CsvRows.read(name, in)) {
      try {
        rows.add(mapper.map(new Cells(r)));
      } catch (CellException e) {
        problems.add(new RowProblem(name, r.line(), e.column, e.value, String.valueOf(e.getMessage())));
      } catch (RuntimeException e) {
        problems.add(new RowProblem(name, r.line(), "", "", String.valueOf(e.getMessage())));
      }
    }
    return new Table<>(List.copyOf(rows), List.copyOf(problems));
  }

  /**
   * Reads a bundled file, next to the bundled data, which must be clean.
   *
   * @param name the file's name, e.g. "sourced/ga_debates.csv"
   * @return the rows, in the file's order
   * @throws IllegalStateException naming the file and line of the first bad row
   */
  public List<T> bundled(String name) {
    InputStream in = CsvMapping.class.getResourceAsStream("/org/r2p/json/data/" + name);
    Objects.requireNonNull(in, "bundled data file missing: " + name);
    List<T> rows = new ArrayList<>();
    try (in) {
      for (CsvRows.Row r : CsvRows.read(name, in)) {
        try {
          rows.add(mapper.map(new Cells(r)));
        } catch (RuntimeException e) {
          throw new IllegalStateException("bundled data " + r.where() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file " + name, e);
    }
    return List.copyOf(rows);
  }
}
