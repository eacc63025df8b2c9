package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;

/**
 * Q17, the continuity of a dated status: a state recorded as not having joined the Code as of a
 * date is presumed not to have joined later (PRESUMED_CONTINUING, the default), and the finding
 * says so with the date and source of that evidence; read AS_OF_EVIDENCE, its status after the
 * date is unknown and the verdict it decides INDETERMINATE, naming that fact.
 */
final class ContinuityTest {
  static final LocalDate EVIDENCE = LocalDate.of(2017, 3, 1);
  static final CommitmentRegistry REGISTRY = CommitmentRegistry.builder()
      .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
      .addNonAdherence(new NonAdherence(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT, EVIDENCE,
          "the depositary's page"))
      .build();
  static final R2pRules RULES = R2pRules.builder().councilHistory(CommitmentRulesTest.HISTORY).registry(REGISTRY)
      .interpretation(Interpretation.defaults().withCredibility(Interpretation.CredibilityTest.USER_SUPPLIED)).build();

  static Finding code(R2pRules rules, LocalDate date) {
    Proposal p = CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE).withDate(date);
    return rules.check(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO, p, date).get(0);
  }

  static Condition committed(Finding f) {
    return f.explanation().conditions().stream().filter(c -> c.name().equals("adherent-on-vote-date")).findFirst()
        .orElseThrow();
  }

  @Test
  void aStatusKnownAsOfADateIsPresumedToContinue_andTheFindingSaysSo() {
    assertThat(RULES.interpretation().continuity()).isEqualTo(Interpretation.Continuity.PRESUMED_CONTINUING);
    Finding later = code(RULES, EVIDENCE.plusMonths(6));
    assertThat(later.verdict()).as(later.explain()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(committed(later).result()).isEqualTo(Ternary.FALSE);
    assertThat(committed(later).detail())
        .isEqualTo("not joined as of 2017-03-01 (the depositary's page); presumed unchanged (Q17 PRESUMED_CONTINUING)");
    assertThat(later.explanation().interpretation()).doesNotContain("Q17");
    // on the day of the evidence nothing is presumed: the fact itself decides
    Finding onTheDay = code(RULES, EVIDENCE);
    assertThat(onTheDay.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(committed(onTheDay).detail()).doesNotContain("presumed").contains("as of 2017-03-01");
  }

  @Test
  void asOfEvidence_theVotesAfterTheLatestEvidenceAreIndeterminate_namingThatFact() {
    R2pRules asOf = RULES.withInterpretation(RULES.interpretation().withContinuity(Interpretation.Continuity.AS_OF_EVIDENCE));
    Finding later = code(asOf, EVIDENCE.plusMonths(6));
    assertThat(later.verdict()).as(later.explain()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(committed(later).result()).isEqualTo(Ternary.UNKNOWN);
    assertThat(committed(later).detail()).contains("the latest evidence: not joined as of 2017-03-01 (the depositary's page)")
        .contains("after it the status is unknown (Q17 AS_OF_EVIDENCE)");
    assertThat(later.explanation().interpretation()).contains("Q17 continuity=AS_OF_EVIDENCE");
    // up to the date of the evidence both readings agree
    assertThat(code(asOf, EVIDENCE).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void aRecordedJoiningIsTheChangeThatEndsThePresumption() {
    CommitmentRegistry joined = REGISTRY.withAdherence(org.r2p.core.Adherence.builder()
        .state(MemberStates.RUSSIAN_FEDERATION).instrument(Instrument.ACT_CODE_OF_CONDUCT)
        .from(EVIDENCE.plusMonths(3)).precision(org.r2p.core.DatePrecision.NOT_LATER_THAN).source("a later list").build());
    R2pRules rules = RULES.withRegistry(joined);
    // joined at some time before the later list: between the two dates, nothing is presumed
    Finding between = code(rules, EVIDENCE.plusMonths(1));
    assertThat(between.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(committed(between).detail()).doesNotContain("presumed");
    assertThat(joined.presumedNonAdherence(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT,
        EVIDENCE.plusMonths(1))).isEmpty();
  }
}
