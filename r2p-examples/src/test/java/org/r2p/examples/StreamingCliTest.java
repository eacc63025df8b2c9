package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.file;
import static org.r2p.examples.Cli.run;
import static org.r2p.examples.Cli.withInput;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.examples.cli.R2pCommand;
import org.r2p.json.R2pJson;
import tools.jackson.databind.JsonNode;

/** The streaming commands: standard input, NDJSON output, NOT_APPLICABLE left out, errors. */
final class StreamingCliTest {
  static String ndjson() throws IOException {
    // the valid records of the test file, each on its line
    return String.join("\n", Files.readAllLines(Path.of(file("mixed.ndjson"))));
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    Cli c = withInput(ndjson(), "validate", "-");
    assertThat(c.code).as(c.toString()).isEqualTo(1);
    assertThat(c.out).contains("-:2: /1/date date.before-charter").contains("-: 3 records, 2 valid, 2 errors");
    Cli r = withInput(ndjson(), "review", "-");
    assertThat(r.out).contains("[A]").contains("[C]").doesNotContain("[B]");
  }

  @Test
  void reviewNdjson_oneReviewPerLine_eachValidAgainstTheSchema() throws IOException {
    Cli c = run("review", "--format", "ndjson", file("s2014-348.json"), file("hypothetical-2017.json"));
    assertThat(c.code).as(c.toString()).isZero();
    List<String> lines = c.out.lines().toList();
    assertThat(lines).hasSize(2);
    Schema schema = R2pCliTest.reviewSchema();
    for (String l : lines) {
      JsonNode review = R2pJson.mapper().readTree(l);
      JsonNode doc = R2pJson.mapper().readTree("{\"format\": \"r2p.review.v1\", \"interpretation\": {}, \"reviews\": ["
          + l + "]}");
      assertThat(schema.validate(doc)).as(l).isEmpty();
      assertThat(review.get("notApplicableOmitted").intValue()).isPositive();
      review.get("findings").forEach(f -> assertThat(f.get("verdict").stringValue()).isNotEqualTo("NOT_APPLICABLE"));
    }
    assertThat(c.err).matches("2 records reviewed, \\d+ findings shown, \\d+ NOT_APPLICABLE findings left out \\(--all shows them\\)\\n");
  }

  @Test
  void all_writesTheNotApplicableFindings_inEveryFormat() {
    String f = file("s2014-348.json");
    JsonNode some = R2pJson.mapper().readTree(run("review", "--format", "json", f).out);
    JsonNode every = R2pJson.mapper().readTree(run("review", "--format", "json", "--all", f).out);
    long omitted = some.get("summary").get("notApplicableOmitted").longValue();
    assertThat(omitted).isPositive();
    assertThat(every.get("summary").get("notApplicableOmitted").longValue()).isZero();
    assertThat(every.get("reviews").get(0).get("findings").size())
        .isEqualTo(some.get("reviews").get(0).get("findings").size() + omitted);
    assertThat(every.get("reviews").get(0).has("notApplicableOmitted")).isFalse();
    // compact: one line
    assertThat(run("review", "--format", "json", f).out.strip()).doesNotContain("\n");
    // the text format too
    assertThat(run("review", f).out).contains("findings NOT_APPLICABLE; --all shows them")
        .doesNotContain(": NOT_APPLICABLE");
    assertThat(run("review", "--all", f).out).contains(": NOT_APPLICABLE");
  }

  @Test
  void jsonToBytes_isWhatTheWriterPathPrints() {
    // main writes JSON straight to standard output's bytes; the in-process API with a writer
    // prints the same characters
    for (String format : List.of("json", "ndjson", "text")) {
      String[] args = {"review", "--format", format, file("s2014-348.json"), file("hypothetical-2017.json")};
      Cli bytes = run(args);
      Cli chars = Cli.throughWriter(args);
      assertThat(bytes.code).as(format).isZero();
      assertThat(bytes.out).as(format).isNotBlank().isEqualTo(chars.out);
      assertThat(bytes.err).as(format).isEqualTo(chars.err);
    }
  }

  @Test
  void outputThatCannotBeWritten_isOneLineAndTheUsageCode() {
    java.io.OutputStream closed = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StringWriter e = new StringWriter();
    int code = R2p.run(new String[] {"review", "--format", "ndjson", file("s2014-348.json")},
        java.io.InputStream.nullInputStream(), closed, new PrintWriter(e, true));
    assertThat(code).isEqualTo(2);
    assertThat(e.toString()).isEqualTo("r2p: cannot write the output: Broken pipe\n");
  }

  @Test
  void unknownOption_oneLineAndAHint() {
    Cli c = run("validate", "--frmat", "json", file("s2014-348.json"));
    assertThat(c.code).isEqualTo(2);
    assertThat(c.err).isEqualTo("r2p: Unknown option: '--frmat' (see 'r2p validate --help')\n");
    assertThat(run("--bogus").err).isEqualTo("r2p: Unknown option: '--bogus' (see 'r2p --help')\n");
  }

  @Test
  void progress_onlyOnATerminal_neverInCi() {
    // in-process, output captured (no console): nothing but results; the rule is in ProgressTest
    assertThat(run("validate", file("mixed.ndjson")).err).doesNotContain("records read");
  }

  @Test
  void anError_isOneLineAndTheInternalErrorCode() {
    StringWriter e = new StringWriter();
    int code = R2pCommand.internalError(new OutOfMemoryError("Java heap space"), new PrintWriter(e, true));
    assertThat(code).isEqualTo(3);
    assertThat(e.toString()).isEqualTo("r2p: internal error: out of memory (Java heap space); give the JVM more with -Xmx"
        + " (please report it; set R2P_DEBUG=1 for details)\n");
  }
}
