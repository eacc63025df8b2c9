package org.r2p.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.ByteSource;
import org.r2p.json.internal.Types;
import org.r2p.json.internal.Decoder;
import org.r2p.json.internal.PointerLines;
import org.r2p.json.internal.RecordDecoding;
import org.r2p.json.internal.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The reading loop of {@code VoteRecordValidator.stream}: decides the format, then reads one
 * record per step (an NDJSON line, an element of an array or of a collection's records, or
 * the single document), each within {@link RecordChecks#MAX_RECORD} bytes, and caps
 * the problems reported. Holds one record at a time.
 */
final class RecordStream implements Iterator<RecordResult> {
  private enum Mode { START, NDJSON, ARRAY, DOCUMENT, COLLECTION, AFTER_RECORDS, DONE }

  private static final int MAX = RecordChecks.MAX_RECORD;

  private final RecordChecks checks;
  /** Reads one record at a time: trailing tokens are the next records. */
  private final ObjectMapper mapper;
  /** Reads arrays and collections of any length, the limits applying within each record. */
  private final ObjectMapper streamMapper;
  /** The deepest nesting the parsers accept. */
  private final int maxDepth;
  private final ByteSource src;
  private final Utf8.CheckedInputStream checked;
  private final boolean ndjsonByName;
  private final LocalDate today;
  private final ArrayDeque<RecordResult> ready = new ArrayDeque<>();
  private Mode mode = Mode.START;
  /** The parser of an array or a document, over the rest of the input. */
  private @Nullable JsonParser parser;
  /** Lines before the parser's first line. */
  private int lineBase;
  /** The index of the next record. */
  private int index;
  // a document: what its fields said, for a collection's header, and its tokens, for a single record
  private @Nullable TokenBuffer head;
  /** The lines of the values in {@link #head}, which keeps none. */
  private @Nullable PointerLines headLines;
  private @Nullable String format;
  private boolean formatSeen;
  private boolean collection;
  private boolean formatTwice;
  private boolean duplicateFormatReported;
  private final List<String> otherFields = new ArrayList<>();
  // the caps
  private int reported;
  private int omitted;
  private boolean omittedError;
  private boolean summarised;

  RecordStream(RecordChecks checks, ObjectMapper mapper, ObjectMapper streamMapper, ByteSource src,
      Utf8.CheckedInputStream checked, boolean ndjsonByName) {
    this.checks = checks;
    this.mapper = mapper;
    this.streamMapper = streamMapper;
    this.maxDepth = mapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth();
    this.src = src;
    this.checked = checked;
    this.ndjsonByName = ndjsonByName;
    this.today = checks.today();
  }

  @Override
  public boolean hasNext() {
    try {
      while (ready.isEmpty() && mode != Mode.DONE) {
        step();
      }
    } catch (IOException e) {
      mode = Mode.DONE;
      throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
    }
    if (ready.isEmpty() && omitted > 0 && !summarised) {
      summarised = true;
      String text = "and " + omitted + " more problems, not reported (at most "
          + RecordChecks.MAX_PROBLEMS_PER_FILE + " per input and " + RecordChecks.MAX_PROBLEMS_PER_RECORD
          + " per record are)";
      Problem p = omittedError ? Problem.error("", "problems.omitted", text) : Problem.warning("", "problems.omitted", text);
      ready.add(new RecordResult(Optional.empty(), List.of(p), false, 0));
      return true;
    }
    return !ready.isEmpty();
  }

  @Override
  public RecordResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RecordResult r = ready.poll();
    if (summarised) {
      return r;
    }
    omitted += r.omittedProblems();
    omittedError |= r.omittedProblems() > 0 && r.record().isEmpty();
    int room = RecordChecks.MAX_PROBLEMS_PER_FILE - reported;
    if (r.problems().size() <= room) {
      reported += r.problems().size();
      return r;
    }
    List<Problem> kept = r.problems().subList(0, Math.max(room, 0));
    for (Problem p : r.problems().subList(kept.size(), r.problems().size())) {
      omitted++;
      omittedError |= p.severity() == Problem.Severity.ERROR;
    }
    reported += kept.size();
    return new RecordResult(r.record(), kept, r.isRecord(), r.omittedProblems() + r.problems().size() - kept.size());
  }

  private void step() throws IOException {
    try {
      read();
    } catch (Utf8.MalformedException e) {
      if (mode == Mode.NDJSON) {
        // the bad line is lost, the reading goes on with the next
        src.dropLine();
        checked.skipLine();
        String ptr = index == 0 && !ndjsonByName && nothingMore() ? "" : "/" + index;
        ready.add(new RecordResult(Optional.empty(), List.of(Problem.error(ptr, "json.encoding", e.getMessage())
            .at(index, e.malformation().line())), true, 0));
        index++;
      } else {
        ready.add(new RecordResult(Optional.empty(), List.of(Problem.error("", "json.encoding", e.getMessage())
            .at(index, e.malformation().line())), index == 0, 0));
        mode = Mode.DONE;
      }
    }
  }

  private void read() throws IOException {
    switch (mode) {
      case START:
        start();
        break;
      case NDJSON:
        line();
        break;
      case ARRAY:
      case COLLECTION:
        element();
        break;
      case DOCUMENT:
      case AFTER_RECORDS:
        field();
        break;
      default:
        break;
    }
  }

  // --- deciding the format ------------------------------------------------------------------

  private void start() throws IOException {
    if (ndjsonByName) {
      mode = Mode.NDJSON; // blank lines are skipped line by line
      if (src.skipSpace(Long.MAX_VALUE) == -1) {
        fileProblem(Problem.error("", "json.empty", "document is empty: expected a vote record, an array of vote"
            + " records, or NDJSON"));
        mode = Mode.DONE;
      }
      return;
    }
    int c = src.skipSpace(MAX);
    if (c == -1) {
      fileProblem(Problem.error("", "json.empty", "document is empty: expected a vote record, an array of vote"
          + " records, or NDJSON"));
      mode = Mode.DONE;
    } else if (c == -2) {
      fileProblem(Problem.error("", "json.limit", "input exceeds a reading limit: more than " + MAX
          + " bytes (MAX_RECORD) of white space before the first value").at(0, src.line()));
      mode = Mode.DONE;
    } else if (detect(c == '[')) {
      mode = Mode.NDJSON;
    } else {
      open(c == '[' ? Mode.ARRAY : Mode.DOCUMENT);
    }
  }

  /**
   * Whether an input is NDJSON rather than one document (an array, a record or a collection),
   * from its first lines alone; reads nothing. A first line that begins a value it does not
   * close starts a document, unless the next non-blank line is a whole object of its own (a
   * truncated first line of NDJSON). A first line that is a whole value or is broken starts
   * NDJSON, except an array: one that goes on over its lines is a document, one that closes on
   * its line is a document when nothing follows, and a broken one stays an array unless a whole
   * object follows on the next line.
   */
  private boolean detect(boolean array) throws IOException {
    int end1 = src.peekLineEnd(0, MAX);
    if (end1 < 0) {
      return !array; // a first line over the limit: a compact array, or a bad line of NDJSON
    }
    Shape first = shape(0, end1);
    if (first == Shape.COLLECTION) {
      return false;
    }
    boolean open = first == Shape.OPEN || first == Shape.OPEN_COLLECTION;
    if (array && open) {
      return false;
    }
    if (!array && !open) {
      return true;
    }
    // the next non-blank line decides
    int from = end1 + 1;
    while (from < 2 * MAX) {
      int e = src.peekLineEnd(from, MAX);
      if (e == -2) {
        return false; // nothing more: one document
      }
      if (e < 0) {
        return !open && !array;
      }
      if (!blank(from, e)) {
        Shape next = shape(from, e);
        if (array && first == Shape.OTHER) {
          return true; // a whole array on its line, and more after it
        }
        return first != Shape.OPEN_COLLECTION && next == Shape.OBJECT;
      }
      from = e + 1;
    }
    return false;
  }

  private enum Shape { OBJECT, COLLECTION, OTHER, OPEN, OPEN_COLLECTION, BAD }

  /** What a line ahead holds when read alone. */
  private Shape shape(int from, int end) {
    if (opensOnly(from, end)) {
      return Shape.OPEN;
    }
    boolean records = false;
    try (JsonParser p = mapper.createParser(src.buffer(), src.position() + from, end - from)) {
      JsonToken first = p.nextToken();
      int depth = 0;
      JsonToken t = first;
      while (t != null) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && depth == 1 && p.currentName().equals("records")) {
          records = true;
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
      }
      if (p.nextToken() != null) {
        return Shape.BAD;
      }
      if (first != JsonToken.START_OBJECT) {
        return Shape.OTHER;
      }
      return records ? Shape.COLLECTION : Shape.OBJECT;
    } catch (JacksonException e) {
      return endsBetweenTokens(e, end - from) ? (records ? Shape.OPEN_COLLECTION : Shape.OPEN) : Shape.BAD;
    }
  }

  /**
   * Whether a parser given a line of {@code length} bytes alone stopped because the line ended
   * between two tokens of a value it began (a document goes on over the next lines), told from
   * the exception's class, the token it was decoding and where it stopped, never from its
   * message: it read the whole line, was not inside a string, a name or any other token, and no
   * reading limit stopped it.
   */
  static boolean endsBetweenTokens(JacksonException e, int length) {
    if (e instanceof StreamConstraintsException || e.getCause() != null) {
      return false;
    }
    if (e instanceof UnexpectedEndOfInputException
        && ((UnexpectedEndOfInputException) e).getTokenBeingDecoded() != null) {
      return false; // a string, a name or a number cut by the line's end
    }
    TokenStreamLocation at = e.getLocation();
    return e instanceof StreamReadException && at != null && at.getByteOffset() >= length;
  }

  /**
   * Whether a line ahead holds only the opening of a value: {@code [} any number of times, then
   * at most one <code>{</code>, with white space, within the depth limit (the first line of an
   * indented array or document). The parser, given that line alone, reads it to its end and
   * reports the end of the input inside the value: {@link Shape#OPEN}, said here without making
   * that report.
   */
  private boolean opensOnly(int from, int end) {
    int depth = 0;
    boolean object = false;
    for (int k = from; k < end; k++) {
      int b = src.peek(k);
      if ((b == '[' || b == '{') && !object) {
        object = b == '{';
        depth++;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return depth > 0 && depth <= maxDepth;
  }

  private boolean blank(int from, int end) {
    for (int k = from; k < end; k++) {
      int b = src.peek(k);
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void open(Mode m) {
    lineBase = src.line() - 1;
    parser = streamMapper.createParser(src.rest());
    mode = m;
    try {
      parser.nextToken(); // START_ARRAY or START_OBJECT, seen by the look-ahead
      if (m == Mode.DOCUMENT) {
        head = TokenBuffer.forBuffering(parser, parser.objectReadContext());
        head.copyCurrentEvent(parser);
        headLines = new PointerLines(lineBase);
        headLines.see(parser);
      }
    } catch (JacksonException e) {
      fileProblem(syntax("", e, lineBase).at(0, line(e)));
      mode = Mode.DONE;
    }
  }

  // --- NDJSON -------------------------------------------------------------------------------

  private void line() throws IOException {
    // blank lines and the white space before a record: skipped as a run, their lines counted
    if (src.skipSpace(Long.MAX_VALUE) == -1) {
      mode = Mode.DONE;
      return;
    }
    int end = src.peekLineEnd(0, MAX);
    if (end == -2) {
      mode = Mode.DONE;
      return;
    }
    int lineNo = src.line();
    if (end == -1) {
      src.skipLine();
      // the only line of an input not named NDJSON is one document: its pointer is ""
      boolean alone = index == 0 && !ndjsonByName && nothingMore();
      Problem p = Problem.error(alone ? "" : "/" + index, "json.limit", "record exceeds a reading limit: line "
          + lineNo + " is longer than " + MAX + " bytes (MAX_RECORD)");
      ready.add(new RecordResult(Optional.empty(), List.of(p.at(index, lineNo)), true, 0));
      index++;
      return;
    }
    // NDJSON's record index belongs to NDJSON: the only record line of an input not named
    // NDJSON is one document, whose pointers are the record's own ("", "/date")
    String ptr = index == 0 && !ndjsonByName && alone(end) ? "" : "/" + index;
    byte[] buf = src.buffer(); // after the look-ahead, which may move the buffer
    int off = src.position();
    RecordResult r;
    try (JsonParser p = mapper.createParser(buf, off, end)) {
      RecordDecoding.Decoded x = RecordDecoding.decode(p, ptr, lineNo - 1, true);
      r = checks.accept(x.record(), x.decoder(), ptr, index, lineNo, today);
    } catch (JacksonException e) {
      r = new RecordResult(Optional.empty(), List.of(syntax(ptr, e, lineNo - 1).at(index, lineNo)), true, 0);
    }
    ready.add(r);
    index++;
    src.skipWithinLine(end);
    src.skipLine();
  }

  /** Whether nothing but white space is left to read (a line that is not UTF-8 is something). */
  private boolean nothingMore() throws IOException {
    try {
      return src.skipSpace(Long.MAX_VALUE) == -1;
    } catch (Utf8.MalformedException e) {
      return false; // reported when its line is read
    }
  }

  /**
   * Whether nothing but white space follows the line that ends at {@code end} (looked through
   * up to twice {@link #MAX} bytes ahead, as {@link #detect} does; past that, more follows).
   */
  private boolean alone(int end) throws IOException {
    int from = end + 1;
    try {
      while (from < 2 * MAX) {
        int e = src.peekLineEnd(from, MAX);
        if (e == -2) {
          return true;
        }
        if (e < 0 || !blank(from, e)) {
          return false;
        }
        from = e + 1;
      }
    } catch (Utf8.MalformedException e) {
      // a later line that is not UTF-8 is a line: reported when it is read
    }
    return false;
  }

  // --- arrays and collections ---------------------------------------------------------------

  private void element() {
    JsonParser p = parser;
    String prefix = mode == Mode.COLLECTION ? "/records/" : "/";
    String ptr = prefix + index;
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (JacksonException e) {
      // between elements: no record begun
      fileProblem(syntax(ptr, e, lineBase).at(index, line(e)));
      mode = Mode.DONE;
      return;
    }
    if (t == JsonToken.END_ARRAY) {
      if (mode == Mode.ARRAY) {
        trailing("the closing ']'");
        mode = Mode.DONE;
      } else {
        mode = Mode.AFTER_RECORDS;
      }
      return;
    }
    if (t == null) {
      unclosed("array", ']');
      return;
    }
    int lineNo = lineBase + line(p);
    RecordResult r;
    try {
      long start = p.currentTokenLocation().getByteOffset();
      RecordDecoding.Decoded x = RecordDecoding.decodeHere(p, ptr, lineBase);
      if (p.currentLocation().getByteOffset() - start > MAX) {
        r = new RecordResult(Optional.empty(), List.of(Problem.error(ptr, "json.limit", "record exceeds a reading limit:"
            + " longer than " + MAX + " bytes (MAX_RECORD)").at(index, lineNo)), true, 0);
      } else {
        r = checks.accept(x.record(), x.decoder(), ptr, index, lineNo, today);
      }
    } catch (JacksonException e) {
      // inside an element: it was begun, and it is counted; the input cannot be read further
      ready.add(new RecordResult(Optional.empty(), List.of(syntax(ptr, e, lineBase).at(index, line(e))), true, 0));
      index++;
      mode = Mode.DONE;
      return;
    }
    ready.add(r);
    index++;
  }

  /**
   * Copies the current value into {@code tb} while it ends within {@link #MAX} bytes of
   * {@code start}; past that, skips the rest of the value, holding nothing, and says false.
   */
  private static boolean copy(JsonParser p, TokenBuffer tb, long start, PointerLines lines) {
    tb.copyCurrentEvent(p);
    lines.see(p);
    if (!p.currentToken().isStructStart()) {
      return p.currentLocation().getByteOffset() - start <= MAX;
    }
    int depth = 1;
    int n = 0;
    while (depth > 0) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new StreamReadException(p, "unexpected end of input inside a record");
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
      tb.copyCurrentEvent(p);
      lines.see(p);
      if (((++n & 255) == 0 || depth == 0) && p.currentLocation().getByteOffset() - start > MAX) {
        while (depth > 0) {
          JsonToken u = p.nextToken();
          if (u == null) {
            throw new StreamReadException(p, "unexpected end of input inside a record");
          }
          if (u.isStructStart()) {
            p.skipChildren();
          } else if (u.isStructEnd()) {
            depth--;
          }
        }
        return false;
      }
    }
    return true;
  }

  // --- a document: a single record, or a collection ---------------------------------------

  private void field() {
    JsonParser p = parser;
    try {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        end();
        return;
      }
      if (t == null) {
        unclosed("object", '}');
        return;
      }
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (name.equals("records") && !collection) {
        collection = true;
        head = null;
        if (v == JsonToken.START_ARRAY) {
          mode = Mode.COLLECTION;
        } else {
          fileProblem(Problem.error("/records", "type.array", "collection field \"records\" must be an array"));
          p.skipChildren();
        }
        return;
      }
      if (name.equals("format") && formatSeen) {
        formatTwice = true;
      }
      if (collection && (name.equals("records") || name.equals("format") && formatSeen)) {
        duplicateFormatReported |= name.equals("format");
        fileProblem(Problem.error("/" + name, "field.duplicate", "collection field \"" + name
            + "\" appears more than once").at(index, lineBase + line(p)));
      } else if (name.equals("format")) {
        formatSeen = true;
        format = v == JsonToken.VALUE_STRING ? p.getString() : null;
      } else {
        otherFields.add(name);
      }
      if (head != null) {
        head.writeName(name);
        if (!copy(p, head, 0, headLines)) {
          // the single record of the input, begun: counted, at the line where it begins
          index++;
          ready.add(new RecordResult(Optional.empty(), List.of(Problem.error("", "json.limit", "record exceeds a reading"
              + " limit: longer than " + MAX + " bytes (MAX_RECORD)").at(0, lineBase + 1)), true, 0));
          head = null;
          mode = Mode.DONE;
        }
      } else {
        p.skipChildren();
      }
    } catch (JacksonException e) {
      if (!collection) {
        index++;
        ready.add(new RecordResult(Optional.empty(), List.of(syntax("", e, lineBase).at(0, line(e))), true, 0));
      } else {
        fileProblem(syntax("", e, lineBase).at(index, line(e)));
      }
      mode = Mode.DONE;
    }
  }

  /** The end of a document's object. */
  private void end() {
    if (collection) {
      if (formatTwice && !duplicateFormatReported) {
        fileProblem(Problem.error("/format", "field.duplicate", "collection field \"format\" appears more than once"));
      }
      if (!formatSeen || !Types.VOTE_RECORDS_FORMAT.equals(format)) {
        fileProblem(Problem.error("/format", formatSeen ? "format.unsupported" : "format.missing",
            "a collection must declare \"format\": \"" + Types.VOTE_RECORDS_FORMAT + "\""
                + (formatSeen ? ": " + (format == null ? "not a string" : "\"" + format + "\"") : "")));
      }
      for (String name : otherFields) {
        fileProblem(Problem.error("/" + Decoder.escape(name), "field.unknown",
            "collection has no field \"" + name + "\"; allowed: format, records"));
      }
      trailing("the end of the document");
    } else {
      head.copyCurrentEvent(parser);
      TokenBuffer tokens = head;
      PointerLines lines = headLines;
      try (JsonParser q = tokens.asParser(parser.objectReadContext())) {
        RecordDecoding.Decoded x = RecordDecoding.decode(q, "", 0, true);
        // each problem at the line where its value begins (the buffered tokens keep no lines)
        ready.add(checks.accept(x.record(), x.decoder(), "", 0, ptr -> {
          int l = lines.lineOf(ptr);
          return l > 0 ? l : lineBase + 1;
        }, today));
      }
      index++;
      trailing("the end of the document");
    }
    mode = Mode.DONE;
  }

  /** Reports content after the end of an array or document. */
  private void trailing(String where) {
    try {
      if (parser.nextToken() != null) {
        fileProblem(Problem.error("", "json.syntax", "content after " + where).at(index, lineBase + line(parser)));
      }
    } catch (JacksonException e) {
      fileProblem(Problem.error("", "json.syntax", "content after " + where + ": " + e.getOriginalMessage())
          .at(index, line(e)));
    }
  }

  // --- problems -----------------------------------------------------------------------------

  /** The input ends inside the array or the document's object: the reading ends. */
  private void unclosed(String container, char close) {
    fileProblem(Problem.error("", "json.syntax", container + " is not closed: expected '" + close
        + "' at end of input").at(index, lineBase + src.line()));
    mode = Mode.DONE;
  }

  private void fileProblem(Problem p) {
    ready.add(new RecordResult(Optional.empty(), List.of(p), false, 0));
  }

  private static int line(JsonParser p) {
    TokenStreamLocation l = p.currentTokenLocation();
    return l == null ? 0 : l.getLineNr();
  }

  private int line(JacksonException e) {
    if (e.getCause() instanceof Utf8.MalformedException) {
      return ((Utf8.MalformedException) e.getCause()).malformation().line();
    }
    TokenStreamLocation l = e.getLocation();
    return l == null || l.getLineNr() <= 0 ? 0 : lineBase + l.getLineNr();
  }

  /** A syntax error or an exceeded limit, its line counted from {@code lineBase}. */
  private static Problem syntax(String pointer, JacksonException e, int lineBase) {
    if (e.getCause() instanceof Utf8.MalformedException) {
      return Problem.error(pointer, "json.encoding", e.getCause().getMessage());
    }
    String msg = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return Problem.error(pointer, "json.limit", "record exceeds a reading limit: " + msg);
    }
    TokenStreamLocation l = e.getLocation();
    return Problem.error(pointer, "json.syntax", "malformed JSON"
        + (l == null || l.getLineNr() <= 0 ? "" : " at line " + (lineBase + l.getLineNr()) + ", column "
            + l.getColumnNr()) + ": " + msg);
  }
}
