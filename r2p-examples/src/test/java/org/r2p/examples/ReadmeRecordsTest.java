package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.ValidationResult;
import org.r2p.json.VoteRecordValidator;
import org.r2p.rules.Finding;

/**
 * The documentation's records made by hand (docs/json-and-cli.md, "Writing a record by hand"):
 * each is valid as it stands, on the command line and in the library, and the hypothetical one is
 * reviewed as hypothetical.
 */
final class ReadmeRecordsTest {
  @TempDir Path dir;

  static List<String> records() throws IOException {
    String readme = ExamplesTest.page("docs/json-and-cli.md");
    String section = readme.substring(readme.indexOf("### Writing a record by hand"));
    section = section.substring(0, section.indexOf("\n## ") > 0 ? section.indexOf("\n## ") : section.length());
    return ExamplesTest.fenced(section, "json");
  }

  @Test
  void theReadmesRecords_areValid_andTheHypotheticalOneSaysSo() throws IOException {
    List<String> records = records();
    assertThat(records).hasSize(2);
    VoteRecordValidator validator = VoteRecordValidator.builder().build();
    for (int i = 0; i < records.size(); i++) {
      ValidationResult r = validator.validate(records.get(i));
      assertThat(r.problems()).as("docs/json-and-cli.md record " + (i + 1)).isEmpty();
      assertThat(r.records()).hasSize(1);
      Path file = Files.writeString(dir.resolve("record-" + i + ".json"), records.get(i));
      Cli c = Cli.run("validate", file.toString());
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains(": 1 records, 1 valid, 0 errors, 0 warnings");
    }
    VoteRecord complete = validator.validate(records.get(0)).records().get(0);
    assertThat(complete.hypothetical()).isFalse();
    assertThat(complete.proposal().credibleAssertedBy()).hasValue("GBR");
    assertThat(complete.votes()).hasSize(15);
    VoteRecord hypothetical = validator.validate(records.get(1)).records().get(0);
    assertThat(hypothetical.hypothetical()).isTrue();
    List<Finding> findings = R2pDatasets.bundled().rules().review(hypothetical, true).findings();
    assertThat(findings).isNotEmpty().allMatch(Finding::hypothetical);
    Cli review = Cli.run("review", dir.resolve("record-1.json").toString(), "--state", "GBR");
    assertThat(review.code).as(review.toString()).isZero();
    assertThat(review.out).contains("This vote is hypothetical").contains("United Kingdom would vote ");
  }

  @Test
  void theSchemasArePrinted() {
    Cli list = Cli.run("schema");
    assertThat(list.code).isZero();
    assertThat(list.out).contains("vote-record.schema.json  https://r2p.org/schema/vote-record.schema.json");
    Cli one = Cli.run("schema", "vote-record");
    assertThat(one.code).isZero();
    assertThat(one.out).startsWith("{").contains("\"hypothetical\"")
        .isEqualTo(Cli.run("schema", "vote-record.schema.json").out);
    Cli bad = Cli.run("schema", "votes");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).startsWith("r2p: NAME must be one of vote-record, proposal");
  }

  @Test
  void repeatedIds_areAWarning() throws IOException {
    String one = records().get(0).replace("\n", " ");
    Path file = Files.writeString(dir.resolve("twice.ndjson"), one + "\n" + one + "\n");
    Cli c = Cli.run("validate", file.toString());
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.out).contains("warning: (document) id.repeated: record 2 of this input has the id \"S-2014-348\" of"
        + " record 1").contains("2 records, 2 valid, 0 errors, 1 warnings");
  }

  @Test
  void powerPastTheBundledMembership_saysSo() {
    Cli c = Cli.run("power", "--date", "2030-01-01");
    assertThat(c.code).as(c.toString()).isZero();
    String end = R2pDatasets.bundled().councilHistory().lastTermDay().orElseThrow().toString();
    assertThat(c.out).contains("The bundled membership ends on " + end + ": 10 elected seats have no known holder"
        + " on 2030-01-01").contains("XEA");
    Cli known = Cli.run("power", "--date", "2024-01-01");
    assertThat(known.out).doesNotContain("no known holder").doesNotContain("XEA");
    Cli ndjson = Cli.run("power", "--date", "2024-01-01", "--format", "ndjson");
    assertThat(ndjson.code).isEqualTo(2);
    assertThat(ndjson.err).contains("expected one of [text, csv, json]");
  }
}
