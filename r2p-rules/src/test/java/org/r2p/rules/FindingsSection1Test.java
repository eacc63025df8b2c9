package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Classification;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * FINDINGS §1, the examples it gives: a definite FALSE wins over an UNKNOWN. A state of unknown
 * Code status (missing from a partial list) voting NO is NOT_APPLICABLE on a draft assessed as
 * not aimed at atrocity crimes, on a procedural motion, and on a draft that failed for want of
 * votes where Q6 says such a NO cannot breach; only with nothing FALSE is it INDETERMINATE, and
 * then the explanation names the unknown.
 */
final class FindingsSection1Test {
  static final MemberState BOLIVIA = CommitmentRulesTest.BOLIVIA;
  static final R2pRules RULES = R2pRules.builder().councilHistory(CommitmentRulesTest.HISTORY)
      .registry(CommitmentRegistry.builder().completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL).build())
      .interpretation(Interpretation.defaults().withCredibility(Interpretation.CredibilityTest.USER_SUPPLIED))
      .build();

  static Finding code(Proposal p) {
    return RULES.check(BOLIVIA, VotePosition.NO, p, p.date()).get(0);
  }

  static void notApplicableDespiteTheUnknown(Finding f, String deciding) {
    assertThat(f.verdict()).as(f.explain()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(f.explanation().conditions()).filteredOn(c -> c.name().equals("adherent-on-vote-date"))
        .singleElement().satisfies(c -> assertThat(c.result()).isEqualTo(Ternary.UNKNOWN));
    assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly(deciding);
  }

  @Test
  @DisplayName("a NO on a draft assessed as not aimed at atrocity crimes")
  void notAnAtrocityDraft() {
    Proposal p = CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE).withAtrocityAim(AtrocityAim.builder()
        .assessment(Assessment.NO).assertedBy("a named source").build());
    notApplicableDespiteTheUnknown(code(p), "aims-at-atrocity-crimes");
  }

  @Test
  @DisplayName("a NO on a procedural motion")
  void proceduralMotion() {
    Proposal p = CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE).withKind(ProposalKind.PROCEDURAL_MOTION)
        .withClassification(Classification.PROCEDURAL);
    notApplicableDespiteTheUnknown(code(p), "proposal-kind-covered");
  }

  @Test
  @DisplayName("a NO on a draft that failed for want of votes (Q6)")
  void failedAnyway() {
    VoteRecord base = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE),
        VotePosition.NO, 5);
    VoteRecord r = base.withVotes(base.votes().stream()
        .map(v -> v.member().equals(CommitmentRulesTest.URUGUAY) ? Vote.of(BOLIVIA, v.position()) : v).toList());
    List<Finding> f = RULES.check(r, BOLIVIA);
    notApplicableDespiteTheUnknown(f.get(0), "credible-draft");
  }

  @Test
  @DisplayName("nothing FALSE: INDETERMINATE, naming exactly the unknown")
  void onlyTheUnknown() {
    Finding f = code(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE));
    assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("adherent-on-vote-date");
    assertThat(f.explain()).contains("not known: whether the state was committed on the vote date")
        .contains("BOL is not listed for ACT Code of Conduct, whose list of adherents is incomplete");
  }
}
