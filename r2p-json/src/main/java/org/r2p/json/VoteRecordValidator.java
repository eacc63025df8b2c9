package org.r2p.json;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Types;
import org.r2p.json.internal.Decoder;
import org.r2p.json.internal.Utf8;
import org.r2p.rules.TallyComparison;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Validates vote-record files for other applications and returns every problem with its
 * JSON Pointer and a stable code, plus the valid records. One bad record never hides another.
 *
 * <p>Input: a JSON array of records (read element by element from the stream: no tree is built),
 * NDJSON (one record per line, each
 * line read on its own, so a syntax error costs one line), a single record with
 * {@code "format": "r2p.vote-record.v1"}, or a collection
 * {@code {"format": "r2p.vote-records.v1", "records": [...]}}.
 *
 * <p>Checks: JSON syntax and limits; structure, types and enum spellings; the model's
 * invariants (messages passed on from the core); and domain checks — unknown state code, two
 * votes by one member, a voter not on the Council on that date, more votes than seats, a date
 * before 1945-10-24 or in the future, a reported tally that contradicts the votes, and (a
 * warning) a recorded outcome that contradicts Article 27 when an {@link OutcomeRule} is given.
 *
 * <pre>{@code
 * ValidationResult result = VoteRecordValidator.builder().build().validate(in);
 * result.problems().forEach(p -> System.out.println(p.pointer() + " " + p.code() + " " + p.message()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #validate} may be called from many threads.
 */
public final class VoteRecordValidator {
  private final CouncilHistory history;
  private final @Nullable OutcomeRule outcomeRule;
  private final Clock clock;
  /** Reads one value at a time from a stream: trailing tokens are the next records. */
  private final ObjectMapper mapper = tools.jackson.databind.json.JsonMapper.builder(R2pJson.factory())
      .addModule(new R2pModule())
      .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private VoteRecordValidator(Builder b) {
    this.history = b.history != null ? b.history : R2pDatasets.bundled().councilHistory();
    this.outcomeRule = b.outcomeRule;
    this.clock = b.clock;
  }

  /**
   * A builder: the bundled Council history, no outcome rule, the system clock (UTC).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

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
   * Validates a stream, UTF-8. The stream is read to its end, not closed.
   *
   * @param in the input
   * @return the result
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ValidationResult validate(InputStream in) {
    Objects.requireNonNull(in, "in");
    State s = new State();
    // only UTF-8 goes further; bytes that are not are a json.encoding problem, never U+FFFD
    Utf8.CheckedInputStream checked = new Utf8.CheckedInputStream(in);
    try {
      java.io.BufferedInputStream bytes = new java.io.BufferedInputStream(checked, 1 << 16);
      int c = firstNonSpace(bytes);
      if (c == '[') {
        // arrays are parsed from the UTF-8 bytes: Jackson's fastest path
        array(bytes, s);
        return new ValidationResult(s.records, s.problems, s.read);
      }
      PushbackReader reader = new PushbackReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
      c = firstNonSpace(reader);
      if (c == -1) {
        s.problems.add(Problem.error("", "json.empty", "document is empty: expected a vote record, an array of"
            + " vote records, or NDJSON"));
      } else if (c == '{') {
        objectOrLines(reader, checked, s);
      } else {
        s.problems.add(Problem.error("", "json.syntax", "document must start with '{' or '[': found '"
            + (char) c + "'").at(0, 1));
      }
    } catch (Utf8.MalformedException e) {
      // in an array, or on the first line, bytes that are not UTF-8 end the reading of the file
      s.read = Math.max(s.read, 1);
      s.problems.add(Problem.error("", "json.encoding", e.getMessage()).at(0, e.line()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input", e);
    }
    return new ValidationResult(s.records, s.problems, s.read);
  }

  private final class State {
    /** "Today", read once per validation. */
    final LocalDate today = LocalDate.now(clock);
    final List<VoteRecord> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    int read;
  }

  /** Peeks at the first byte that is not white space or a UTF-8 byte-order mark; consumes nothing. */
  private static int firstNonSpace(java.io.BufferedInputStream in) throws IOException {
    in.mark(Integer.MAX_VALUE);
    int c;
    do {
      c = in.read();
    } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
    in.reset();
    return c;
  }

  private static int firstNonSpace(PushbackReader r) throws IOException {
    int c;
    do {
      c = r.read();
    } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF');
    if (c != -1) {
      r.unread(c);
    }
    return c;
  }

  private void array(InputStream in, State s) throws Utf8.MalformedException {
    int index = 0;
    try (JsonParser p = mapper.createParser(in)) {
      p.nextToken(); // START_ARRAY
      while (true) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          break;
        }
        if (t == null) {
          s.problems.add(Problem.error("", "json.syntax", "array is not closed: expected ']' at end of input")
              .at(index, line(p)));
          return;
        }
        int line = line(p);
        String ptr = "/" + index;
        s.read++;
        Decoder d = new Decoder(p, ptr, 0);
        accept(d.voteRecord(false), d, ptr, index, line, s);
        index++;
      }
      if (p.nextToken() != null) {
        s.problems.add(Problem.error("", "json.syntax", "content after the closing ']': " + p.getString())
            .at(index, line(p)));
      }
    } catch (JacksonException e) {
      if (e.getCause() instanceof Utf8.MalformedException m) {
        // bytes that are not UTF-8 reject the array as a whole (reported by the caller)
        s.records.clear();
        s.problems.clear();
        throw m;
      }
      s.read++;
      s.problems.add(syntax("/" + index, e).at(index, line(e)));
    }
  }

  private void objectOrLines(PushbackReader reader, Utf8.CheckedInputStream checked, State s) throws IOException {
    BufferedReader br = new BufferedReader(reader);
    String first = br.readLine();
    if (first == null) {
      return;
    }
    Optional<JsonNode> firstLine = parseQuietly(first);
    if (firstLine.isPresent() && firstLine.get().isObject() && !firstLine.get().has("records")) {
      // NDJSON: one document per line, each parsed on its own.
      int index = 0;
      int lineNo = 1;
      String line = first;
      do {
        if (line == null) {
          // not UTF-8: reported, and reading goes on with the next line
        } else if (!line.isBlank()) {
          s.read++;
          String ptr = "/" + index;
          try (JsonParser p = mapper.createParser(line)) {
            p.nextToken();
            Decoder d = new Decoder(p, ptr, lineNo - 1);
            VoteRecord r = d.voteRecord(true);
            if (p.nextToken() != null) {
              s.problems.add(Problem.error(ptr, "json.syntax", "line holds more than one JSON value").at(index, lineNo));
            } else {
              accept(r, d, ptr, index, lineNo, s);
            }
          } catch (JacksonException e) {
            s.problems.add(syntax(ptr, e).at(index, lineNo));
          }
          index++;
        }
        lineNo++;
        try {
          line = br.readLine();
          if (line == null) {
            return;
          }
        } catch (Utf8.MalformedException e) {
          s.read++;
          s.problems.add(Problem.error("/" + index, "json.encoding", e.getMessage()).at(index, e.line()));
          index++;
          checked.skipLine();
          line = null;
        }
      } while (true);
    }
    // One document over several lines: the first line is put back; its tokens are kept, to
    // tell a collection from a single record and then to read it through the grammar.
    PushbackReader whole = new PushbackReader(br, first.length() + 1);
    whole.unread((first + "\n").toCharArray());
    try (JsonParser p = mapper.createParser(whole)) {
      TokenBuffer tokens = p.readValueAs(TokenBuffer.class);
      if (p.nextToken() != null) {
        s.problems.add(Problem.error("", "json.syntax", "content after the end of the document").at(0, line(p)));
      }
      if (isCollection(tokens, p)) {
        collection(tokens, p, s);
      } else {
        s.read++;
        try (JsonParser r = tokens.asParser(p.objectReadContext())) {
          r.nextToken();
          Decoder d = new Decoder(r, "", 0);
          accept(d.voteRecord(true), d, "", 0, 1, s);
        }
      }
    } catch (JacksonException e) {
      s.read++;
      s.problems.add(syntax("", e).at(0, line(e)));
    }
  }

  /** Whether a document is an object with a "records" field. */
  private static boolean isCollection(TokenBuffer tokens, JsonParser outer) {
    try (JsonParser p = tokens.asParser(outer.objectReadContext())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      String name;
      while ((name = p.nextName()) != null) {
        if (name.equals("records")) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    }
  }

  private void collection(TokenBuffer tokens, JsonParser outer, State s) {
    List<Problem> fields = new ArrayList<>();
    List<Problem> records = new ArrayList<>();
    JsonNode format = null;
    boolean recordsSeen = false;
    try (JsonParser p = tokens.asParser(outer.objectReadContext())) {
      p.nextToken();
      String name;
      while ((name = p.nextName()) != null) {
        JsonToken t = p.nextToken();
        boolean again = name.equals("format") ? format != null : name.equals("records") && recordsSeen;
        if (again) {
          fields.add(Problem.error("/" + name, "field.duplicate", "collection has field \"" + name
              + "\" more than once: a field may be given only once"));
          p.skipChildren();
        } else if (name.equals("format")) {
          format = p.readValueAsTree();
        } else if (name.equals("records")) {
          recordsSeen = true;
          if (t != JsonToken.START_ARRAY) {
            records.add(Problem.error("/records", "type.array", "collection field \"records\" must be an array"));
            p.skipChildren();
            continue;
          }
          int k = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            s.read++;
            String ptr = "/records/" + k;
            Decoder d = new Decoder(p, ptr, 0);
            VoteRecord r = d.voteRecord(false);
            int from = s.problems.size();
            accept(r, d, ptr, k, 0, s);
            // the collection's own problems come first: the records' are held until its end
            List<Problem> added = s.problems.subList(from, s.problems.size());
            records.addAll(added);
            added.clear();
            k++;
          }
        } else {
          fields.add(Problem.error("/" + Decoder.escape(name), "field.unknown",
              "collection has no field \"" + name + "\"; allowed: format, records"));
          p.skipChildren();
        }
      }
    }
    if (format == null || !format.isString() || !format.stringValue().equals(Types.VOTE_RECORDS_FORMAT)) {
      s.problems.add(Problem.error("/format", format == null ? "format.missing" : "format.unsupported",
          "a collection must declare \"format\": \"" + Types.VOTE_RECORDS_FORMAT + "\""
              + (format == null ? "" : ": " + format)));
    }
    s.problems.addAll(fields);
    s.problems.addAll(records);
  }

  private static Optional<JsonNode> parseQuietly(String line) {
    try {
      return Optional.of(R2pJson.mapper().readTree(line));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static int line(JsonParser p) {
    TokenStreamLocation l = p.currentTokenLocation();
    return l == null ? 0 : l.getLineNr();
  }

  private static int line(JacksonException e) {
    if (e.getCause() instanceof Utf8.MalformedException) {
      return ((Utf8.MalformedException) e.getCause()).line();
    }
    TokenStreamLocation l = e.getLocation();
    return l == null ? 0 : l.getLineNr();
  }

  private static Problem syntax(String pointer, JacksonException e) {
    String msg = e.getOriginalMessage();
    if (e.getCause() instanceof Utf8.MalformedException) {
      return Problem.error(pointer, "json.encoding", e.getCause().getMessage());
    }
    if (e instanceof StreamConstraintsException) {
      return Problem.error(pointer, "json.limit", "document exceeds a reading limit: " + msg);
    }
    TokenStreamLocation l = e.getLocation();
    return Problem.error(pointer, "json.syntax", "malformed JSON"
        + (l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr()) + ": " + msg);
  }

  /** Checks a decoded record against the Council and the clock, and keeps it if nothing is wrong. */
  private void accept(@Nullable VoteRecord r, Decoder d, String ptr, int index, int line, State s) {
    if (r != null) {
      domain(r, ptr, d, s.today);
    }
    boolean error = false;
    for (Problem p : d.problems()) {
      s.problems.add(p.at(index, line));
      error |= p.severity() == Problem.Severity.ERROR;
    }
    if (r != null && !error) {
      s.records.add(r);
    }
  }

  private void domain(VoteRecord r, String ptr, Decoder d, LocalDate today) {
    if (r.date().isAfter(today)) {
      d.error(ptr + "/date", "date.in-future", "vote date must not be in the future (today is " + today + "): " + r.date());
    }
    if (r.proposal().date().isAfter(today)) {
      d.error(ptr + "/proposal/date", "date.in-future",
          "proposal date must not be in the future (today is " + today + "): " + r.proposal().date());
    }
    Council council;
    try {
      council = history.councilOn(r.date());
    } catch (IllegalArgumentException e) {
      d.error(ptr + "/date", "council.unknown", "no Council composition for " + r.date() + ": " + e.getMessage());
      return;
    }
    if (r.votes().size() > council.nominalSize()) {
      d.error(ptr + "/votes", "votes.more-than-seats", "number of votes must be at most the Council's "
          + council.nominalSize() + " seats on " + r.date() + ": " + r.votes().size());
    }
    boolean electedKnown = council.electedSeatsKnown();
    for (int k = 0; k < r.votes().size(); k++) {
      MemberState m = r.votes().get(k).member();
      if (council.isMember(m)) {
        continue;
      }
      boolean formerOrLaterPermanent = PermanentSeat.everHeldBy(m).isPresent();
      if (electedKnown || formerOrLaterPermanent) {
        d.error(ptr + "/votes/" + k + "/member", "vote.not-on-council", m + " (" + m.name()
            + ") was not a member of the Council on " + r.date()
            + (formerOrLaterPermanent ? "; the seat was held by " + PermanentSeat.everHeldBy(m).get().holderOn(r.date()) : ""));
      }
    }
    TallyComparison.of(r).filter(TallyComparison::contradicts).ifPresent(c ->
        d.error(ptr + "/reportedTally", "tally.mismatch", "reported tally must match the votes: " + c));
    if (outcomeRule != null && r.recordedOutcome().isPresent() && coversCouncil(r, council)) {
      Outcome o = outcomeRule.outcome(r, council);
      if (o != r.recordedOutcome().get()) {
        d.warning(ptr + "/recordedOutcome", "outcome.mismatch", "recorded outcome contradicts Article 27: recorded "
            + r.recordedOutcome().get() + ", the votes give " + o);
      }
    }
  }

  private static boolean coversCouncil(VoteRecord r, Council c) {
    if (!r.hasVoteOfEachMember(c)) {
      return false;
    }
    for (Vote v : r.votes()) {
      if (!c.isMember(v.member())) {
        return false;
      }
    }
    return c.electedSeatsKnown();
  }

  /** Builds a {@link VoteRecordValidator}. */
  public static final class Builder {
    private @Nullable CouncilHistory history;
    private @Nullable OutcomeRule outcomeRule;
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
     * Sets the rule deciding the Article 27 outcome, which enables the outcome warnings.
     *
     * @param rule decides the Article 27 outcome, for the outcome.mismatch warning
     * @return this builder
     */
    public Builder outcomeRule(OutcomeRule rule) {
      this.outcomeRule = Objects.requireNonNull(rule, "outcomeRule");
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
