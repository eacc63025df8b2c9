package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.file;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.core.DecisionModality;
import org.r2p.core.Tally;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pJson;
import tools.jackson.databind.JsonNode;

/**
 * {@code r2p import undl} on a file written for the test in the UN Digital Library's layout
 * (undl-sc.csv: four resolutions; the rows are illustrative, not the historical record), then
 * validate, review and whatif on what it wrote.
 */
final class ImportCommandTest {
  @TempDir Path dir;

  private List<VoteRecord> records(Path ndjson) throws IOException {
    List<VoteRecord> out = new ArrayList<>();
    for (String l : Files.readAllLines(ndjson)) {
      out.add(R2pJson.mapper().readValue(l, VoteRecord.class));
    }
    return out;
  }

  @Test
  void importValidateReview_everyTallyReproducedFromTheVotes() throws IOException {
    Path out = dir.resolve("sc.ndjson");
    Cli c = run("import", "undl", file("undl-sc.csv"), "--out", out.toString());
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.err).isEmpty();
    assertThat(c.out).contains("56 rows, 4 records (by recorded outcome: ADOPTED 4)")
        .contains("not put to the vote: WITHOUT_VOTE 1").doesNotContain("flagged").contains("0 errors, 0 warnings")
        .contains("columns not read: [subjects]").contains("wrote " + out)
        // the agendas read by the rules that classify the bundled vetoes: none names one situation alone
        .contains("agendas naming no one situation (kept as text): \"Complaint of aggression\" 1,"
            + " \"The situation in Libya\" 1, \"The situation in the Middle East\" 1")
        .doesNotContain("situations read from the agenda");
    List<VoteRecord> records = records(out);
    assertThat(records.get(1).proposal().situation()).hasValueSatisfying(
        s -> assertThat(s.displayName()).isEqualTo("The situation in the Middle East"));
    assertThat(records.get(3).proposal().situation()).isEmpty();
    assertThat(records).extracting(r -> r.id().orElseThrow())
        .containsExactly("S/RES/1973 (2011)", "S/RES/2118 (2013)", "S/RES/83 (1950)", "S/RES/2119 (2013)");

    Cli v = run("validate", out.toString());
    assertThat(v.code).as(v.toString()).isZero();
    assertThat(v.out).contains("4 records, 4 valid, 0 errors, 0 warnings");

    Cli r = run("review", "--format", "json", "--records", out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode reviews = R2pJson.mapper().readTree(r.out).get("reviews");
    assertThat(reviews).hasSize(4);
    int withVotes = 0;
    for (JsonNode review : reviews) {
      VoteRecord rec = R2pJson.mapper().treeToValue(review.get("record"), VoteRecord.class);
      JsonNode decision = review.get("decision");
      if (rec.votes().isEmpty()) {
        // S/RES/2119 (2013), adopted without a vote: adopted, no tally invented, nothing to check
        assertThat(rec.modality()).isEqualTo(DecisionModality.WITHOUT_VOTE);
        assertThat(rec.reportedTally()).isEmpty();
        assertThat(decision.get("outcome").stringValue()).isEqualTo("ADOPTED");
        assertThat(decision.get("modality").stringValue()).isEqualTo("WITHOUT_VOTE");
        assertThat(decision.get("vetoCasts")).isEmpty();
        assertThat(review.get("discrepancies")).isEmpty();
        assertThat(review.get("findings")).isEmpty();
        continue;
      }
      assertThat(decision.get("modality").stringValue()).isEqualTo("RECORDED_VOTE");
      withVotes++;
      Tally reported = rec.reportedTally().orElseThrow();
      assertThat(rec.tally()).extracting(Tally::yes, Tally::no, Tally::abstain)
          .as(rec.id().orElseThrow()).containsExactly(reported.yes(), reported.no(), reported.abstain());
      assertThat(decision.get("outcome").stringValue()).as(rec.id().orElseThrow()).isEqualTo("ADOPTED");
      assertThat(decision.get("affirmative").intValue()).isEqualTo(reported.yes());
      assertThat(review.get("discrepancies")).as(rec.id().orElseThrow()).isEmpty();
    }
    assertThat(withVotes).isEqualTo(3);
  }

  /** The test file with S/RES/2119 (2013)'s rows saying what the modality column and vote notes say. */
  private Path withoutVoteAs(String note, String modality) throws IOException {
    String csv = Files.readString(Path.of(file("undl-sc.csv")))
        .replace(",Adopted without vote,Without vote,", "," + note + "," + modality + ",");
    Path p = dir.resolve("modality.csv");
    Files.writeString(p, csv);
    return p;
  }

  @Test
  void byAcclamation_importedThenReviewed_adoptedWithNoFindingInEachFormat() throws IOException {
    Path out = dir.resolve("acclamation.ndjson");
    Cli c = run("import", "undl", withoutVoteAs("Adopted by acclamation", "Without vote").toString(), "--out",
        out.toString());
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.out).contains("not put to the vote: BY_ACCLAMATION 1");
    assertThat(Files.readString(out)).contains("\"modality\":\"BY_ACCLAMATION\"");

    Cli text = run("review", out.toString());
    assertThat(text.code).as(text.toString()).isZero();
    assertThat(text.out).contains("== S/2013/580 (2013-10-01) [S/RES/2119 (2013)]")
        .contains("Outcome: ADOPTED by acclamation (BY_ACCLAMATION)")
        .contains("adopted by acclamation: no vote was counted, no permanent member voted against, and no veto was cast")
        .contains("No vote was taken, so there is no vote to check against the commitments")
        .doesNotContain("FAILED_INSUFFICIENT_VOTES").doesNotContain("Discrepancy");

    Cli nd = run("review", "--format", "ndjson", "--explain", out.toString());
    assertThat(nd.code).as(nd.toString()).isZero();
    JsonNode review = null;
    for (String line : nd.out.strip().split("\n")) {
      JsonNode n = R2pJson.mapper().readTree(line);
      assertThat(n.has("record")).as("without --records").isFalse();
      if (n.path("id").stringValue("").equals("S/RES/2119 (2013)")) {
        review = n;
      }
    }
    assertThat(review).isNotNull();
    JsonNode decision = review.get("decision");
    assertThat(decision.get("outcome").stringValue()).isEqualTo("ADOPTED");
    assertThat(decision.get("modality").stringValue()).isEqualTo("BY_ACCLAMATION");
    assertThat(decision.get("explanation").get("outcome").stringValue()).isEqualTo("ADOPTED (BY ACCLAMATION)");
    assertThat(review.get("findings")).isEmpty();
    assertThat(review.get("discrepancies")).isEmpty();
  }

  @Test
  void withoutAVote_fromTheModalityColumnAlone_importedThenReviewed() throws IOException {
    Path out = dir.resolve("without.ndjson");
    Cli c = run("import", "undl", withoutVoteAs("", "Without vote").toString(), "--out", out.toString());
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.out).contains("not put to the vote: WITHOUT_VOTE 1");
    Cli text = run("review", out.toString());
    assertThat(text.out).contains("Outcome: ADOPTED without a vote (WITHOUT_VOTE)")
        .doesNotContain("FAILED_INSUFFICIENT_VOTES");
  }

  @Test
  void whatIf_abstentionsAsNo_overTheImportedFile() {
    Path out = dir.resolve("sc.ndjson");
    assertThat(run("import", "undl", file("undl-sc.csv"), "--out", out.toString()).code).isZero();
    Cli w = run("whatif", "--scenario", "abstentions-as-no", out.toString());
    assertThat(w.code).as(w.toString()).isZero();
    // two permanent members abstained on S/RES/1973 (2011): as NO votes they are vetoes
    assertThat(w.out).contains("4 records, 1 with another outcome")
        .contains("2011-03-17  S/2011/142 [S/RES/1973 (2011)]: ADOPTED -> FAILED_VETO");
  }

  @Test
  void withoutOut_recordsToStandardOutput_summaryToStandardError() {
    Cli c = run("import", "undl", file("undl-sc.csv"));
    assertThat(c.code).as(c.toString()).isZero();
    String[] lines = c.out.strip().split("\n");
    assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    assertThat(c.err).contains("4 records").doesNotContain("wrote");
  }

  @Test
  void dateFilter() {
    Cli c = run("import", "undl", file("undl-sc.csv"), "--since", "2011-01-01", "--until", "2013-09-30");
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.out.strip().split("\n")).hasSize(2);
    assertThat(c.out).contains("S/RES/1973 (2011)").contains("S/RES/2118 (2013)");
  }

  @Test
  void problems_exit1_eachWithFileAndLine_theOtherRowsWritten() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(file("undl-sc.csv"))));
    lines.set(3, lines.get(3).replace("GBR,UNITED KINGDOM", "XYZ,NOWHERE"));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("bad.ndjson");
    Cli c = run("import", "undl", bad.toString(), "--out", out.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(1);
    assertThat(c.err).startsWith(bad + ":4: /ms_code state.unknown: row 4 (S/RES/1973 (2011)): unknown state code");
    assertThat(c.out).contains("4 records").contains("1 errors");
    assertThat(records(out)).hasSize(4);
    assertThat(records(out).get(0).votes()).hasSize(14);
  }

  @Test
  void userErrors_exit2_noStackTrace() {
    Cli missing = run("import", "undl", dir.resolve("nope.csv").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("cannot read").contains("no such file").doesNotContain("Exception");
    Cli badDate = run("import", "undl", file("undl-sc.csv"), "--since", "1 May 2000");
    assertThat(badDate.code).isEqualTo(2);
    assertThat(badDate.err).contains("--since must be a date yyyy-mm-dd: '1 May 2000'");
    Cli noKind = run("import");
    assertThat(noKind.code).isEqualTo(2);
    assertThat(noKind.err).contains("Missing required subcommand");
    Cli unwritable = run("import", "undl", file("undl-sc.csv"), "--out", dir.resolve("no/such/dir/x.ndjson").toString());
    assertThat(unwritable.code).isEqualTo(2);
    assertThat(unwritable.err).contains("cannot write").doesNotContain("Exception");
  }
}
