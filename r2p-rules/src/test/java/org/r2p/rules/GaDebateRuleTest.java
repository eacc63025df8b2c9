package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.ProposalKind;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

final class GaDebateRuleTest {
  static VoteRecord vetoed(String date) {
    return CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft().withDate(LocalDate.parse(date)),
        VotePosition.YES, 12).withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO);
  }

  static java.util.Optional<GaDebate> debate(R2pRules rules, VoteRecord r) {
    return rules.review(r).gaDebate();
  }

  @Test
  void tenWorkingDays_weekendsSkipped() {
    // Thursday 26 May 2022 (S/2022/431): ten working days later is Thursday 9 June; the
    // Assembly met on 8 June (sourced/ga_debates.csv), within the deadline.
    VoteRecord r = vetoed("2022-05-26").withGaEmergencySpecialSession(false);
    GaDebate d = debate(CommitmentRulesTest.RULES, r).orElseThrow();
    assertThat(d.deadline()).isEqualTo(LocalDate.of(2022, 6, 9));
    assertThat(d.emergencySession()).isEqualTo(Ternary.FALSE);
    assertThat(d.meetingRequired()).isEqualTo(Ternary.TRUE);
    assertThat(d.holidaysAssumed()).isEmpty();
    assertThat(d.vetoingMembers()).containsExactly(MemberStates.RUSSIAN_FEDERATION);
    assertThat(d.explanation().paragraph()).contains("A/RES/76/262 OP1").contains("MEETING REQUIRED BY 2022-06-09");
  }

  @Test
  void carveOutNotSupplied_isUnknownNeverFalse() {
    GaDebate d = debate(CommitmentRulesTest.RULES, vetoed("2022-05-26")).orElseThrow();
    assertThat(d.emergencySession()).isEqualTo(Ternary.UNKNOWN);
    assertThat(d.meetingRequired()).isEqualTo(Ternary.UNKNOWN);
    assertThat(d.deadline()).isEqualTo(LocalDate.of(2022, 6, 9));
    assertThat(d.explanation().paragraph()).contains("UNLESS AN EMERGENCY SPECIAL SESSION MET")
        .contains("is not known");
  }

  @Test
  void namedHolidays_skippedAndReported() {
    // Friday 22 March 2024 (S/2024/239): Good Friday, 29 March, is an official holiday at
    // Headquarters; without it the tenth working day is 5 April, with it 8 April, the day the
    // Assembly met (sourced/ga_debates.csv).
    org.r2p.core.Holiday goodFriday = new org.r2p.core.Holiday(LocalDate.of(2024, 3, 29), "Good Friday",
        org.r2p.core.Confidence.MEDIUM, "two secondary 2024 lists", "");
    HolidayCalendar hq = WorkingDayCalendar.unHeadquarters(List.of(goodFriday));
    R2pRules rules = R2pRules.builder().registry(CommitmentRulesTest.REGISTRY).calendar(hq).build();
    GaDebate d = debate(rules, vetoed("2024-03-22")).orElseThrow();
    assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 4, 8));
    assertThat(d.holidaysAssumed()).containsExactly(goodFriday);
    assertThat(d.explanation().facts()).anyMatch(f -> f.contains("2024-03-29 Good Friday (MEDIUM)"));
    assertThat(debate(R2pRules.builder().registry(CommitmentRulesTest.REGISTRY).calendar(hq.without(goodFriday.date()))
        .build(), vetoed("2024-03-22")).orElseThrow().deadline()).isEqualTo(LocalDate.of(2024, 4, 5));
    // replacing a holiday keeps one per day; two on a day are refused
    assertThat(hq.with(new org.r2p.core.Holiday(goodFriday.date(), "Good Friday", org.r2p.core.Confidence.HIGH,
        "ST/IC list", "")).holidays()).singleElement().satisfies(h -> assertThat(h.source()).isEqualTo("ST/IC list"));
    assertThatThrownBy(() -> WorkingDayCalendar.unHeadquarters(List.of(goodFriday, goodFriday)))
        .hasMessage("two holidays on 2024-03-29: Good Friday and Good Friday");
    // a weekend holiday is no extra day off
    assertThat(hq.with(new org.r2p.core.Holiday(LocalDate.of(2024, 3, 30), "Saturday", org.r2p.core.Confidence.LOW,
        "s", "")).holidaysBetween(LocalDate.of(2024, 3, 23), LocalDate.of(2024, 4, 8))).containsExactly(goodFriday);
  }

  @Test
  void holidaysSkipped() {
    R2pRules rules = R2pRules.builder().registry(CommitmentRulesTest.REGISTRY)
        .calendar(WorkingDayCalendar.weekendsAnd(List.of(LocalDate.of(2022, 5, 30)))).build();
    assertThat(debate(rules, vetoed("2022-05-26")).orElseThrow().deadline()).isEqualTo(LocalDate.of(2022, 6, 10));
  }

  @Test
  void beforeTheResolution_none() {
    assertThat(debate(CommitmentRulesTest.RULES, vetoed("2022-04-25"))).isEmpty();
    assertThat(debate(CommitmentRulesTest.RULES, vetoed("2022-04-26"))).isPresent();
  }

  @Test
  void emergencySpecialSession_carveOut() {
    R2pRules rules = R2pRules.builder().emergencySession(r -> true).build();
    GaDebate d = debate(rules, vetoed("2023-10-18")).orElseThrow();
    assertThat(d.meetingRequired()).isEqualTo(Ternary.FALSE);
    // the record's own answer is used when the caller supplies none
    GaDebate fromRecord = debate(CommitmentRulesTest.RULES, vetoed("2023-10-18").withGaEmergencySpecialSession(true))
        .orElseThrow();
    assertThat(fromRecord.emergencySession()).isEqualTo(Ternary.TRUE);
    assertThat(fromRecord.explanation().outcome()).isEqualTo("NO SEPARATE MEETING REQUIRED");
  }

  @Test
  void amendmentVeto_q13() {
    VoteRecord r = vetoed("2023-12-22");
    VoteRecord amendment = r.withProposal(r.proposal().withKind(ProposalKind.AMENDMENT));
    assertThat(debate(CommitmentRulesTest.RULES, amendment)).isPresent();
    assertThat(debate(CommitmentRulesTest.RULES.withInterpretation(Interpretation.defaults()
        .withAmendmentVetoTriggersDebate(false)), amendment)).isEmpty();
  }

  @Test
  void noVeto_none() {
    VoteRecord r = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft().withDate(LocalDate.of(2023, 1, 5)),
        VotePosition.YES, 12);
    assertThat(debate(CommitmentRulesTest.RULES, r)).isEmpty();
  }

  @Test
  void calendar_errors() {
    assertThatThrownBy(() -> WorkingDayCalendar.weekendsOnly().plusWorkingDays(LocalDate.of(2022, 1, 1), -1))
        .hasMessage("working days must be at least 0: -1");
    assertThatThrownBy(() -> ((WorkingDayCalendar) d -> false).plusWorkingDays(LocalDate.of(2022, 1, 1), 1))
        .hasMessage("calendar has no working day within ten years of 2022-01-01");
  }
}
