package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.whatif.Basis;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * Scenarios over the bundled history, with the changed records listed and checked by hand
 * against DOMAIN.md §7.
 */
final class HistoryWhatIfTest {
  static final R2pDatasets DATA = R2pDatasets.bundled();
  static final R2pRules RULES = R2pRules.builder()
      .councilHistory(DATA.councilHistory()).registry(DATA.commitments()).build();

  static String label(RecordComparison c) {
    return c.record().proposal().label();
  }

  @Test
  void fullCompliance_changesNoVeto() {
    // DOMAIN §7.1 case 14: "no commitment breached". No vetoing member stood committed when it
    // vetoed: France and the UK pledged in 2015 and have not vetoed since 1989; China, Russia
    // and the US are not adherents. Elected signatories' votes cannot undo a veto.
    HistoryRun run = WhatIf.of(RULES).runAll(DATA.vetoes(), Scenario.fullCompliance());
    assertThat(run.comparisons()).hasSize(230);
    assertThat(run.changed()).isEmpty();
    assertThat(run.total().vetoCastsBaseline()).isEqualTo(283);
    assertThat(run.total().vetoCastsScenario()).isEqualTo(283);
    assertThat(run.comparisons().stream().filter(c -> c.basis() == Basis.DECIDED)).hasSize(66);
  }

  @Test
  void permanentRestraintOnAtrocityDraftsSince2007_twoVetoesUndone() {
    HistoryRun run = WhatIf.of(RULES).runAll(DATA.vetoes(),
        Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2007, 1, 1)));
    // Checked by hand against DOMAIN §7: S/2007/14 (row 9, 9-3-3): without the NO of China and
    // Russia, 9 yes and South Africa's ordinary NO: adopted. S/2014/348 (row 14, 13-2-0):
    // adopted. S/2008/447 (row 10) is tagged CONTESTED and the default interpretation does not
    // count it. No other vetoed draft carries an atrocity assessment.
    assertThat(run.changed()).extracting(HistoryWhatIfTest::label).containsExactly("S/2007/14", "S/2014/348");
    for (RecordComparison c : run.changed()) {
      assertThat(c.basis()).isEqualTo(Basis.DECIDED);
      assertThat(c.scenarioOutcome()).isEqualTo(Outcome.ADOPTED);
      assertThat(c.flippedBy()).extracting(x -> x.member())
          .containsExactlyInAnyOrder(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    }
    assertThat(run.byYear().get(2007).outcomesChanged()).isEqualTo(1);
    assertThat(run.byYear().get(2014).outcomesChanged()).isEqualTo(1);
    assertThat(run.byMember().get("RUS").vetoCastsBaseline() - run.byMember().get("RUS").vetoCastsScenario())
        .isEqualTo(2);

    HistoryRun contested = WhatIf.of(RULES.withInterpretation(Interpretation.defaults()
            .withContestedAim(Interpretation.ContestedAim.TREAT_AS_YES)))
        .runAll(DATA.vetoes(), Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2007, 1, 1)));
    // S/2008/447 (row 10, 9-5-1): without China and Russia, 9 yes against Libya, South Africa
    // and Viet Nam: adopted.
    assertThat(contested.changed()).extracting(HistoryWhatIfTest::label)
        .containsExactly("S/2007/14", "S/2008/447", "S/2014/348");
  }

  @Test
  void everyVetoWithdrawn_everyDraftAdopted() {
    // A veto implies the required affirmative votes: if every vetoer abstains, every vetoed
    // draft passes, decided where the votes are known and inferred elsewhere.
    Scenario noVetoes = Scenario.of("no-vetoes", "Every permanent member abstains instead of voting no.",
        (r, v, c) -> v.position() == org.r2p.core.VotePosition.NO && c.council().isPermanent(v.member())
            ? org.r2p.core.VotePosition.ABSTAIN : v.position());
    HistoryRun run = WhatIf.of(RULES).runAll(DATA.vetoes(), noVetoes);
    assertThat(run.changed()).hasSize(230);
    assertThat(run.total().vetoCastsScenario()).isZero();
  }

  @Test
  void deterministicOrder() {
    HistoryRun a = WhatIf.of(RULES).runAll(DATA.vetoes(), Scenario.abstentionsAsNo());
    HistoryRun b = WhatIf.of(RULES).runAll(DATA.vetoes(), Scenario.abstentionsAsNo());
    assertThat(a).isEqualTo(b);
    assertThat(a.byYear().firstKey()).isEqualTo(1946);
    // abstentions as NO changes no outcome among vetoed drafts: they were vetoed already
    assertThat(a.changed()).isEmpty();
    assertThat(a.total().vetoCastsScenario()).isGreaterThan(a.total().vetoCastsBaseline());
  }
}
