package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;

/** {@link R2pDatasets#rules()}: the one call that sets up the rules over the bundled data. */
final class DatasetRulesTest {
  final R2pDatasets data = R2pDatasets.load();

  @Test
  void theRulesReadTheDatasetsOwnHistoryAndRegistryUnderTheDefaults() {
    R2pRules rules = data.rules();
    assertThat(rules.councilHistory()).isSameAs(data.councilHistory());
    assertThat(rules.registry()).isSameAs(data.commitments());
    assertThat(rules.interpretation()).isEqualTo(Interpretation.defaults());
  }

  @Test
  void oneInstanceSharedByEveryCaller() {
    assertThat(data.rules()).isSameAs(data.rules());
    assertThat(R2pDatasets.bundled().rules()).isSameAs(R2pDatasets.bundled().rules());
  }

  @Test
  void theyDecideAndReviewAsRulesBuiltByHand() {
    R2pRules byHand = R2pRules.builder().councilHistory(data.councilHistory()).registry(data.commitments()).build();
    for (VoteRecord r : data.vetoes()) {
      assertThat(data.rules().decide(r).outcome()).as(r.proposal().label()).isEqualTo(byHand.decide(r).outcome());
      assertThat(data.rules().verdicts(r)).as(r.proposal().label()).isEqualTo(byHand.verdicts(r));
    }
  }

  @Test
  void anotherReadingIsACopyLeavingTheSharedRulesAlone() {
    Interpretation spirit = Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT);
    R2pRules copy = data.rules().withInterpretation(spirit);
    assertThat(copy.interpretation()).isEqualTo(spirit);
    assertThat(copy.registry()).isSameAs(data.commitments());
    assertThat(data.rules().interpretation()).isEqualTo(Interpretation.defaults());
  }
}
