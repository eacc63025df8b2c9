package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.Situation;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Finding;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Verdict;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A researcher's three questions, each one command whose CSV loads (docs/research.md, "Questions in
 * one command" shows the same commands): read back with Jackson's CSV reader, the header and
 * the rows are checked against the library's own answer.
 */
final class ResearcherQuestionsTest {
  static final List<String> REVIEW_HEADER = List.of("record_id", "proposal", "date", "year", "situation",
      "situation_name", "state", "state_name", "position", "instrument", "verdict", "applies", "breach", "hypothetical",
      "deciding");
  static final List<String> WHATIF_HEADER = List.of("scenario", "record_id", "proposal", "date", "year", "situation",
      "situation_name", "outcome_before", "outcome_after", "changed", "basis", "veto_casts_before", "veto_casts_after",
      "votes_changed", "flipped_by");

  /** The CSV as a header and rows of cells by column, as a CSV reader sees it. */
  record Csv(List<String> header, List<Map<String, String>> rows) {}

  static Csv read(String text) {
    CsvMapper m = CsvMapper.builder().build();
    CsvSchema withHeader = CsvSchema.emptySchema().withHeader();
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = m.readerForMapOf(String.class).with(withHeader).readValues(text)) {
      CsvSchema seen = (CsvSchema) it.parser().getSchema();
      seen.forEach(c -> header.add(c.getName()));
      it.forEachRemaining(rows::add);
    }
    return new Csv(header, rows);
  }

  @Test
  void theUksVerdictsSince2015() {
    Cli c = run("review", "--history", "--state", "GBR", "--from", "2015-01-01", "--format", "csv");
    assertThat(c.code).as(c.toString()).isZero();
    Csv csv = read(c.out);
    assertThat(csv.header()).isEqualTo(REVIEW_HEADER);
    R2pRules rules = R2pDatasets.bundled().rules();
    List<Finding> expected = new ArrayList<>();
    for (VoteRecord r : R2pDatasets.bundled().vetoes()) {
      if (r.date().getYear() >= 2015) {
        rules.review(r, false).findings().stream()
            .filter(f -> f.state().equals(java.util.Optional.of(MemberStates.UNITED_KINGDOM)))
            .filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).forEach(expected::add);
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(csv.rows()).hasSize(expected.size());
    assertThat(csv.rows()).allSatisfy(row -> {
      assertThat(row.get("state")).isEqualTo("GBR");
      assertThat(row.get("state_name")).isEqualTo("United Kingdom");
      assertThat(Integer.parseInt(row.get("year"))).isGreaterThanOrEqualTo(2015);
      assertThat(Verdict.valueOf(row.get("verdict"))).isNotEqualTo(Verdict.NOT_APPLICABLE);
      // the two answers the verdict follows from, as the finding gives them
      assertThat(org.r2p.rules.Ternary.valueOf(row.get("applies"))).isNotNull();
      assertThat(org.r2p.rules.Ternary.valueOf(row.get("breach"))).isNotNull();
    });
    assertThat(csv.rows()).extracting(row -> row.get("verdict") + " " + row.get("applies") + " " + row.get("breach"))
        .containsExactlyElementsOf(expected.stream().map(f -> f.verdict().name() + " " + f.applies() + " " + f.breach())
            .toList());
    // the same question narrowed to one verdict, as a researcher would go on
    Cli yes = run("review", "--history", "--state", "GBR", "--from", "2015-01-01", "--verdict",
        expected.get(0).verdict().name(), "--format", "csv");
    assertThat(read(yes.out).rows()).hasSize((int) expected.stream().filter(f -> f.verdict() == expected.get(0).verdict())
        .count());
  }

  @Test
  void theUsAbstainsWhatIf_asCsv() {
    Cli c = run("whatif", "--history", "--scenario", "votes", "--vote", "USA=ABSTAIN", "--format", "csv");
    assertThat(c.code).as(c.toString()).isZero();
    Csv csv = read(c.out);
    assertThat(csv.header()).isEqualTo(WHATIF_HEADER);
    HistoryRun expected = WhatIf.of(R2pDatasets.bundled().rules()).runAll(R2pDatasets.bundled().vetoes(),
        Scenario.vote(r -> true, MemberStates.UNITED_STATES, VotePosition.ABSTAIN));
    assertThat(csv.rows()).hasSize(expected.comparisons().size()).hasSize(230);
    assertThat(csv.rows().stream().filter(r -> r.get("changed").equals("true")).count())
        .isEqualTo(expected.changed().size());
    RecordComparison first = expected.changed().get(0);
    assertThat(csv.rows()).anySatisfy(row -> {
      assertThat(row.get("record_id")).isEqualTo(first.record().id().orElseThrow());
      assertThat(row.get("outcome_after")).isEqualTo(first.scenarioOutcome().name());
    });
  }

  @Test
  void russiasVetoesOnSyriaSince2011_byYear() {
    Cli c = run("whatif", "--history", "--scenario", "baseline", "--state", "RUS", "--situation", "SYRIA", "--from",
        "2011-01-01", "--format", "csv");
    assertThat(c.code).as(c.toString()).isZero();
    Csv csv = read(c.out);
    assertThat(csv.header()).isEqualTo(WHATIF_HEADER);
    HistoryRun all = WhatIf.of(R2pDatasets.bundled().rules()).runAll(R2pDatasets.bundled().vetoes(), Scenario.baseline());
    List<RecordComparison> expected = all.comparisons().stream()
        .filter(x -> x.record().proposal().concerns(Situation.SYRIA) && x.record().date().getYear() >= 2011)
        .filter(x -> x.baseline().vetoCasts().contains(MemberStates.RUSSIAN_FEDERATION)).toList();
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(csv.rows()).hasSize(expected.size());
    assertThat(csv.rows()).allSatisfy(row -> {
      assertThat(row.get("situation")).isEqualTo("SYRIA");
      assertThat(row.get("veto_casts_before").split(" ")).contains("RUS");
    });
    // by year: the year column counts as the library does
    Map<String, Long> byYear = new java.util.TreeMap<>();
    csv.rows().forEach(row -> byYear.merge(row.get("year"), 1L, Long::sum));
    Map<String, Long> libraryByYear = new java.util.TreeMap<>();
    expected.forEach(x -> libraryByYear.merge(String.valueOf(x.record().date().getYear()), 1L, Long::sum));
    assertThat(byYear).isEqualTo(libraryByYear);
  }
}
