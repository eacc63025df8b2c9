package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/** The verdict-only fast path and the lazy explanations agree with the full review. */
final class FastPathPropertiesTest {
  static final CommitmentRegistry REGISTRY = CommitmentRegistry.builder()
      .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
          .from(LocalDate.of(2015, 9, 28)).source("t").build())
      .add(Adherence.builder().state(MemberStates.UNITED_KINGDOM).instrument(Instrument.UK_PLEDGE)
          .from(LocalDate.of(2015, 10, 1)).source("t").build())
      .add(Adherence.builder().state(MemberStates.byCode("URY").orElseThrow()).instrument(Instrument.ACT_CODE_OF_CONDUCT)
          .from(LocalDate.of(2015, 9, 1)).source("t").build())
      .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
      .build();

  static final List<Interpretation> INTERPRETATIONS = List.of(Interpretation.defaults(),
      Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT)
          .withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT),
      Interpretation.defaults().withContestedAim(Interpretation.ContestedAim.TREAT_AS_YES)
          .withNoOnFailedDraftBreaches(true).withPositivePledge(Interpretation.PositivePledge.EXPECT_YES));

  @Test
  void verdictsEqualTheReviewsVerdicts_andEveryExplanationBuilds() {
    VoteRecord base = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE),
        VotePosition.YES, 12);
    List<MemberState> voters = base.votes().stream().map(v -> v.member()).collect(Collectors.toList());
    qt().forAll(lists().of(integers().between(0, 4)).ofSize(15), integers().between(0, 2), integers().between(0, 3),
            integers().between(0, 3000))
        .checkAssert((pos, interp, aim, day) -> {
          LocalDate date = LocalDate.of(2014, 1, 1).plusDays(day);
          VoteRecord r = base.withDate(date).withProposal(base.proposal().withDate(date)
              .withAtrocityAim(AtrocityAim.builder().assessment(Assessment.values()[aim % 3])
                  .crimes(aim % 3 == 1 ? List.of() : List.of(AtrocityCrime.WAR_CRIMES)).largeScale(aim == 3)
                  .assertedBy("t").build()));
          for (int k = 0; k < 15; k++) {
            r = r.withVote(voters.get(k), VotePosition.values()[pos.get(k)]);
          }
          R2pRules rules = R2pRules.builder().registry(REGISTRY).interpretation(INTERPRETATIONS.get(interp)).build();
          Review review = rules.review(r);
          assertThat(rules.verdicts(r)).isEqualTo(review.findings().stream().map(Finding::verdict).toList());
          for (Finding f : review.findings()) {
            assertThat(f.explain()).contains("Outcome: " + f.verdict().name().replace('_', ' '));
            assertThat(f.explanation()).isSameAs(f.explanation());
          }
          assertThat(review.decision().explanation().paragraph()).contains(r.proposal().label());
        });
  }
}
