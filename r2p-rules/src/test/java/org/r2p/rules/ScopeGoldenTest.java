package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * Golden cases of each instrument's own scope (FINDINGS §3), one per scope question, each
 * instrument quoted in its own words:
 *
 * <ul>
 *   <li>the ACT Code, para 2: not to vote against "a credible draft resolution ... to end the
 *       commission of genocide, crimes against humanity or war crimes, or to prevent such
 *       crimes";
 *   <li>France (President Hollande, UN General Assembly, 28 September 2015): "France will never
 *       use its right of veto where there have been mass atrocities";
 *   <li>the United Kingdom (Ambassador Rycroft, 1 October 2015): the UK "will never vote against
 *       credible Security Council action to stop mass atrocities and crimes against humanity".
 * </ul>
 */
final class ScopeGoldenTest {
  static final R2pRules RULES = CommitmentRulesTest.RULES;
  static final MemberState URUGUAY = CommitmentRulesTest.URUGUAY;

  /** A draft aimed at these crimes, committed or only risked, credible in every voter's own view. */
  static Proposal draft(List<AtrocityCrime> committed, List<AtrocityCrime> risked) {
    return CommitmentRulesTest.atrocityDraft().withAtrocityAim(AtrocityAim.builder().assessment(Assessment.YES)
        .crimes(committed).risked(risked).assertedBy("a named source").build())
        .withSponsors(URUGUAY, MemberStates.FRANCE, MemberStates.UNITED_KINGDOM);
  }

  /** A record of the draft in which {@code state} votes NO and twelve others YES: a veto by a permanent member. */
  static VoteRecord noWithTwelveYes(Proposal p, MemberState state) {
    return CommitmentRulesTest.record(p, VotePosition.YES, 12).withVote(state, VotePosition.NO);
  }

  static Finding finding(R2pRules rules, VoteRecord r, MemberState state, String rule) {
    return rules.check(r, state).stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a prevention-only draft: within the Code (\"or to prevent such crimes\"), outside France's and the UK's")
  void preventionOnlyDraft() {
    Proposal p = draft(List.of(), List.of(AtrocityCrime.GENOCIDE));
    // the Code: "to end the commission of ... or to prevent such crimes"
    Finding code = finding(RULES, noWithTwelveYes(p, URUGUAY), URUGUAY, "act-code.para-2");
    assertThat(code.verdict()).as(code.explain()).isEqualTo(Verdict.BREACH);
    // France: "where there have been mass atrocities": nothing committed yet
    VoteRecord vetoed = noWithTwelveYes(p, MemberStates.FRANCE);
    assertThat(RULES.decide(vetoed).outcome()).isEqualTo(Outcome.FAILED_VETO);
    Finding france = finding(RULES, vetoed, MemberStates.FRANCE, "french-pledge");
    assertThat(france.verdict()).as(france.explain()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(france.explanation().deciding()).extracting(Condition::name).containsExactly("aims-at-atrocity-crimes");
    assertThat(france.explanation().deciding().get(0).detail())
        .endsWith("only a risk of [genocide], nothing committed yet: French pledge covers crimes committed or under"
            + " way, not prevention alone");
    // the UK: action "to stop mass atrocities": nothing committed yet
    Finding uk = finding(RULES, noWithTwelveYes(p, MemberStates.UNITED_KINGDOM), MemberStates.UNITED_KINGDOM, "uk-pledge");
    assertThat(uk.verdict()).as(uk.explain()).isEqualTo(Verdict.NOT_APPLICABLE);
    // once the crimes have been committed, all three apply
    Proposal committed = draft(List.of(AtrocityCrime.GENOCIDE), List.of());
    assertThat(finding(RULES, noWithTwelveYes(committed, MemberStates.FRANCE), MemberStates.FRANCE, "french-pledge")
        .verdict()).isEqualTo(Verdict.BREACH);
    assertThat(finding(RULES, noWithTwelveYes(committed, MemberStates.UNITED_KINGDOM), MemberStates.UNITED_KINGDOM,
        "uk-pledge").verdict()).isEqualTo(Verdict.BREACH);
  }

  @Test
  @DisplayName("a draft against ethnic cleansing: within the UK's \"mass atrocities\", outside the Code's closed list")
  void draftAgainstEthnicCleansing() {
    Proposal p = draft(List.of(AtrocityCrime.ETHNIC_CLEANSING), List.of());
    // the UK: "mass atrocities and crimes against humanity": ethnic cleansing is within "mass atrocities"
    Finding uk = finding(RULES, noWithTwelveYes(p, MemberStates.UNITED_KINGDOM), MemberStates.UNITED_KINGDOM, "uk-pledge");
    assertThat(uk.verdict()).as(uk.explain()).isEqualTo(Verdict.BREACH);
    assertThat(uk.explanation().provision()).contains("\"will never vote against credible Security Council action to stop"
        + " mass atrocities and crimes against humanity\" (Ambassador Rycroft, 1 October 2015)");
    // the Code: "genocide, crimes against humanity or war crimes", a closed list, unless Q8 widens it
    Finding code = finding(RULES, noWithTwelveYes(p, URUGUAY), URUGUAY, "act-code.para-2");
    assertThat(code.verdict()).as(code.explain()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(finding(RULES.withInterpretation(Interpretation.defaults().withCrimeList(Interpretation.CrimeList.R2P)),
        noWithTwelveYes(p, URUGUAY), URUGUAY, "act-code.para-2").verdict()).isEqualTo(Verdict.BREACH);
  }

  @Test
  @DisplayName("a French NO that is no veto, with and without Q6: never a breach of the pledge")
  void frenchNoThatIsNoVeto() {
    // "France will never use its right of veto where there have been mass atrocities": a NO on a
    // draft that failed for want of votes is no veto
    Proposal p = draft(List.of(AtrocityCrime.GENOCIDE), List.of());
    VoteRecord failed = CommitmentRulesTest.record(p, VotePosition.YES, 4).withVote(MemberStates.FRANCE, VotePosition.NO);
    assertThat(RULES.decide(failed).outcome()).isEqualTo(Outcome.FAILED_INSUFFICIENT_VOTES);
    R2pRules q6 = RULES.withInterpretation(Interpretation.defaults().withNoOnFailedDraftBreaches(true));
    for (R2pRules rules : List.of(RULES, q6)) {
      Finding f = finding(rules, failed, MemberStates.FRANCE, "french-pledge");
      assertThat(f.verdict()).as(f.explain()).isEqualTo(Verdict.CONSISTENT);
      assertThat(f.explain()).doesNotContain("France used its veto")
          .contains("the negative vote was not a veto (FAILED_INSUFFICIENT_VOTES); only a veto can breach the pledge,"
              + " whatever Q6 says");
    }
    // the Code forbids a NO: Q6 decides whether a NO on a draft that failed anyway breaches it
    assertThat(finding(RULES, failed, MemberStates.FRANCE, "act-code.para-2").verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(finding(q6, failed, MemberStates.FRANCE, "act-code.para-2").verdict()).isEqualTo(Verdict.BREACH);
    // with the aim unknown, the French NO that is no veto is still a definite no
    Proposal unknown = p.withAtrocityAim(java.util.Optional.empty());
    VoteRecord failedUnknown = CommitmentRulesTest.record(unknown, VotePosition.YES, 4)
        .withVote(MemberStates.FRANCE, VotePosition.NO);
    for (R2pRules rules : List.of(RULES, q6)) {
      assertThat(finding(rules, failedUnknown, MemberStates.FRANCE, "french-pledge").verdict())
          .isEqualTo(Verdict.NO_BREACH);
    }
  }

  @Test
  @DisplayName("the France-Mexico declaration binds no vote: NOT_APPLICABLE, saying so")
  void franceMexicoDeclaration() {
    Proposal p = draft(List.of(AtrocityCrime.GENOCIDE), List.of());
    Finding f = finding(RULES, noWithTwelveYes(p, MemberStates.FRANCE), MemberStates.FRANCE, "france-mexico-declaration");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(f.explanation().reason()).isEqualTo("the declaration binds no signatory's own votes");
  }
}
