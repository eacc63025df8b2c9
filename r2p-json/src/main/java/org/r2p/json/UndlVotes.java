package org.r2p.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.r2p.core.CouncilHistory;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.UndlColumns;
import org.r2p.json.internal.UndlResolution;
import org.r2p.json.internal.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the UN Dag Hammarskjöld Library's "Security Council Voting Data" (a CSV file from the
 * UN Digital Library, one row per member per adopted resolution) into {@link VoteRecord}s, one
 * per resolution. r2p does not bundle the file (its terms allow non-commercial use with
 * attribution): users download it and r2p reads it.
 *
 * <p>Columns are found by header name, in any order; columns the reader does not use are
 * ignored, and the General Assembly layout's names ({@code title}, {@code agenda_title}) are read
 * where the Council's ({@code description}, {@code agenda}) are absent. A file must have
 * {@code ms_code}, {@code ms_vote}, {@code date} and {@code resolution}. Rows are grouped by
 * {@code undl_id} (else {@code resolution}) as they come, so the file is never held: only the
 * rows of the resolution being read are.
 *
 * <p>Each record has: the resolution symbol as {@link VoteRecord#id()} and in
 * {@link VoteRecord#documents()}; the draft (if given) as the proposal's symbol, the
 * {@code description} as its subject and the {@code agenda} as its agenda item, with the situation
 * {@link SituationRules} reads from it (the rules that classify the bundled vetoes: a situation
 * the agenda names, else an unclassified situation keeping the agenda's text); the meeting; the
 * date; each member's vote ({@code Y} YES, {@code N} NO, {@code A} ABSTAIN, {@code X} ABSENT or
 * NOT_PARTICIPATING as the vote note says, else NOT_PARTICIPATING with the flag
 * {@value #NON_VOTING_UNSPECIFIED}); the reported tally ({@code total_yes}, {@code total_no},
 * {@code total_abstentions}); the outcome ADOPTED (the file holds adopted resolutions only); and
 * a source naming the file, the {@code undl_id} and the {@code undl_link}. A code of a permanent
 * seat's holder stands for the seat's holder on the vote date ({@code CHN} before 1971-10-25 is
 * the Republic of China, {@code RUS} before 1991-12-24 the USSR); other historical codes
 * ({@code SUN}, {@code YUG}, {@code CSK}, ...) are read as {@link org.r2p.core.MemberStates}
 * knows them.
 *
 * <p>A resolution adopted without a vote or by acclamation has the
 * {@linkplain VoteRecord#modality() modality} {@link org.r2p.core.DecisionModality#WITHOUT_VOTE}
 * or {@link org.r2p.core.DecisionModality#BY_ACCLAMATION}, and no votes and no reported tally:
 * the file records every member as {@code Y} (and a tally to match) for such adoptions, and
 * those rows are not votes. Article 27 then decides it ADOPTED without a vote, with no veto. It
 * is recognised from a vote note saying "without a vote" or "acclamation", or a
 * {@code modality} containing "without" or "acclamation"; a row of such a resolution coded
 * other than {@code Y} contradicts it and is a problem ({@code vote.without-vote-contradicts}).
 *
 * <p>Problems carry the row's line (the header is line 1), its index among the data rows, the
 * column as a pointer ({@code /ms_vote}) and a stable code. A row that cannot be read, or that
 * contradicts its resolution's first row or the Council on the vote date (an unknown code, a
 * member not on the Council, a wrong {@code permanent_member}, a second row for one member),
 * costs that row only; its record carries the flag {@value #ROWS_REJECTED}. A resolution with
 * more rows than the Council had seats, or without a readable {@code resolution} symbol, costs
 * the resolution. The reported tally is kept as reported; a difference from the rows is a
 * warning ({@code tally.mismatch}).
 *
 * <pre>{@code
 * UndlVotes undl = UndlVotes.builder().since(LocalDate.of(1990, 1, 1)).build();
 * try (InputStream in = Files.newInputStream(file);
 *     UndlVotes.Reading reading = undl.read(in, file.getFileName().toString(), problems::add)) {
 *   reading.forEachRemaining(record -> System.out.println(record.id().orElseThrow() + " " + record.tally()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link Reading} is for one thread.
 */
public final class UndlVotes {
  /** Flag: a member coded {@code X} whose vote note does not say absent or not participating. */
  public static final String NON_VOTING_UNSPECIFIED = UndlResolution.NON_VOTING_UNSPECIFIED;
  /** Flag: some rows of the resolution were not read; each is a problem with its line. */
  public static final String ROWS_REJECTED = UndlResolution.ROWS_REJECTED;

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private final CouncilHistory history;
  private final @Nullable LocalDate since;
  private final @Nullable LocalDate until;

  private UndlVotes(Builder b) {
    this.history = b.history != null ? b.history : BundledData.history();
    this.since = b.since;
    this.until = b.until;
  }

  /**
   * A builder: the bundled Council history, every date.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts reading a file. The header is read now; each record is read when asked for, so the
   * records can be consumed one at a time from a file of any size. Problems are passed to
   * {@code problems} as they are found, before the record of their resolution.
   *
   * @param in the file's bytes, UTF-8; closed with the reading
   * @param file the file's name, for each record's source
   * @param problems receives each problem
   * @return the reading
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Reading read(InputStream in, String file, Consumer<Problem> problems) {
    return new Reading(Objects.requireNonNull(in, "in"), Objects.requireNonNull(file, "file"),
        Objects.requireNonNull(problems, "problems"));
  }

  /**
   * Reads a whole file into lists: a convenience for files that fit in memory.
   *
   * @param in the file's bytes, UTF-8; closed when read
   * @param file the file's name, for each record's source
   * @return the records and the problems
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Result readAll(InputStream in, String file) {
    List<Problem> problems = new ArrayList<>();
    List<VoteRecord> records = new ArrayList<>();
    try (Reading r = read(in, file, problems::add)) {
      r.forEachRemaining(records::add);
      return new Result(records, problems, r.rows());
    }
  }

  /**
   * A whole file's records and problems.
   *
   * @param records the records read, in file order
   * @param problems the problems, in file order
   * @param rows the data rows read (the header not counted)
   */
  public record Result(List<VoteRecord> records, List<Problem> problems, int rows) {
    /**
     * Copies the lists.
     *
     * @param records the records read, in file order
     * @param problems the problems, in file order
     * @param rows the data rows read (the header not counted)
     */
    public Result {
      records = List.copyOf(records);
      problems = List.copyOf(problems);
    }
  }

  /**
   * One reading of a file: an iterator of its records, read as they are asked for. Close it to
   * close the file.
   */
  public final class Reading implements Iterator<VoteRecord>, AutoCloseable {
    private final JsonParser parser;
    private final String file;
    private final Consumer<Problem> problems;
    private final @Nullable UndlColumns columns;
    /** The keys of the resolutions read so far: a resolution's rows must come together. */
    private final Set<String> seen = new HashSet<>();
    private @Nullable UndlResolution current;
    /** The key of a resolution whose rows are passed over (outside the dates, or already read). */
    private @Nullable String skipping;
    private @Nullable VoteRecord next;
    private boolean ended;
    private int rows;
    private int line;

    private Reading(InputStream in, String file, Consumer<Problem> problems) {
      this.file = file;
      this.problems = problems;
      try {
        // bytes that are not UTF-8 stop the reading where they are, never decoded to U+FFFD
        this.parser = CSV.createParser(new Utf8.CheckedInputStream(in));
      } catch (JacksonException e) {
        throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getOriginalMessage(), e));
      }
      this.columns = header();
      this.ended = columns == null;
    }

    private @Nullable UndlColumns header() {
      List<String> names = row();
      if (names == null) {
        if (!ended) {
          problems.accept(Problem.error("", "csv.empty", "file must start with a header row naming the columns"
              + " (ms_code, ms_vote, date, resolution, ...): the file is empty").at(0, 1));
        }
        return null;
      }
      try {
        return UndlColumns.of(names);
      } catch (IllegalArgumentException e) {
        problems.accept(Problem.error("", "csv.header", "line " + line + ": " + e.getMessage()).at(0, line));
        return null;
      }
    }

    /** The next row's cells, or null at the end or after a syntax error (reported). */
    private @Nullable List<String> row() {
      try {
        JsonToken t = parser.nextToken();
        if (t == null) {
          return null;
        }
        List<String> cells = new ArrayList<>();
        int at = 0;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            return null;
          }
          if (cells.isEmpty()) {
            at = parser.currentTokenLocation().getLineNr();
          }
          cells.add(parser.getString());
        }
        line = at > 0 ? at : line + 1;
        return cells;
      } catch (JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Utf8.MalformedException) {
          Utf8.Malformation m = ((Utf8.MalformedException) cause).malformation();
          problems.accept(Problem.error("", "csv.encoding", "file must be UTF-8: at line " + m.line()
              + ", byte offset " + m.offset() + ", " + m.reason() + "; the rest of the file is not read")
              .at(rows, m.line()));
        } else {
          TokenStreamLocation l = e.getLocation();
          int where = l == null ? line + 1 : l.getLineNr();
          problems.accept(Problem.error("", "csv.syntax", "malformed CSV at line " + where + ": "
              + e.getOriginalMessage() + "; the rest of the file is not read").at(rows, where));
        }
        ended = true;
        return null;
      }
    }

    /**
     * The data rows read so far (the header not counted).
     *
     * @return the count
     */
    public int rows() {
      return rows;
    }

    /**
     * The header's columns that are not read, e.g.&nbsp;{@code subjects} or a column added in a later
     * version of the file.
     *
     * @return the names, sorted; empty if the header could not be read
     */
    public List<String> ignoredColumns() {
      return columns == null ? List.of() : columns.ignored();
    }

    @Override
    public boolean hasNext() {
      while (next == null && !ended) {
        advance();
      }
      return next != null;
    }

    @Override
    public VoteRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more records in " + file);
      }
      VoteRecord r = next;
      next = null;
      return r;
    }

    /**
     * The remaining records as a sequential stream, read as it is consumed.
     *
     * @return the stream
     */
    public Stream<VoteRecord> stream() {
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
          Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Reads one row: may finish a resolution, whose record becomes {@link #next}. */
    private void advance() {
      UndlColumns cols = Objects.requireNonNull(columns);
      List<String> row = row();
      if (row == null) {
        if (ended && current != null) {
          // a syntax error: the rows after it are not read, and may have belonged here
          current.reject(line + 1);
        }
        ended = true;
        finish();
        return;
      }
      int index = rows++;
      if (row.size() != cols.count()) {
        problems.accept(Problem.error("", "csv.columns", "row " + line + ": a row must have as many cells as"
            + " the header (" + cols.count() + "): " + row.size()).at(index, line));
        if (current != null && row.size() > 0 && UndlResolution.key(cols, row).equals(current.key())) {
          current.reject(line);
        }
        return;
      }
      String key = UndlResolution.key(cols, row);
      if (key.isEmpty()) {
        problems.accept(Problem.error("/resolution", "field.required", "row " + line
            + ": resolution must not be empty").at(index, line));
        return;
      }
      if (key.equals(skipping)) {
        return;
      }
      if (current != null && !key.equals(current.key())) {
        finish();
      }
      if (current == null) {
        if (seen.contains(key)) {
          problems.accept(Problem.error("/resolution", "rows.split", "row " + line + ": the rows of one resolution"
              + " must come together, but " + key + " was read before; its rows from here are not read")
              .at(index, line));
          skipping = key;
          return;
        }
        LocalDate date = UndlResolution.date(cols, row, line, index, problems);
        if (date == null) {
          return;
        }
        seen.add(key);
        if ((since != null && date.isBefore(since)) || (until != null && date.isAfter(until))) {
          skipping = key;
          return;
        }
        skipping = null;
        current = UndlResolution.start(cols, history, file, problems, row, line, index, date,
            agenda -> SituationRules.classify("", agenda).map(SituationRules.Result::situation));
        if (current == null) {
          skipping = key;
          return;
        }
      }
      current.add(row, line, index);
    }

    private void finish() {
      if (current != null) {
        next = current.finish();
        current = null;
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (JacksonException e) {
        throw new UncheckedIOException(new IOException("cannot close " + file + ": " + e.getOriginalMessage(), e));
      }
    }
  }

  /** Builds {@link UndlVotes}. */
  public static final class Builder {
    private @Nullable CouncilHistory history;
    private @Nullable LocalDate since;
    private @Nullable LocalDate until;

    private Builder() {}

    /**
     * The Council's composition through time, to check each member against the Council on the
     * vote date.
     *
     * @param h the history (default: the bundled one)
     * @return this builder
     */
    public Builder councilHistory(CouncilHistory h) {
      this.history = Objects.requireNonNull(h, "councilHistory");
      return this;
    }

    /**
     * Reads only resolutions adopted on or after a date; the others' rows are passed over.
     *
     * @param first the first date
     * @return this builder
     */
    public Builder since(LocalDate first) {
      this.since = Objects.requireNonNull(first, "since");
      return this;
    }

    /**
     * Reads only resolutions adopted on or before a date; the others' rows are passed over.
     *
     * @param last the last date
     * @return this builder
     */
    public Builder until(LocalDate last) {
      this.until = Objects.requireNonNull(last, "until");
      return this;
    }

    /**
     * The reader.
     *
     * @return the reader
     */
    public UndlVotes build() {
      return new UndlVotes(this);
    }
  }
}
