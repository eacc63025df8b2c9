package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.record;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed reading: one record at a time, any size, the format decided robustly, and
 * bounded whatever the content. Big inputs are generated on the fly, never stored.
 */
final class StreamingTest {
  static final String GOOD = record().toString();

  /** An input made of {@code count} parts, each generated when the reader gets to it. */
  static InputStream generated(long count, IntFunction<String> part) {
    return new InputStream() {
      long k;
      byte[] cur = new byte[0];
      int pos;

      private boolean more() {
        while (pos == cur.length) {
          if (k == count) {
            return false;
          }
          cur = part.apply((int) Math.min(k++, Integer.MAX_VALUE)).getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return true;
      }

      @Override
      public int read() {
        return more() ? cur[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (!more()) {
          return -1;
        }
        int n = Math.min(len, cur.length - pos);
        System.arraycopy(cur, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  static List<RecordResult> all(String text) {
    return all(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "");
  }

  static List<RecordResult> all(InputStream in, String name) {
    try (Stream<RecordResult> s = VALIDATOR.stream(in, name)) {
      return s.collect(Collectors.toList());
    }
  }

  static List<String> problems(List<RecordResult> rs) {
    return rs.stream().flatMap(r -> r.problems().stream())
        .map(p -> p.line().orElse(0) + " " + p.pointer() + " " + p.code()).collect(Collectors.toList());
  }

  static long valid(List<RecordResult> rs) {
    return rs.stream().filter(RecordResult::isValid).count();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ndjson", "array"})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anEndlessInputIsReadOneRecordAtATime(String form) {
    // nothing could hold this input: the first records come out all the same
    InputStream endless = generated(Long.MAX_VALUE, k -> form.equals("array") ? (k == 0 ? "[" : ",") + GOOD : GOOD + "\n");
    try (Stream<RecordResult> s = VALIDATOR.stream(endless, "")) {
      Iterator<RecordResult> it = s.iterator();
      for (int k = 0; k < 1000; k++) {
        assertThat(it.next().isValid()).isTrue();
      }
    }
  }

  @Test
  void streamAndValidateAgree() {
    String ndjson = GOOD + "\n{\"format\": 1}\n" + GOOD + "\n";
    ValidationResult v = VALIDATOR.validate(ndjson);
    List<RecordResult> s = all(ndjson);
    assertThat(v.records()).hasSize((int) valid(s));
    assertThat(v.problems()).isEqualTo(s.stream().flatMap(r -> r.problems().stream()).collect(Collectors.toList()));
    assertThat(v.recordsRead()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"format\": \"r2p.vote-record.v1\", \"date\": ", "{} {}", "42", "\"text\"",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
      "{\"id\": \"LONG\"}", "}", "not json at all"})
  void aBadLineAnywhere_costsThatLineOnly_withItsExactLine(String bad) {
    String line = bad.replace("LONG", "x".repeat(2 << 20));
    for (int i = 0; i < 3; i++) {
      int at = i;
      StringBuilder b = new StringBuilder("\n\n"); // leading blank lines shift nothing
      for (int k = 0; k < 3; k++) {
        b.append(k == at ? line : GOOD).append('\n');
      }
      List<RecordResult> rs = all(b.toString());
      assertThat(valid(rs)).as("line %d bad: %s", at + 3, bad).isEqualTo(2);
      assertThat(rs).filteredOn(RecordResult::isRecord).hasSize(3);
      List<Problem> ps = rs.stream().flatMap(r -> r.problems().stream()).collect(Collectors.toList());
      assertThat(ps).isNotEmpty();
      assertThat(ps).allSatisfy(p -> {
        assertThat(p.line()).hasValue(at + 3);
        assertThat(p.pointer()).startsWith("/" + at);
      });
    }
  }

  @Test
  void theFormatIsDecidedByNameAndContent() {
    String pretty = record().toPrettyString();
    // a document over several lines is one record
    assertThat(all(pretty)).singleElement().satisfies(r -> assertThat(r.isValid()).isTrue());
    // the same as .ndjson is read line by line: every line is bad
    List<RecordResult> asLines = all(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8)), "x.ndjson");
    assertThat(valid(asLines)).isZero();
    assertThat(asLines).hasSize((int) pretty.lines().count());
    // a truncated first line followed by whole records: NDJSON
    List<RecordResult> truncated = all("{\"format\": \"r2p.vote-record.v1\",\n" + GOOD + "\n" + GOOD);
    assertThat(valid(truncated)).isEqualTo(2);
    assertThat(problems(truncated)).singleElement().asString().startsWith("1 /0 json.syntax");
    // arrays over several lines, of one element and of two
    assertThat(valid(all("[\n" + GOOD + "\n]\n"))).isEqualTo(1);
    assertThat(valid(all("[\n" + GOOD + ",\n" + GOOD + "\n]"))).isEqualTo(2);
    // a collection on one line, and over several
    String collection = "{\"format\": \"r2p.vote-records.v1\", \"records\": [" + GOOD + "," + GOOD + "]}";
    assertThat(valid(all(collection))).isEqualTo(2);
    assertThat(valid(all(collection.replace("[", "[\n").replace("},", "},\n")))).isEqualTo(2);
  }

  /**
   * A first line that only opens a value (an indented array's "[ {", or "[" or "{") is told from
   * the line's bytes, within the depth limit; what follows decides as it would after any line
   * the parser finds open, and a line over the depth limit is one the parser refuses.
   */
  @Test
  void aFirstLineThatOnlyOpensAValue_beginsADocumentWithinTheDepthLimit() {
    // the indented array a mapper writes: its first line is "[ {"
    String indented = R2pJson.mapper().writeValueAsString(List.of(R2pJson.mapper().treeToValue(record(),
        org.r2p.core.VoteRecord.class)));
    assertThat(indented.lines().findFirst()).hasValue("[ {");
    List<RecordResult> array = all(indented);
    assertThat(valid(array)).isEqualTo(1);
    assertThat(problems(array)).isEmpty();
    assertThat(problems(all("\t[\r\n" + GOOD + "\n]"))).isEmpty();
    assertThat(valid(all("\t[\r\n" + GOOD + "\n]"))).isEqualTo(1);
    // an open object followed by a whole record: a truncated first line of NDJSON
    List<RecordResult> truncated = all("{\n" + GOOD + "\n]");
    assertThat(valid(truncated)).isEqualTo(1);
    assertThat(problems(truncated)).containsExactly("1 /0 json.syntax", "3 /2 json.syntax");
    // 64 arrays deep is within the limit: an array, whose element goes too deep
    assertThat(problems(all("[".repeat(64) + "\n" + GOOD + "\n]"))).containsExactly("0 /0 json.limit");
    // 65 is not: the first line is a bad line of NDJSON, and the record after it is read
    List<RecordResult> tooDeep = all("[".repeat(65) + "\n" + GOOD + "\n]");
    assertThat(valid(tooDeep)).isEqualTo(1);
    assertThat(problems(tooDeep)).containsExactly("1 /0 json.limit", "3 /2 json.syntax");
  }

  @Test
  void anArrayBrokenInTheMiddle_countsNoRecordThatWasNotThere() {
    List<RecordResult> between = all("[" + GOOD + ",\n" + GOOD + ",\n}\n]");
    assertThat(valid(between)).isEqualTo(2);
    assertThat(between).filteredOn(RecordResult::isRecord).hasSize(2);
    assertThat(problems(between)).singleElement().asString().startsWith("3 /2 json.syntax");
    List<RecordResult> inside = all("[" + GOOD + ",\n{\"format\": ]");
    assertThat(inside).filteredOn(RecordResult::isRecord).hasSize(2);
    assertThat(valid(inside)).isEqualTo(1);
  }

  // --- resource bounds ------------------------------------------------------------------------

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void leadingWhiteSpace_failsFastAtTheLimit() {
    // 300 MiB of spaces before a document: json.limit after MAX_RECORD bytes, the rest unread
    InputStream spaces = generated(300L << 10, k -> k == (300 << 10) - 1 ? GOOD : " ".repeat(1024));
    List<RecordResult> rs = all(spaces, "votes.json");
    assertThat(problems(rs)).singleElement().asString().contains("json.limit");
    assertThat(rs.get(0).problems().get(0).message()).contains("MAX_RECORD");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void blankLineRunsInNdjson_areReadInConstantMemory() {
    // 300 MiB of blank lines around two records: read through, the lines counted exactly
    int chunks = 300 << 4; // 64 KiB each
    InputStream in = generated(chunks + 2L, k -> k == 0 ? GOOD + "\n" : k == chunks + 1 ? GOOD + "\n{}\n"
        : "\n".repeat(1 << 16));
    List<RecordResult> rs = all(in, "votes.ndjson");
    assertThat(valid(rs)).isEqualTo(2);
    assertThat(problems(rs)).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith((3L + ((long) chunks << 16)) + " /2"));
  }

  @Test
  void aRecordOverTheLimit_isJsonLimit_andTheNextIsRead() {
    String zeros = "{\"format\": \"r2p.vote-record.v1\", \"votes\": [" + "0,".repeat(VoteRecordValidator.MAX_RECORD / 2) + "0]}";
    List<RecordResult> lines = all(zeros + "\n" + GOOD);
    assertThat(problems(lines)).containsExactly("1 /0 json.limit");
    assertThat(valid(lines)).isEqualTo(1);
    List<RecordResult> array = all("[" + zeros + ",\n" + GOOD + "]");
    assertThat(problems(array)).containsExactly("1 /0 json.limit");
    assertThat(valid(array)).isEqualTo(1);
  }

  @Test
  void problemsAreCappedPerRecord_andPerFile_withTheRestCounted() {
    // one record with 300 bad flags
    String flags = "[" + "1,".repeat(299) + "1]";
    List<RecordResult> one = all("[{\"format\": \"r2p.vote-record.v1\", \"flags\": " + flags + "}]");
    RecordResult r = one.get(0);
    assertThat(r.problems()).hasSize(VoteRecordValidator.MAX_PROBLEMS_PER_RECORD);
    assertThat(r.omittedProblems()).isGreaterThanOrEqualTo(300 - VoteRecordValidator.MAX_PROBLEMS_PER_RECORD);
    Problem last = one.get(one.size() - 1).problems().get(0);
    assertThat(last.code()).isEqualTo("problems.omitted");
    assertThat(last.message()).startsWith("and " + (r.omittedProblems()) + " more problems");
    // many small bad records: 1,000 problems reported, then a count
    List<RecordResult> many = all(generated(5000, k -> "{}\n"), "");
    long reported = many.stream().mapToLong(x -> x.problems().size()).sum();
    assertThat(reported).isEqualTo(VoteRecordValidator.MAX_PROBLEMS_PER_FILE + 1);
    assertThat(many).filteredOn(RecordResult::isRecord).hasSize(5000);
    Problem end = many.get(many.size() - 1).problems().get(0);
    assertThat(end.code()).isEqualTo("problems.omitted");
    assertThat(end.severity()).isEqualTo(Problem.Severity.ERROR);
  }
}
