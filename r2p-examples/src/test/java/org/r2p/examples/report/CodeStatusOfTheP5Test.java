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
import org.r2p.rules.Interpretation;
import org.r2p.rules.Verdict;

/**
 * Golden test on the bundled history: China, Russia and the United States had not joined the
 * ACT Code as of its launch and as of the depositary's page (2022-04-26), the latest public
 * evidence. Up to that date each of their vetoes' Code verdicts rests on a dated fact; after
 * it, on Q17's presumption (the default), which the report counts and names with that
 * evidence; read AS_OF_EVIDENCE, those verdicts are INDETERMINATE.
 */
final class CodeStatusOfTheP5Test {
  static final LocalDate LAUNCH = LocalDate.of(2015, 10, 23);
  static final Set<String> NOT_JOINED = Set.of("CHN", "RUS", "USA");

  final R2pDatasets data = R2pDatasets.bundled();
  final HistoryReport report = HistoryReport.of(data, data.rules());

  static Finding code(HistoryReport.Cast c) {
    return c.findings().stream().filter(f -> f.instrument() == Instrument.ACT_CODE_OF_CONDUCT).findFirst().orElseThrow();
  }

  List<HistoryReport.Cast> since(HistoryReport r) {
    return r.casts().stream().filter(c -> !c.record().date().isBefore(LAUNCH) && NOT_JOINED.contains(c.state().code()))
        .collect(Collectors.toList());
  }

  @Test
  void eachCodeVerdictSinceTheLaunchRestsOnADatedFactOrOnTheStatedPresumption() {
    List<HistoryReport.Cast> since = since(report);
    // counted from the casts file: every veto cast by the three since the launch
    long expected = org.r2p.json.internal.CsvRows.resource("unsc_veto_casts.csv").stream()
        .filter(r -> !LocalDate.parse(r.get("date")).isBefore(LAUNCH) && NOT_JOINED.contains(r.get("permanent_member_iso3")))
        .count();
    assertThat(since).hasSize((int) expected).isNotEmpty();
    Map<NonAdherence, List<HistoryReport.Cast>> byFact = report.castsDecidedByNonAdherence();
    org.r2p.rules.R2pRules asOf = data.rules().withInterpretation(
        Interpretation.defaults().withContinuity(Interpretation.Continuity.AS_OF_EVIDENCE));
    List<HistoryReport.Presumed> presumed = report.restingOnContinuity();
    for (HistoryReport.Cast c : since) {
      Finding code = code(c);
      assertThat(code.verdict()).as(c.record().date() + " " + c.state()).isEqualTo(Verdict.NOT_APPLICABLE);
      NonAdherence covering = data.commitments().statusOn(c.state(), Instrument.ACT_CODE_OF_CONDUCT, c.record().date())
          .nonAdherence().orElse(null);
      if (covering != null) {
        // a dated fact about that state covers the vote's date
        assertThat(byFact.get(covering)).contains(c);
        assertThat(covering.asOf()).isAfterOrEqualTo(c.record().date());
        continue;
      }
      // after the latest evidence: the state's status rests on the presumption, and the finding says so
      NonAdherence latest = data.commitments()
          .presumedNonAdherence(c.state(), Instrument.ACT_CODE_OF_CONDUCT, c.record().date()).orElseThrow();
      assertThat(latest.asOf()).isBefore(c.record().date());
      assertThat(code.explain()).contains("not joined as of " + latest.asOf() + " (" + latest.source() + ")"
          + "; presumed unchanged (Q17 PRESUMED_CONTINUING)");
      // the verdict rests on it where the evidence alone would not decide it: then the report counts it
      Verdict asOfEvidence = org.r2p.rules.whatif.WhatIf.of(asOf).decision(c.record()) == null ? null
          : asOf.check(c.record(), org.r2p.core.Vote.of(c.state(), org.r2p.core.VotePosition.NO),
              org.r2p.rules.whatif.WhatIf.of(asOf).decision(c.record())).get(0).verdict();
      assertThat(presumed.stream().anyMatch(p -> p.cast().equals(c) && p.finding().equals(code)))
          .as(c.record().date() + " " + c.state()).isEqualTo(asOfEvidence != Verdict.NOT_APPLICABLE);
    }
    assertThat(presumed).isNotEmpty().allSatisfy(p -> {
      assertThat(p.otherwise()).isEqualTo(Verdict.INDETERMINATE);
      assertThat(p.evidence().asOf()).isEqualTo(LocalDate.of(2022, 4, 26));
      assertThat(p.evidence().source()).contains("llv.li/");
    });
    assertThat(report.markdown())
        .contains(presumed.size() + " verdicts rest on the presumption that a status known as of a date holds until a"
            + " dated change is recorded (Q17 PRESUMED_CONTINUING")
        .contains("China, ACT Code of Conduct: not joined as of 2022-04-26; presumed unchanged — ")
        .contains("latest evidence: llv.li/")
        .doesNotContain("FINDINGS").doesNotContain("DOMAIN");
  }

  @Test
  void asOfEvidence_theVetoesAfterTheLatestEvidenceAreIndeterminate_namingIt() {
    HistoryReport asOf = HistoryReport.of(data, data.rules().withInterpretation(
        Interpretation.defaults().withContinuity(Interpretation.Continuity.AS_OF_EVIDENCE)));
    List<HistoryReport.Presumed> defaults = report.restingOnContinuity();
    List<HistoryReport.Presumed> other = asOf.restingOnContinuity();
    assertThat(other).hasSameSizeAs(defaults).allSatisfy(p -> {
      assertThat(p.finding().verdict()).isEqualTo(Verdict.INDETERMINATE);
      assertThat(p.otherwise()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(p.finding().explain()).contains("the latest evidence: not joined as of 2022-04-26")
          .contains("(Q17 AS_OF_EVIDENCE)");
    });
    for (HistoryReport.Cast c : since(asOf)) {
      if (c.record().date().isAfter(LocalDate.of(2022, 4, 26)) && code(c).verdict() == Verdict.INDETERMINATE) {
        assertThat(other).anySatisfy(p -> assertThat(p.cast()).isEqualTo(c));
      }
    }
    assertThat(asOf.markdown()).contains(other.size() + " verdicts are INDETERMINATE because a status is unknown after"
        + " its latest evidence (Q17 AS_OF_EVIDENCE)");
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
