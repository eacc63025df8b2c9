package org.r2p.json;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Utf8;
import org.r2p.rules.Article27;
import org.r2p.rules.Discrepancies;
import org.r2p.json.internal.ByteSource;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates vote-record files for other applications and returns every problem with its
 * JSON Pointer and a stable code, plus the valid records. One bad record never hides another.
 *
 * <p>Input: a JSON array of records, NDJSON (one record per line, each line read on its own, so
 * a syntax error costs one line), a single record with {@code "format": "r2p.vote-record.v1"},
 * or a collection {@code {"format": "r2p.vote-records.v1", "records": [...]}}; how the format
 * is decided is told at {@link #stream(InputStream, String)}. Every form is read one record at
 * a time: {@link #stream} hands each on in constant memory, {@link #validate} collects them.
 *
 * <p>Checks: JSON syntax and limits; structure, types and enum spellings; the model's
 * invariants (messages passed on from the core); and domain checks — unknown state code, two
 * votes by one member, a voter not on the Council on that date, more votes than seats, a date
 * before 1945-10-24 or in the future, a reported tally that contradicts the votes, and (a
 * warning, when {@link Builder#checkOutcomes()} asks for it) a recorded outcome that contradicts
 * Article 27. The tally and the outcome are compared as a review compares them ({@link
 * Discrepancies}).
 *
 * <pre>{@code
 * ValidationResult result = VoteRecordValidator.builder().build().validate(in);
 * result.problems().forEach(p -> System.out.println(p.pointer() + " " + p.code() + " " + p.message()));
 *
 * // any size, one record at a time
 * try (Stream<RecordResult> results = validator.stream(in, "votes.ndjson")) {
 *   results.forEach(r -> r.record().ifPresent(rules::review));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #validate} may be called from many threads.
 */
public final class VoteRecordValidator {
  /** The checks of each decoded record against the Council and the clock. */
  private final RecordChecks checks;
  /** Reads one record at a time: trailing tokens are the next records. */
  private final ObjectMapper mapper = mapper(R2pJson.limits());
  /**
   * Reads arrays and collections of any length from a stream: the limits apply within each
   * record ({@link #MAX_RECORD} is checked per element), not to the whole input.
   */
  private final ObjectMapper streamMapper = mapper(R2pJson.limits().rebuild().maxDocumentLength(-1).build());

  private static ObjectMapper mapper(tools.jackson.core.StreamReadConstraints limits) {
    return tools.jackson.databind.json.JsonMapper.builder(R2pJson.factory().rebuild().streamReadConstraints(limits)
            .build())
        .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  private VoteRecordValidator(Builder b) {
    this.checks = new RecordChecks(b.history != null ? b.history : BundledData.history(),
        b.checkOutcomes, b.clock);
  }

  /**
   * A builder: the bundled Council history, no outcome check, the system clock (UTC).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Largest record accepted, in bytes: an NDJSON line, an element of an array or collection,
   * or a single-record document (8 MiB). It holds a string at {@link R2pJson#MAX_STRING} in
   * its longest spelling (every character escaped as {@code \}{@code uXXXX}, 6 bytes each:
   * 6 MiB) with 2 MiB to spare for the rest of the record, which usually takes a few KB. Also
   * the most white space accepted before the first value of an input whose format is decided
   * by content.
   */
  public static final int MAX_RECORD = RecordChecks.MAX_RECORD;

  /** Most problems reported for one record; the rest are counted ("and N more"). */
  public static final int MAX_PROBLEMS_PER_RECORD = RecordChecks.MAX_PROBLEMS_PER_RECORD;

  /** Most problems reported for one input; the rest are counted ("and N more"). */
  public static final int MAX_PROBLEMS_PER_FILE = RecordChecks.MAX_PROBLEMS_PER_FILE;

  /**
   * Validates text.
   *
   * @param json the document
   * @return the result
   */
  public ValidationResult validate(String json) {
    int bad = Utf8.unpairedSurrogate(json);
    if (bad >= 0) {
      // a lone surrogate has no UTF-8 form: said, never written as '?'
      int line = 1 + (int) json.chars().limit(bad).filter(c -> c == '\n').count();
      return new ValidationResult(List.of(), List.of(Problem.error("", "json.encoding", String.format(
          java.util.Locale.ROOT, "text must be Unicode (line %d, character offset %d): an unpaired surrogate U+%04X",
          line, bad, (int) json.charAt(bad))).at(0, line)), 1);
    }
    return validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Validates a stream, UTF-8, deciding its format by content, and collects every valid
   * record: for small inputs. {@link #stream(InputStream, String)} reads any size in
   * constant memory. The stream is read to its end, not closed.
   *
   * @param in the input
   * @return the result
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ValidationResult validate(InputStream in) {
    List<VoteRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int[] read = {0};
    try (Stream<RecordResult> results = stream(in, "")) {
      results.forEachOrdered(r -> {
        r.record().ifPresent(records::add);
        problems.addAll(r.problems());
        if (r.isRecord()) {
          read[0]++;
        }
      });
    }
    return new ValidationResult(records, problems, read[0]);
  }

  /**
   * Validates a stream one record at a time, in constant memory whatever its size: each
   * record is read, checked and handed on before the next is read, and nothing is kept.
   *
   * <p>The format is decided by the name and the content together: a name ending in
   * {@code .ndjson} or {@code .jsonl} is NDJSON; otherwise an input whose first value starts
   * with {@code [} is a JSON array; an input whose first line is the beginning of an object
   * that goes on over the next lines is one document (a record, or a collection whose records
   * are read one by one); anything else is NDJSON, each line on its own, so that a bad line
   * (even the first) costs only that line. Input must be UTF-8 (one leading byte-order mark
   * allowed): in NDJSON a line that is not costs that line ({@code json.encoding}); elsewhere it
   * ends the reading, the records before it kept. Limits: {@link #MAX_RECORD} bytes per record,
   * {@link R2pJson#limits()} within it, {@link #MAX_PROBLEMS_PER_RECORD} and
   * {@link #MAX_PROBLEMS_PER_FILE} problems reported.
   *
   * <p>The stream is read lazily, as results are consumed, never marked or sought, and not
   * closed.
   *
   * @param in the input, UTF-8
   * @param name the input's file name, or "" when unknown (standard input)
   * @return the results, in input order
   * @throws UncheckedIOException (when consumed) if the stream cannot be read
   */
  public Stream<RecordResult> stream(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    String n = name.toLowerCase(java.util.Locale.ROOT);
    // only UTF-8 goes further; bytes that are not are a json.encoding problem, never U+FFFD
    Utf8.CheckedInputStream checked = new Utf8.CheckedInputStream(in);
    RecordStream it = new RecordStream(checks, mapper, streamMapper, new ByteSource(checked), checked,
        n.endsWith(".ndjson") || n.endsWith(".jsonl"));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }


  /** Builds a {@link VoteRecordValidator}. */
  public static final class Builder {
    private @Nullable CouncilHistory history;
    private boolean checkOutcomes;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the Council history voters are checked against.
     *
     * @param h the Council history to check voters against (default: the bundled one)
     * @return this builder
     */
    public Builder councilHistory(CouncilHistory h) {
      this.history = Objects.requireNonNull(h, "councilHistory");
      return this;
    }

    /**
     * Enables the {@code outcome.mismatch} warning: a recorded outcome that contradicts the one
     * Article 27 gives ({@link Article27#outcome}), where the votes are those of every member of
     * the Council on the date.
     *
     * @return this builder
     */
    public Builder checkOutcomes() {
      this.checkOutcomes = true;
      return this;
    }

    /**
     * Sets the clock that decides what "today" is.
     *
     * @param c the clock deciding "today" for date.in-future
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /** {@return the validator} */
    public VoteRecordValidator build() {
      return new VoteRecordValidator(this);
    }
  }
}
