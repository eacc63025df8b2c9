package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.file;
import static org.r2p.examples.Cli.run;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.core.MemberStates;
import org.r2p.core.Situation;
import org.r2p.core.VotePosition;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import org.r2p.json.R2pSchemas;
import org.r2p.json.internal.CsvRows;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.Summary;
import org.r2p.rules.whatif.WhatIf;
import tools.jackson.databind.JsonNode;

final class R2pCliTest {

  @Nested
  final class DefaultJob {
    @TempDir Path dir;

    @Test
    void reportFiguresMatchTheDataset() throws IOException {
      Cli c = run("--out", dir.toString());
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.err).isEmpty();
      // expected casts by seat, counted straight from the casts file
      Map<String, Integer> expected = new TreeMap<>();
      for (CsvRows.Row r : CsvRows.resource("unsc_veto_casts.csv")) {
        String seat = switch (r.get("permanent_member")) {
          case "USSR", "Russian Federation" -> "RUSSIA";
          case "China" -> "CHINA";
          case "France" -> "FRANCE";
          case "United Kingdom" -> "UNITED_KINGDOM";
          case "United States" -> "UNITED_STATES";
          default -> throw new AssertionError(r.get("permanent_member"));
        };
        expected.merge(seat, 1, Integer::sum);
      }
      Map<String, Integer> actual = new TreeMap<>();
      List<String> lines = Files.readAllLines(dir.resolve("veto_casts_by_seat_decade.csv"));
      assertThat(lines.get(0)).isEqualTo("seat,decade,veto_casts");
      for (String l : lines.subList(1, lines.size())) {
        String[] f = l.split(",");
        actual.merge(f[0], Integer.parseInt(f[2]), Integer::sum);
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(283);
      assertThat(c.out).contains("230 vetoed proposals from 1946-02-16 to 2025-09-18, 283 veto casts")
          .contains("| Russia/USSR | 41 | 25 | 14 | 6 | 4 | 2 | 4 | 19 | 14 | " + expected.get("RUSSIA") + " |")
          .contains("S/2011/612: FAILED_VETO → ADOPTED (DECIDED), flipped by [CHN NO->ABSTAIN, RUS NO->ABSTAIN]")
          .contains("| 2022-05-26 | S/2022/431 | China, Russian Federation | 2022-06-10 | 2022-05-30 Memorial Day (LOW) | 2022-06-08 | "
              + "PLENARY_UNDER_76_262 | on time |")
          .contains("Wrote " + Files.list(dir).count() + " files to");
      assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo(c.out.substring(0, c.out.indexOf("Wrote ")));
      // the verdicts resting on Q17's presumption: counted in the report, one CSV row each
      int presumed = org.r2p.examples.report.HistoryReport.of(R2pDatasets.bundled(), R2pDatasets.bundled().rules())
          .restingOnContinuity().size();
      assertThat(presumed).isPositive();
      assertThat(c.out).contains(presumed + " verdicts rest on the presumption");
      assertThat(Files.readAllLines(dir.resolve("continuity_q17.csv"))).hasSize(1 + presumed);
      assertThat(Files.readString(dir.resolve("vetoes_per_year.svg"))).startsWith("<?xml").contains("<svg").endsWith("</svg>\n")
          .contains("{&quot;rowKey&quot;: &quot;United States&quot;, &quot;columnKey&quot;: &quot;1986&quot;}");
      assertThat(Files.readAllLines(dir.resolve("veto_casts_findings.csv"))).hasSize(284);
      assertThat(Files.readAllLines(dir.resolve("whatif.csv"))).hasSize(1 + 3 * 230);
      // every member bound by the Code: the same changes as the CLI's universal-code run, the supposition stated
      HistoryRun universal = WhatIf.of(R2pDatasets.bundled().rules()).runAll(R2pDatasets.bundled().vetoes(),
          Scenario.universalCode());
      assertThat(universal.changed()).isNotEmpty();
      assertThat(c.out).contains("### universal-code").contains(universal.changed().size() + " of 230 vetoed proposals"
          + " would have had another outcome").contains("each is supposed to judge credible a draft that won the votes"
          + " required");
      assertThat(Files.readAllLines(dir.resolve("whatif.csv")).stream().filter(l -> l.startsWith("universal-code,"))
          .filter(l -> !l.contains(",[],[],")).count()).isGreaterThanOrEqualTo(universal.changed().size());
      // every report CSV that has a proposal has its situation
      for (String name : List.of("veto_casts_findings.csv", "ga_76_262_deadlines.csv", "whatif.csv")) {
        List<String> rows = Files.readAllLines(dir.resolve(name));
        assertThat(rows.get(0)).as(name).endsWith(",situation");
        assertThat(rows).as(name).anyMatch(l -> l.contains(name.startsWith("ga_") ? ",S/2022/538," : ",S/2011/612,")
            && l.endsWith(",SYRIA"));
      }
      assertThat(c.out).contains("## Vetoed proposals by situation").contains("| Israel/Palestine | " + R2pDatasets.bundled().vetoes().stream()
              .filter(r -> r.proposal().situation().orElseThrow().equals(Situation.ISRAEL_PALESTINE)).count() + " |")
          .contains("| Suez crisis (1956) | 2 |").contains("| United States/Libya | 2 |")
          .contains("Unclassified topics (vetoed proposals): ").contains("Admission 41");
    }

    @Test
    void vetoesBySituation_areTheCastsFileJoinedWithTheSituationTable() throws IOException {
      assertThat(run("--out", dir.toString(), "--quiet").code).isZero();
      Map<String, String> situationOf = new HashMap<>();
      Map<String, String> topicOf = new HashMap<>();
      for (CsvRows.Row r : CsvRows.resource("unsc_veto_situations.csv")) {
        situationOf.put(r.get("veto_id"), r.get("situation"));
        topicOf.put(r.get("veto_id"), r.get("topic"));
      }
      // key and name (the topic for an unclassified situation) -> casts, counted from the files
      Map<String, Integer> expected = new TreeMap<>();
      for (CsvRows.Row r : CsvRows.resource("unsc_veto_casts.csv")) {
        String key = situationOf.get(r.get("veto_id"));
        String name = key.equals("OTHER") ? topicOf.get(r.get("veto_id")) : key;
        expected.merge(key + "|" + name, 1, Integer::sum);
      }
      Map<String, Integer> proposals = new TreeMap<>();
      situationOf.forEach((id, key) -> proposals.merge(key + "|" + (key.equals("OTHER") ? topicOf.get(id) : key), 1,
          Integer::sum));
      List<String> lines = Files.readAllLines(dir.resolve("vetoes_by_situation.csv"));
      assertThat(lines.get(0)).isEqualTo("situation_key,situation,proposals,china_casts,france_casts,russia_casts,"
          + "united_kingdom_casts,united_states_casts");
      Map<String, Integer> actual = new TreeMap<>();
      Map<String, Integer> actualProposals = new TreeMap<>();
      List<CsvRows.Row> rows;
      try (InputStream in = Files.newInputStream(dir.resolve("vetoes_by_situation.csv"))) {
        rows = CsvRows.read("vetoes_by_situation.csv", in);
      }
      for (CsvRows.Row r : rows) {
        String key = r.get("situation_key");
        String name = key.equals("OTHER") ? r.get("situation") : key;
        int casts = 0;
        for (String seat : List.of("china", "france", "russia", "united_kingdom", "united_states")) {
          casts += Integer.parseInt(r.get(seat + "_casts"));
        }
        actual.put(key + "|" + name, casts);
        actualProposals.put(key + "|" + name, Integer.parseInt(r.get("proposals")));
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(actualProposals).isEqualTo(proposals);
      assertThat(lines.get(1)).startsWith("ANGOLA,Angola,");
    }

    @Test
    void quiet() throws IOException {
      Cli c = run("--out", dir.toString(), "--quiet");
      assertThat(c.code).isZero();
      assertThat(c.out).startsWith("Wrote " + Files.list(dir).count() + " files to");
    }
  }

  @Nested
  final class Validate {
    @Test
    void validFile_exit0() {
      Cli c = run("validate", file("s2014-348.json"));
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("s2014-348.json: 1 records, 1 valid, 0 errors, 0 warnings");
    }

    @Test
    void problems_exit1_everyProblemWithFileLinePointerAndCode() {
      Cli c = run("validate", file("mixed.ndjson"), file("s2014-348.json"));
      assertThat(c.code).as(c.toString()).isEqualTo(1);
      assertThat(c.out)
          .contains("mixed.ndjson:2: /1/date date.before-charter: vote record field \"date\" must not be before the Charter entered into force (1945-10-24): 1944-01-01")
          .contains("mixed.ndjson:2: /1/votes/2/position enum.invalid: vote position must be one of")
          .contains("mixed.ndjson: 3 records, 2 valid, 2 errors, 0 warnings")
          .contains("s2014-348.json: 1 records, 1 valid");
    }

    @Test
    void notJson_exit1() {
      Cli c = run("validate", file("not-json.json"));
      assertThat(c.code).isEqualTo(1);
      // one line alone: the document's own problem, pointer "" (shown as "(document)")
      assertThat(c.out).contains("not-json.json:1: (document) json.syntax: malformed JSON at line 1, column 1");
      Cli json = run("validate", "--format", "json", file("not-json.json"));
      assertThat(json.out).contains("\"pointer\":\"\"").doesNotContain("\"pointer\":\"/0\"");
    }

    @Test
    void missingFile_exit2_noStackTrace() {
      Cli c = run("validate", "/nonexistent/records.json");
      assertThat(c.code).isEqualTo(2);
      assertThat(c.err).isEqualTo("r2p: cannot read /nonexistent/records.json: no such file\n");
      assertThat(c.out).doesNotContain("Exception");
    }

    @Test
    void usageError_exit2() {
      Cli c = run("validate");
      assertThat(c.code).isEqualTo(2);
      assertThat(c.err).contains("Missing required parameter: 'FILE'").doesNotContain("\tat ");
    }

    @Test
    void jsonFormat() {
      Cli c = run("validate", "--format", "json", file("mixed.ndjson"));
      assertThat(c.code).isEqualTo(1);
      JsonNode doc = R2pJson.mapper().readTree(c.out);
      assertThat(doc.get("format").stringValue()).isEqualTo("r2p.validation.v1");
      JsonNode f = doc.get("files").get(0);
      assertThat(f.get("valid").intValue()).isEqualTo(2);
      assertThat(f.get("problems").get(0).get("pointer").stringValue()).isEqualTo("/1/date");
      assertThat(f.get("problems").get(0).get("line").intValue()).isEqualTo(2);
      assertThat(run("validate", "--format", "csv", file("mixed.ndjson")).err)
          .isEqualTo("r2p: Invalid value for option '--format': expected one of [text, json] (case-insensitive) but was"
              + " 'csv' (see 'r2p validate --help')\n");
    }
  }

  static Schema reviewSchema() throws IOException {
    Map<String, String> schemas = new HashMap<>();
    for (String name : R2pSchemas.ALL) {
      try (InputStream in = R2pSchemas.open(name)) {
        schemas.put(R2pSchemas.BASE + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas))
        .getSchema(SchemaLocation.of(R2pSchemas.BASE + R2pSchemas.REVIEW));
  }

  @Nested
  final class Review {
    @Test
    void text() {
      Cli c = run("review", file("s2014-348.json"));
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("== S/2014/348 (2014-05-22) [S-2014-348]")
          .contains("Outcome: FAILED_VETO, vetoed by [CHN, RUS]")
          .contains("No commitment engaged");
    }

    @Test
    void hypothetical_breachExplained() {
      // the file's credibility names no asserter: under the default Q2 (each signatory's own
      // assessment) it cannot stand for Uruguay's; counted as supplied, the NO breaches
      assertThat(run("review", file("hypothetical-2017.json")).out).contains("- Uruguay, ACT Code of Conduct: INDETERMINATE");
      Cli c = run("review", "--credibility", "USER_SUPPLIED", file("hypothetical-2017.json"));
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("- Uruguay, ACT Code of Conduct: BREACH")
          .contains("Uruguay voted against S/2017/315 on 2017-04-12. ACT Code of Conduct para 2");
    }

    @Test
    void json_followsThePublishedSchema() throws IOException {
      Cli c = run("review", "--format", "json", file("s2014-348.json"), file("hypothetical-2017.json"));
      assertThat(c.code).as(c.toString()).isZero();
      JsonNode doc = R2pJson.mapper().readTree(c.out);
      assertThat(reviewSchema().validate(doc)).isEmpty();
      assertThat(doc.get("reviews")).hasSize(2);
      assertThat(doc.get("reviews").get(0).get("decision").get("vetoCasts").toString()).isEqualTo("[\"CHN\",\"RUS\"]");
    }

    @Test
    void interpretationOptions() {
      Cli letter = run("review", file("hypothetical-2017.json"));
      Cli spirit = run("review", "--abstention", "SPIRIT", file("hypothetical-2017.json"));
      assertThat(letter.out).doesNotContain("- China, ACT Code of Conduct: BREACH");
      // China abstained; it is not a listed signatory, so even the spirit reading stays unknown
      assertThat(spirit.out).contains("Under interpretation Q1 abstention=SPIRIT");
      assertThat(run("review", "--abstention", "MAYBE", file("hypothetical-2017.json")).code).isEqualTo(2);
    }

    @Test
    void preliminaryQuestion_pairedWithItsDraft_doubleVeto() {
      // a hypothetical pair (test fixture): the draft comes first, the question relating to it second
      Cli c = run("review", file("double-veto.ndjson"));
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("== Preliminary question hypothetical: is the draft S/2024/9001 procedural? and the draft"
              + " S/2024/9001 (2024-06-03)")
          .contains("Preliminary question: FAILED_VETO, vetoed by [RUS]")
          .contains("Draft, as the question classified it: FAILED_VETO, vetoed by [RUS]")
          .contains("Double veto: the question and the draft were both vetoed (2 casts).");
      assertThat(c.out.indexOf("== Preliminary question")).isGreaterThan(c.out.indexOf("== hypothetical: is the draft"));
      // NDJSON: the review that completes the pair (here the question's) carries the pairing
      Cli nd = run("review", "--format", "ndjson", file("double-veto.ndjson"));
      assertThat(nd.code).as(nd.toString()).isZero();
      String[] lines = nd.out.split("\n");
      assertThat(lines).hasSize(2);
      assertThat(lines[0]).doesNotContain("\"doubleVeto\"");
      assertThat(lines[1]).contains("\"doubleVeto\":{\"question\":\"hypothetical: is the draft S/2024/9001 procedural?\","
          + "\"draft\":\"S/2024/9001\",\"questionDecision\":{\"outcome\":\"FAILED_VETO\"")
          .contains("\"doubleVeto\":true,\"vetoCasts\":[\"RUS\",\"RUS\"]}");
    }

    @Test
    void invalidRecords_exit1_othersReviewed() {
      Cli c = run("review", file("mixed.ndjson"));
      assertThat(c.code).isEqualTo(1);
      assertThat(c.err).contains("/1/date date.before-charter");
      assertThat(c.out).contains("[A]").contains("[C]").doesNotContain("[B]");
    }
  }

  @Nested
  final class WhatIfAndPower {
    @Test
    void restraintOverHistory() {
      Cli c = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2007-01-01");
      assertThat(c.code).as(c.toString()).isZero();
      // the drafts assessed YES in sourced/atrocity_assessments.csv from 2007, less those
      // characterised only after the vote (V183, V204: not counted by default, Q16)
      Map<String, Integer> byMember = new TreeMap<>();
      List<org.r2p.core.VoteRecord> undone = atrocityDrafts(java.time.LocalDate.of(2007, 1, 1), false);
      undone.forEach(r -> r.recordedVetoCasts().forEach(m -> byMember.merge(m.code(), 1, Integer::sum)));
      int casts = undone.stream().mapToInt(r -> r.recordedVetoCasts().size()).sum();
      assertThat(c.out).contains("230 records, " + undone.size() + " with another outcome; veto casts 283 -> " + (283 - casts))
          .contains("2011-10-04  S/2011/612 [V187]: FAILED_VETO -> ADOPTED (DECIDED)")
          .contains("2023-10-25  S/2023/792 [V219]: FAILED_VETO -> ADOPTED (DECIDED)")
          .doesNotContain("S/2007/14")
          // the 2023 amendment: the Code covers "a credible draft resolution"; Q5 widens it
          .doesNotContain("S/2023/1029");
      Cli amendments = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2007-01-01",
          "--restraint-covers", "DRAFT_RESOLUTION,AMENDMENT");
      assertThat(amendments.out).as(amendments.toString())
          .contains("230 records, " + (undone.size() + 1) + " with another outcome")
          .contains("2023-12-22  S/2023/1029 [V221]: FAILED_VETO -> ADOPTED (INFERRED)");
      Map<String, Integer> total = new TreeMap<>();
      R2pDatasets.bundled().vetoes().forEach(r -> r.recordedVetoCasts().forEach(m -> total.merge(m.code(), 1, Integer::sum)));
      for (String m : List.of("CHN", "RUS", "USA")) {
        int n = byMember.getOrDefault(m, 0);
        assertThat(c.out).contains(m + ": " + total.get(m) + ", " + n + ", " + total.get(m) + " -> " + (total.get(m) - n));
      }
      // Q16 COUNTED: V183 and V204, characterised only after the vote, now count as atrocity drafts
      Cli counted = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2007-01-01",
          "--after-vote-characterisation", "COUNTED");
      assertThat(counted.code).as(counted.toString()).isZero();
      List<org.r2p.core.VoteRecord> all = atrocityDrafts(java.time.LocalDate.of(2007, 1, 1), true);
      assertThat(counted.out).contains("Q16 afterVoteCharacterisation=COUNTED")
          .contains("230 records, " + all.size() + " with another outcome; veto casts 283 -> "
              + (283 - all.stream().mapToInt(r -> r.recordedVetoCasts().size()).sum()))
          .contains("2007-01-12  S/2007/14 [V183]: FAILED_VETO -> ADOPTED").contains("S/2018/516 [V204]");
    }

    /**
     * The bundled vetoes on drafts assessed YES in sourced/atrocity_assessments.csv from a date,
     * with or without those characterised only after the vote; draft resolutions only, the ACT
     * Code's own scope (an amendment only under Q5).
     */
    static List<org.r2p.core.VoteRecord> atrocityDrafts(java.time.LocalDate since, boolean afterVote) {
      R2pDatasets data = R2pDatasets.bundled();
      List<String> ids = data.sourcedAssessments().stream()
          .filter(a -> a.aimsToEndOrPrevent().equals("YES") && (afterVote || !a.characterisationTiming().startsWith("AFTER_VOTE")))
          .map(org.r2p.json.SourcedAssessment::vetoId).toList();
      return data.vetoes().stream().filter(r -> ids.contains(r.id().orElse("")) && !r.date().isBefore(since)
          && r.proposal().kind() != org.r2p.core.ProposalKind.AMENDMENT).toList();
    }

    @Test
    void eachChangeExplained() {
      Cli c = run("whatif", "--history", "--scenario", "p5-restraint", "--since", "2015-10-23", "--explain");
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("230 records, " + atrocityDrafts(java.time.LocalDate.of(2015, 10, 23), false).size()
              + " with another outcome")
          .contains("2016-10-08  S/2016/846 [V194]: FAILED_VETO -> ADOPTED (DECIDED); changed [RUS NO->ABSTAIN]")
          .contains("    RUS NO->ABSTAIN: a permanent member's NO on a draft aimed at atrocity crimes (YES, asserted by UN High"
              + " Commissioner for Human Rights");
      Cli universal = run("whatif", "--history", "--scenario", "universal-code", "--credibility", "MAJORITY_SUPPORT",
          "--explain");
      int universalChanged = WhatIf.of(R2pDatasets.bundled().rules().withInterpretation(org.r2p.rules.Interpretation.defaults()
              .withCredibility(org.r2p.rules.Interpretation.CredibilityTest.MAJORITY_SUPPORT)))
          .runAll(R2pDatasets.bundled().vetoes(), Scenario.universalCode()).changed().size();
      assertThat(universalChanged).isPositive();
      assertThat(universal.out).contains("230 records, " + universalChanged + " with another outcome")
          .contains("    RUS NO->ABSTAIN: breached ACT Code of Conduct para 2: Russian Federation voted against a credible"
              + " draft to end or prevent atrocity crimes (RUS adhered to ACT Code of Conduct from 2015-10-23 (scenario:"
              + " universal Code)")
          .contains("11 affirmative votes of 9 required (Q2 MAJORITY_SUPPORT)");
      // under the default Q2 the scenario supposes the same test of each adherent's own judgement, and says so:
      // the same changes, each marked as resting on the supposition
      Cli byDefault = run("whatif", "--history", "--scenario", "universal-code", "--explain");
      assertThat(byDefault.out).contains("230 records, " + universalChanged + " with another outcome")
          .contains("where Q2 is SELF_ASSESSMENT each is supposed to judge credible a draft that won the votes required")
          .contains("that the state judged the draft credible is the scenario's supposition (Q2 MAJORITY_SUPPORT in place"
              + " of SELF_ASSESSMENT), not a recorded judgement")
          .doesNotContain("No outcome changed");
      assertThat(universal.out).doesNotContain("scenario's supposition");
      // supposing nothing, nothing is certain, and the output says why
      Cli supposingNothing = run("whatif", "--history", "--scenario", "universal-code", "--assume-credibility",
          "SELF_ASSESSMENT");
      assertThat(supposingNothing.out).contains("230 records, 0 with another outcome")
          .contains("No outcome changed. Under Q2 SELF_ASSESSMENT");
    }

    @Test
    void individualVotes() {
      Cli c = run("whatif", "--history", "--scenario", "votes", "--symbol", "S/2014/348", "--vote", "RUS=ABSTAIN",
          "--vote", "CHN=abstain");
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("1 with another outcome").contains("S/2014/348");
      assertThat(run("whatif", "--history", "--scenario", "votes", "--vote", "XYZ=NO").err)
          .isEqualTo("r2p: --vote: unknown state code: must be an ISO 3166 alpha-3 code or a historical code: 'XYZ'\n");
    }

    @Test
    void votesOnASituation_fromADate() {
      Cli c = run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--situation", "ISRAEL_PALESTINE",
          "--from", "2000-01-01");
      assertThat(c.code).as(c.toString()).isZero();
      R2pDatasets data = R2pDatasets.bundled();
      HistoryRun expected = WhatIf.of(data.rules()).runAll(data.vetoes().stream()
          .filter(r -> r.proposal().concerns(Situation.ISRAEL_PALESTINE) && r.date().getYear() >= 2000).toList(),
          Scenario.vote(r -> true, MemberStates.UNITED_STATES, VotePosition.ABSTAIN));
      assertThat(expected.changed()).isNotEmpty();
      Summary row = expected.bySituationKey().get(Situation.ISRAEL_PALESTINE);
      long selected = data.vetoes().stream()
          .filter(r -> r.proposal().concerns(Situation.ISRAEL_PALESTINE) && r.date().getYear() >= 2000).count();
      // the issue's figure: 20 records change; the selection is the records compared
      assertThat(expected.changed()).hasSize(20);
      assertThat(c.out).contains("United States votes ABSTAIN on the selected records.")
          .contains(selected + " records (on Israel/Palestine, from 2000-01-01), " + expected.changed().size()
              + " with another outcome")
          .contains("2024-04-18  S/2024/312 [V225]: FAILED_VETO -> ADOPTED (DECIDED)")
          .contains("By situation").contains("  ISRAEL_PALESTINE: " + row.records() + ", " + row.outcomesChanged() + ", "
              + row.vetoCastsBaseline() + " -> " + row.vetoCastsScenario());
      assertThat(c.out.lines().filter(l -> l.contains("FAILED_VETO -> ")).count()).isEqualTo(expected.changed().size());
      Cli other = run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--situation", "Admission");
      assertThat(other.code).as(other.toString()).isZero();
      Cli typo = run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--situation", "ISRAEL_PALESTIN");
      assertThat(typo.code).isEqualTo(2);
      assertThat(typo.err).startsWith("r2p: --situation: no record concerns 'ISRAEL_PALESTIN'; the keys are ANGOLA, ")
          .doesNotContain("Exception");
      assertThat(run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--from", "2000").err)
          .isEqualTo("r2p: --from must be a date yyyy-mm-dd: '2000'\n");
    }

    @Test
    void files_andErrors() {
      assertThat(run("whatif", file("hypothetical-2017.json"), "--scenario", "universal-code", "--credibility",
          "USER_SUPPLIED").out)
          .contains("1 with another outcome").contains("RUS NO->ABSTAIN");
      Cli bad = run("whatif", "--history", "--scenario", "peace");
      assertThat(bad.code).isEqualTo(2);
      assertThat(bad.err).startsWith("r2p: --scenario must be one of").doesNotContain("Exception");
      assertThat(run("whatif", "--scenario", "baseline").code).isEqualTo(2);
    }

    @Test
    void power() {
      Cli c = run("power", "--date", "2024-01-01");
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).contains("15 members, 9 votes required").contains("421/2145").contains("4/2145");
      Cli csv = run("power", "--date", "1960-06-01", "--format", "csv");
      assertThat(csv.out).contains("TWN,\"Republic of China\",CHINA,").contains("76/385").contains("1/462");
      Cli json = run("power", "--date", "2024-01-01", "--regime", "without:FRANCE,UNITED_KINGDOM", "--format", "json");
      assertThat(R2pJson.mapper().readTree(json.out).get("members").get(1).get("shapleyShubik").stringValue())
          .isEqualTo(R2pJson.mapper().readTree(json.out).get("members").get(14).get("shapleyShubik").stringValue());
      assertThat(run("power", "--date", "yesterday").err).isEqualTo("r2p: --date must be a date yyyy-mm-dd: 'yesterday'\n");
      assertThat(run("power", "--date", "1940-01-01").code).isEqualTo(2);
      assertThat(run("power", "--date", "2024-01-01", "--regime", "without:ITALY").err)
          .startsWith("r2p: --regime without: seats must be among");
    }

    @Test
    void helpAndVersion() {
      Cli v = run("--version");
      assertThat(v.code).isZero();
      assertThat(v.out).containsPattern("^r2p \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
      Cli h = run("--help");
      assertThat(h.code).isZero();
      assertThat(h.out).contains("validate").contains("review").contains("whatif").contains("power")
          .contains("Exit codes:").contains("2   Usage error");
      for (String cmd : List.of("validate", "review", "whatif", "power")) {
        assertThat(run(cmd, "--help").code).isZero();
      }
      assertThat(run("frobnicate").code).isEqualTo(2);
    }
  }
}
