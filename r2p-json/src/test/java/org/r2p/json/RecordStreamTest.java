package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;
import static org.r2p.json.StreamingTest.all;
import static org.r2p.json.StreamingTest.generated;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The edges of the streamed reader: what the first lines decide, records exactly at the size
 * limit and one byte over it, the exact pointer, code, line and message of each problem, and
 * the counts kept when problems are capped.
 */
final class RecordStreamTest {
  static final int MAX = VoteRecordValidator.MAX_RECORD;
  static final String GOOD = record().toString();

  /** Each result: "rec" or "file", "+" if it holds a record, then its problems. */
  static List<String> show(List<RecordResult> rs) {
    return rs.stream().map(r -> (r.isRecord() ? "rec" : "file") + (r.record().isPresent() ? "+" : "-")
        + r.problems().stream().map(p -> " [" + p.line().orElse(0) + " #" + p.record().orElse(-1) + " " + p.pointer()
            + " " + p.code() + "]").collect(Collectors.joining()))
        .collect(Collectors.toList());
  }

  static List<RecordResult> named(String text, String name) {
    return all(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  static List<RecordResult> bytes(byte[] b) {
    return all(new ByteArrayInputStream(b), "");
  }

  static Problem only(List<RecordResult> rs) {
    List<Problem> ps = rs.stream().flatMap(r -> r.problems().stream()).collect(Collectors.toList());
    assertThat(ps).hasSize(1);
    return ps.get(0);
  }

  // --- deciding the format ------------------------------------------------------------------

  @Test
  void anEmptyInputNamedNdjson_isEmpty() {
    for (String text : List.of("", " \n\r\n\t")) {
      List<RecordResult> rs = named(text, "votes.JSONL");
      assertThat(show(rs)).containsExactly("file- [0 #-1  json.empty]");
      assertThat(rs.get(0).problems().get(0).message())
          .isEqualTo("document is empty: expected a vote record, an array of vote records, or NDJSON");
    }
  }

  @Test
  void aTruncatedFirstLine_thenBlankLinesWithCarriageReturns_thenARecord_isNdjson() {
    List<RecordResult> rs = all("{\"a\":\r\n \r\n\r\n" + GOOD + "\r\n");
    assertThat(show(rs)).containsExactly("rec- [1 #0 /0 json.syntax]", "rec+");
  }

  @Test
  void aWholeArrayOnItsLineWithMoreAfterIt_isNdjson() {
    List<RecordResult> rs = all("[1]\n\n[2]\n");
    assertThat(show(rs)).containsExactly("rec- [1 #0 /0 type.object]", "rec- [3 #1 /1 type.object]");
  }

  @Test
  void aBrokenArrayFollowedByAnotherArray_staysOneArray() {
    List<RecordResult> rs = all("[1}\n[2]\n");
    assertThat(show(rs)).containsExactly("rec- [1 #0 /0 type.object]", "file- [1 #1 /1 json.syntax]");
  }

  @Test
  void anOpenFirstLine_followedByALineOfTwoObjects_isOneDocument() {
    List<RecordResult> rs = all("{\"a\":\n{\"x\":1} {\"y\":2}\n");
    assertThat(show(rs)).containsExactly("rec- [2 #0  json.syntax]");
  }

  @Test
  void aSecondLineOverTheLimit_leavesAnOpenObjectOneDocument_andABrokenArrayOneArray() {
    // a value over the record limit made of short values (a string that long is the string limit's)
    String longLine = "[" + "0,".repeat(MAX / 2) + "0]";
    // an object: the next line is its value, and the record is over the limit
    List<RecordResult> object = all("\n{\"a\":\n" + longLine + "}\n");
    assertThat(show(object)).containsExactly("rec- [2 #0  json.limit]");
    // an array broken on its first line: read as an array, up to the break
    List<RecordResult> array = all("[1}\n" + longLine + "\n");
    assertThat(show(array)).containsExactly("rec- [1 #0 /0 type.object]", "file- [1 #1 /1 json.syntax]");
  }

  @Test
  void blankLinesAfterAnOpenFirstLine_areLookedThroughUpToTwiceTheLimit() {
    // beyond that, the input is taken for one document
    // (whose first field, the record after the blank lines, ends beyond its limit)
    List<RecordResult> far = all("{\"a\":" + "\n".repeat(2 * MAX + 1) + GOOD + "\n");
    assertThat(show(far)).containsExactly("rec- [1 #0  json.limit]");
    // within it, the next line decides: a whole record, so NDJSON
    List<RecordResult> near = all("{\"a\":" + "\n".repeat(MAX) + GOOD + "\n");
    assertThat(show(near)).containsExactly("rec- [1 #0 /0 json.syntax]", "rec+");
  }

  // --- NDJSON -------------------------------------------------------------------------------

  @Test
  void aSyntaxErrorNamesItsLineInTheInput_afterBlankLinesAndRecords() {
    List<RecordResult> rs = all("\n\n" + GOOD + "\n" + "{\"a\" 1}\n");
    assertThat(show(rs)).containsExactly("rec+", "rec- [4 #1 /1 json.syntax]");
    assertThat(rs.get(1).problems().get(0).message()).startsWith("malformed JSON at line 4, column 6: ");
  }

  @Test
  void aLineOfExactlyTheLimitIsRead_oneByteMoreIsJsonLimit_andTheNextLineKeepsItsIndex() {
    String exact = GOOD.substring(0, GOOD.length() - 1) + " ".repeat(MAX - GOOD.length()) + "}";
    assertThat(exact).hasSize(MAX);
    assertThat(show(all(exact + "\n" + GOOD + "\n"))).containsExactly("rec+", "rec+");
    assertThat(show(all(GOOD + "\n" + exact))).containsExactly("rec+", "rec+");
    List<RecordResult> over = all(exact + " \n{}\n");
    assertThat(show(over).get(0)).isEqualTo("rec- [1 #0 /0 json.limit]");
    assertThat(over.get(0).problems().get(0).message())
        .isEqualTo("record exceeds a reading limit: line 1 is longer than " + MAX + " bytes (MAX_RECORD)");
    assertThat(over.get(1).problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.pointer()).startsWith("/1");
      assertThat(p.line()).hasValue(2);
    });
  }

  @Test
  void aLineThatIsNotUtf8_costsThatLine_andTheNextKeepsItsIndexAndLine() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((GOOD + "\n{\"a\": \"caf").getBytes(StandardCharsets.UTF_8));
    b.write(0xE9);
    b.writeBytes("\"}\n{\"a\" 1}\n".getBytes(StandardCharsets.UTF_8));
    List<RecordResult> rs = bytes(b.toByteArray());
    assertThat(show(rs)).containsExactly("rec+", "rec- [2 #1 /1 json.encoding]", "rec- [3 #2 /2 json.syntax]");
  }

  @Test
  void bytesNotUtf8InAnArray_endTheReading_asARecordOnlyIfNoneWasRead() {
    List<RecordResult> first = bytes(new byte[] {'[', (byte) 0xE9, ']'});
    assertThat(show(first)).containsExactly("rec- [1 #0  json.encoding]");
    // far enough that the look-ahead did not meet them: the records before are kept
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("[\n".getBytes(StandardCharsets.UTF_8));
    for (int k = 0; k < 40; k++) {
      b.writeBytes((GOOD + ",\n").getBytes(StandardCharsets.UTF_8));
    }
    b.write(0xE9);
    b.writeBytes("]".getBytes(StandardCharsets.UTF_8));
    List<RecordResult> later = bytes(b.toByteArray());
    assertThat(later).filteredOn(RecordResult::isValid).hasSizeGreaterThan(0);
    RecordResult last = later.get(later.size() - 1);
    assertThat(later).hasSize(41);
    assertThat(show(List.of(last))).containsExactly("file- [42 #40 /40 json.encoding]");
  }

  // --- arrays -------------------------------------------------------------------------------

  /** GOOD with white space after its opening brace, {@code size} bytes in all. */
  static String padded(int size) {
    return "{" + " ".repeat(size - GOOD.length()) + GOOD.substring(1);
  }

  @Test
  void anElementOfExactlyTheLimitIsRead_oneByteMoreIsJsonLimit() {
    assertThat(show(all("[\n" + padded(MAX) + ",\n" + GOOD + "\n]"))).containsExactly("rec+", "rec+");
    List<RecordResult> over = all("[\n" + padded(MAX + 1) + ",\n" + GOOD + "\n]");
    assertThat(show(over)).containsExactly("rec- [2 #0 /0 json.limit]", "rec+");
    assertThat(over.get(0).problems().get(0).message())
        .isEqualTo("record exceeds a reading limit: longer than " + MAX + " bytes (MAX_RECORD)");
  }

  @Test
  void contentAfterTheClosingBracket_namesItsLine() {
    List<RecordResult> rs = all("\n\n[\n" + GOOD + "\n]\n\n{}");
    assertThat(show(rs)).containsExactly("rec+", "file- [7 #1  json.syntax]");
    assertThat(rs.get(1).problems().get(0).message()).isEqualTo("content after the closing ']'");
  }

  // --- documents ------------------------------------------------------------------------------

  /** GOOD over several lines (so read as one document), {@code size} bytes from its brace to the end of its last value. */
  static String document(int size) {
    String head = "{\n";
    String body = GOOD.substring(1, GOOD.length() - 1);
    return head + " ".repeat(size - head.length() - body.length()) + body + "\n}";
  }

  @Test
  void aDocumentWhoseLastValueEndsAtTheLimitIsRead_oneByteMoreIsJsonLimit() {
    assertThat(show(all(document(MAX)))).containsExactly("rec+");
    List<RecordResult> over = all(document(MAX + 1));
    assertThat(show(over)).containsExactly("rec- [1 #0  json.limit]");
    assertThat(show(all("\n\n" + document(MAX + 1)))).containsExactly("rec- [3 #0  json.limit]");
    assertThat(over.get(0).problems().get(0).message())
        .isEqualTo("record exceeds a reading limit: longer than " + MAX + " bytes (MAX_RECORD)");
  }

  @Test
  void aDocumentWithALongArrayOverTheLimit_isJsonLimit_whereverTheArrayCrossesIt() {
    String nested = "[1],".repeat(400) + "[[1]]";
    for (String flags : List.of("[" + " ".repeat(MAX) + nested + "]", "[" + nested + " ".repeat(MAX) + "]")) {
      List<RecordResult> rs = all("{\n\"format\": \"r2p.vote-record.v1\",\n\"flags\": " + flags + ",\n\"id\": \"x\"\n}");
      assertThat(show(rs)).containsExactly("rec- [1 #0  json.limit]");
    }
  }

  /** A single document's problems carry the line where the record begins; what follows it, its own line. */
  @Test
  void aDocumentAfterBlankLines_namesItsLines() {
    String doc = "\n\n" + set(record(), "/meeting", json("7180")).toPrettyString() + "\n\n{}";
    List<RecordResult> rs = all(doc);
    // the problem is at the line where the offending value begins, not at the document's first line
    int meeting = doc.lines().toList().indexOf(doc.lines().filter(l -> l.contains("\"meeting\"")).findFirst()
        .orElseThrow()) + 1;
    assertThat(meeting).isGreaterThan(3);
    assertThat(show(rs)).containsExactly("rec- [" + meeting + " #0 /meeting type.string]", "file- ["
        + (doc.lines().count()) + " #1  json.syntax]");
  }

  @Test
  void aSyntaxErrorInADocument_costsTheRecord_inACollectionTheFile() {
    assertThat(show(all("{\n\"format\": \"r2p.vote-record.v1\",\n\"id\" 1}"))).containsExactly("rec- [3 #0  json.syntax]");
    assertThat(show(all("{\n\"records\": [],\n\"format\" 1}"))).containsExactly("file- [3 #0  json.syntax]");
  }

  static final String FORMAT = "\"format\": \"r2p.vote-records.v1\"";

  @Test
  void aCollectionsFormat_missing_notAString_orAnother_isSaidSo() {
    Problem missing = only(all("{\n\"records\": [" + GOOD + "]\n}"));
    assertThat(missing.code()).isEqualTo("format.missing");
    assertThat(missing.message()).isEqualTo("a collection must declare \"format\": \"r2p.vote-records.v1\"");
    Problem number = only(all("{\n\"format\": 5,\n\"records\": [" + GOOD + "]\n}"));
    assertThat(number.code()).isEqualTo("format.unsupported");
    assertThat(number.message()).isEqualTo("a collection must declare \"format\": \"r2p.vote-records.v1\": not a string");
    Problem other = only(all("{\n\"format\": \"v0\",\n\"records\": [" + GOOD + "]\n}"));
    assertThat(other.message()).isEqualTo("a collection must declare \"format\": \"r2p.vote-records.v1\": \"v0\"");
  }

  @Test
  void aFieldTwiceInACollection_isReportedOnce_atItsLine() {
    List<RecordResult> rs = all("\n\n{\n\"records\": [],\n" + FORMAT + ",\n" + FORMAT + "\n}");
    assertThat(show(rs)).containsExactly("file- [6 #0 /format field.duplicate]");
    List<RecordResult> records = all("\n{\n" + FORMAT + ",\n\"records\": [" + GOOD + "],\n\"records\": []\n}");
    assertThat(show(records)).containsExactly("rec+", "file- [5 #1 /records field.duplicate]");
  }

  @Test
  void contentAfterACollection_isReported() {
    List<RecordResult> rs = all("{\n" + FORMAT + ",\n\"records\": [" + GOOD + "]\n}\n{}");
    assertThat(show(rs)).containsExactly("rec+", "file- [5 #1  json.syntax]");
    assertThat(rs.get(1).problems().get(0).message()).isEqualTo("content after the end of the document");
  }

  // --- the caps -----------------------------------------------------------------------------

  @Test
  void theRecordAtTheCap_countsWhatItDidNotReport_andEachRecordItsOwn() {
    // a record with as many problems as do not divide the cap: one record is cut by it
    String bad = "{\"format\": \"r2p.vote-record.v1\"}";
    int m = all(bad).get(0).problems().size();
    assertThat(1000 % m).isNotZero();
    List<RecordResult> many = all(generated(1000 / m + 5, k -> bad + "\n"), "");
    assertThat(many.subList(0, many.size() - 1))
        .allSatisfy(r -> assertThat(r.problems().size() + r.omittedProblems()).isEqualTo(m));
    assertThat(many.get(1000 / m).problems()).hasSize(1000 % m);
    Problem end = many.get(many.size() - 1).problems().get(0);
    assertThat(end.message()).startsWith("and " + ((1000 / m + 5) * m - 1000) + " more problems, not reported");
  }

  @Test
  void theSummaryIsAnError_whenAnErrorWasLeftOut_elseAWarning() {
    String warned = set(record(), "/recordedOutcome", json("\"ADOPTED\"")).toString();
    // one record line alone is one document: its pointers are the record's own
    assertThat(show(all(warned))).containsExactly("rec+ [1 #0 /recordedOutcome outcome.mismatch]");
    assertThat(show(all(warned + "\n" + warned))).containsExactly("rec+ [1 #0 /0/recordedOutcome outcome.mismatch]",
        "rec+ [2 #1 /1/recordedOutcome outcome.mismatch]");
    int m = all("{}").get(0).problems().size();
    // errors within the cap, then only warnings left out
    String fill = "{}\n" + (warned + "\n").repeat(VoteRecordValidator.MAX_PROBLEMS_PER_FILE - m + 3);
    List<RecordResult> warnings = all(fill);
    Problem w = warnings.get(warnings.size() - 1).problems().get(0);
    assertThat(w.code()).isEqualTo("problems.omitted");
    assertThat(w.message()).startsWith("and 3 more problems");
    assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
    // a record whose own problems were capped, then a warning left out: an error was left out
    String capped = "{\"format\": \"r2p.vote-record.v1\", \"flags\": [" + "1,".repeat(99) + "1]}\n";
    List<RecordResult> errors = all(capped + (warned + "\n").repeat(VoteRecordValidator.MAX_PROBLEMS_PER_FILE));
    Problem e = errors.get(errors.size() - 1).problems().get(0);
    assertThat(e.code()).isEqualTo("problems.omitted");
    assertThat(e.severity()).isEqualTo(Problem.Severity.ERROR);
  }
}
