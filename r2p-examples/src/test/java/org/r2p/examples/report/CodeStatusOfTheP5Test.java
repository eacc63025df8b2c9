package org.r2p.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.Instrument;
import org.r2p.core.NonAdherence;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Finding;
import org.r2p.rules.Verdict;

/**
 * Golden test on the bundled history: China, Russia and the United States never joined the ACT
 * Code (FINDINGS §2), so the default report has no INDETERMINATE Code verdict for them on any
 * veto since the launch, and each of those verdicts names the dated fact it rests on.
 */
final class CodeStatusOfTheP5Test {
  static final LocalDate LAUNCH = LocalDate.of(2015, 10, 23);
  static final Set<String> NOT_JOINED = Set.of("CHN", "RUS", "USA");

  final R2pDatasets data = R2pDatasets.bundled();
  final HistoryReport report = HistoryReport.of(data, data.rules());

  @Test
  void noIndeterminateCodeVerdictForChinaRussiaOrTheUnitedStatesSinceTheLaunch() {
    List<HistoryReport.Cast> since = report.casts().stream()
        .filter(c -> !c.record().date().isBefore(LAUNCH) && NOT_JOINED.contains(c.state().code()))
        .collect(Collectors.toList());
    // counted from the casts file: every veto cast by the three since the launch
    long expected = org.r2p.json.internal.CsvRows.resource("unsc_veto_casts.csv").stream()
        .filter(r -> !LocalDate.parse(r.get("date")).isBefore(LAUNCH) && NOT_JOINED.contains(r.get("permanent_member_iso3")))
        .count();
    assertThat(since).hasSize((int) expected).isNotEmpty();
    Map<NonAdherence, List<HistoryReport.Cast>> byFact = report.castsDecidedByNonAdherence();
    for (HistoryReport.Cast c : since) {
      Finding code = c.findings().stream().filter(f -> f.instrument() == Instrument.ACT_CODE_OF_CONDUCT)
          .findFirst().orElseThrow();
      assertThat(code.verdict()).as(c.record().date() + " " + c.state()).isEqualTo(Verdict.NOT_APPLICABLE);
      // the verdict rests on a dated fact about that state that covers the vote's date
      NonAdherence fact = byFact.entrySet().stream().filter(e -> e.getValue().contains(c)).map(Map.Entry::getKey)
          .findFirst().orElseThrow(() -> new AssertionError("no dated fact for " + c));
      assertThat(fact.state()).isEqualTo(c.state());
      assertThat(fact.asOf()).isAfterOrEqualTo(c.record().date());
      assertThat(fact.source()).isNotBlank();
    }
    // each cast is listed under exactly one fact, and the report says so
    assertThat(byFact.values().stream().mapToInt(List::size).sum()).isEqualTo(since.size());
    assertThat(report.markdown()).contains("by the dated fact each verdict rests on")
        .contains("United States, not joined as of 2025-09-18: ")
        .contains("source: FINDINGS.md §2");
  }

  @Test
  void franceAndTheUnitedKingdomStayCommitted() {
    for (HistoryReport.Cast c : report.casts()) {
      if (!c.record().date().isBefore(LAUNCH)) {
        assertThat(c.state().code()).as("no French or British veto since the launch in the data").isIn(NOT_JOINED);
      }
    }
    assertThat(data.commitments().status(org.r2p.core.MemberStates.FRANCE, Instrument.ACT_CODE_OF_CONDUCT,
        LocalDate.of(2025, 9, 18))).isEqualTo(org.r2p.core.CommitmentStatus.COMMITTED);
  }
}
