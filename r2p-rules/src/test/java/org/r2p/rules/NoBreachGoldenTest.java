package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;

/**
 * Golden cases of the verdict table (FINDINGS §1): a vote that cannot breach a commitment is a
 * definite no, NO_BREACH, whatever is open about whether the commitment applies.
 *
 * <p>The ACT Code, para 2: signatories pledge "not to vote against a credible draft resolution
 * before the Security Council on timely and decisive action to end the commission of genocide,
 * crimes against humanity or war crimes, or to prevent such crimes". Only a NO is forbidden.
 */
final class NoBreachGoldenTest {
  static final R2pRules RULES = CommitmentRulesTest.RULES;

  /** A draft whose aim nobody assessed. */
  static Proposal unknownAim() {
    return CommitmentRulesTest.atrocityDraft(AtrocityCrime.WAR_CRIMES).withAtrocityAim(java.util.Optional.empty());
  }

  @Test
  @DisplayName("a YES and an abstention by a state of unknown Code status on a draft of unknown aim: NO_BREACH")
  void yesAndAbstention_unknownStatus_unknownAim() {
    for (VotePosition p : List.of(VotePosition.YES, VotePosition.ABSTAIN)) {
      Finding f = RULES.check(CommitmentRulesTest.BOLIVIA, p, unknownAim(), CommitmentRulesTest.D).get(0);
      assertThat(f.rule()).isEqualTo("act-code.para-2");
      assertThat(f.verdict()).as(f.explain()).isEqualTo(Verdict.NO_BREACH);
      assertThat(f.applies()).isEqualTo(Ternary.UNKNOWN);
      assertThat(f.breach()).isEqualTo(Ternary.FALSE);
      // the open facts are named, as not deciding it
      assertThat(f.explanation().reason()).isEqualTo("the vote was not a vote against, so the vote cannot breach the"
          + " commitment whether or not it applies; open, and not deciding it: whether the state was committed on the"
          + " vote date; whether the proposal aimed to prevent or end atrocity crimes in the commitment's scope;"
          + " whether the draft was credible");
      assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("voted-against");
    }
    // a NO by the same state on the same draft could breach: INDETERMINATE, each unknown named
    Finding no = RULES.check(CommitmentRulesTest.BOLIVIA, VotePosition.NO, unknownAim(), CommitmentRulesTest.D).get(0);
    assertThat(no.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(no.breach()).isEqualTo(Ternary.UNKNOWN);
  }

  @Test
  @DisplayName("France votes YES and no assessment is supplied: NO_BREACH of the French pledge, not INDETERMINATE")
  void franceVotesYes_noAssessment() {
    // Hollande, UN General Assembly, 28 September 2015: "France will never use its right of veto
    // where there have been mass atrocities"; a YES is no veto
    Finding f = RULES.check(MemberStates.FRANCE, VotePosition.YES, unknownAim(), CommitmentRulesTest.D).get(1);
    assertThat(f.rule()).isEqualTo("french-pledge");
    assertThat(f.verdict()).as(f.explain()).isEqualTo(Verdict.NO_BREACH);
  }

  @Test
  @DisplayName("the NO_BREACH explanation of docs/rules.md")
  void theReadmesExplanation() {
    Finding f = RULES.check(CommitmentRulesTest.BOLIVIA, VotePosition.YES,
        CommitmentRulesTest.atrocityDraft(AtrocityCrime.WAR_CRIMES), CommitmentRulesTest.D).get(0);
    assertThat(f.explain()).isEqualTo("Bolivia would vote in favour of S/2017/315 on 2017-04-12. This vote is"
        + " hypothetical: it was not cast in a recorded vote. ACT Code of Conduct para 2: signatories pledge not to"
        + " vote against \"a credible draft resolution\" on timely and decisive action \"to end the commission of"
        + " genocide, crimes against humanity or war crimes, or to prevent such crimes\": ending or preventing, the"
        + " three crimes only (ethnic cleansing only where it amounts to one of them). Outcome: NO BREACH (the vote was not a vote against, so the vote cannot"
        + " breach the commitment whether or not it applies; open, and not deciding it: whether the state was"
        + " committed on the vote date; whether the draft was credible: YES is not a vote against).");
  }
}
