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
  void gaDeadlinesCountTheBundledHeadquartersHolidaysAndTheEmergencySessions() {
    // S/2024/239, vetoed on Friday 22 March 2024: Good Friday (29 March) is a UN Headquarters
    // holiday in the bundled list, so the tenth working day is 8 April, not 5 April
    VoteRecord v223 = data.vetoes().stream().filter(r -> r.id().orElse("").equals("V223")).findFirst().orElseThrow();
    var debate = data.rules().review(v223).gaDebate().orElseThrow();
    assertThat(debate.deadline()).isEqualTo(java.time.LocalDate.of(2024, 4, 8));
    assertThat(debate.holidaysAssumed()).extracting(h -> h.date().toString()).containsExactly("2024-03-29");
    // S/2023/773 was followed by an emergency special session (ga_debates.csv): no separate meeting due
    VoteRecord v218 = data.vetoes().stream().filter(r -> r.id().orElse("").equals("V218")).findFirst().orElseThrow();
    assertThat(data.rules().review(v218).gaDebate().orElseThrow().meetingRequired())
        .isEqualTo(org.r2p.rules.Ternary.FALSE);
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
