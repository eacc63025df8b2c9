package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.r2p.core.Instrument;
import org.r2p.core.VoteRecord;

/**
 * A review made without its NOT_APPLICABLE findings ({@link R2pRules#review(VoteRecord, boolean)})
 * is the full review with those findings taken out and counted: the same findings otherwise, in
 * the same order, with the same explanations, the same decision, discrepancies and GA debate;
 * whatever the registry, the Council data, the interpretation, the record, and whether a rule
 * is written as steps or asked vote by vote.
 */
final class ReviewWithoutNotApplicableTest {
  /** The ACT Code's rule asked through its context only, as a rule not written as steps is. */
  private static final class NotSteps implements CommitmentRule {
    private final CommitmentRule inner = new CodeOfConductRule();

    @Override
    public Instrument instrument() {
      return inner.instrument();
    }

    @Override
    public Finding check(VoteContext context) {
      return inner.check(context);
    }
  }

  @Test
  void withoutNotApplicableIsTheFullReviewLessThoseFindings_counted() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      R2pRules.Builder b = R2pRules.builder().councilHistory(ScreeningPropertiesTest.history(r))
          .registry(ScreeningPropertiesTest.registry(r)).interpretation(ScreeningPropertiesTest.interpretation(r));
      if (r.nextInt(3) == 0) {
        b.commitmentRules(List.of(new NotSteps(), new FrenchPledgeRule(), new UkPledgeRule()));
      }
      R2pRules rules = b.build();
      VoteRecord record = ScreeningPropertiesTest.record(r);
      Review full = rules.review(record);
      Review engaged = rules.review(record, false);
      List<Finding> applicable = new ArrayList<>();
      for (Finding f : full.findings()) {
        if (f.verdict() != Verdict.NOT_APPLICABLE) {
          applicable.add(f);
        }
      }
      assertThat(engaged.findings()).as("seed %d", seed).isEqualTo(applicable);
      assertThat(engaged.notApplicableOmitted()).isEqualTo(full.findings().size() - applicable.size());
      assertThat(full.notApplicableOmitted()).isZero();
      assertThat(engaged.decision()).isEqualTo(full.decision());
      assertThat(engaged.discrepancies()).isEqualTo(full.discrepancies());
      assertThat(engaged.gaDebate()).isEqualTo(full.gaDebate());
      assertThat(engaged.engaged()).isEqualTo(full.engaged());
      assertThat(engaged.breaches()).isEqualTo(full.breaches());
      assertThat(rules.review(record, true)).isEqualTo(full);
      if (seed % 5 == 0) {
        for (int i = 0; i < applicable.size(); i++) {
          assertThat(engaged.findings().get(i).explain()).isEqualTo(applicable.get(i).explain());
          assertThat(engaged.findings().get(i).explanation()).isEqualTo(applicable.get(i).explanation());
        }
      }
    });
  }

  @Test
  void theRecordsGeneratedEngageSomeCommitmentsAndNotOthers() {
    // the property above proves little unless reviews both keep and leave out findings
    Random r = new Random(7);
    int kept = 0;
    int omitted = 0;
    for (int n = 0; n < 500; n++) {
      R2pRules rules = R2pRules.builder().councilHistory(ScreeningPropertiesTest.history(r))
          .registry(ScreeningPropertiesTest.registry(r)).interpretation(ScreeningPropertiesTest.interpretation(r))
          .build();
      Review review = rules.review(ScreeningPropertiesTest.record(r), false);
      kept += review.findings().size();
      omitted += review.notApplicableOmitted();
    }
    assertThat(kept).isPositive();
    assertThat(omitted).isPositive();
  }
}
