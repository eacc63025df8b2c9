package org.r2p.examples;

import java.time.LocalDate;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * What if Russia had joined the ACT Code on the day of its launch, 23 October 2015, and kept
 * it? On the bundled data: the Russian vetoes of drafts that named sources assessed as aimed at
 * ending atrocity crimes characterised before the vote fall away. A draft counts as "credible"
 * here when it obtained the required affirmative votes (Q2 MAJORITY_SUPPORT): under the
 * default, each signatory judges credibility for itself, which the data cannot show, and the
 * verdicts stay INDETERMINATE.
 */
public final class WhatIfRussiaJoinedTheCode {
  private WhatIfRussiaJoinedTheCode() {}

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    R2pDatasets data = R2pDatasets.bundled();
    // readme:russia-joins:begin
    R2pRules rules = R2pRules.builder().councilHistory(data.councilHistory()).registry(data.commitments())
        .interpretation(Interpretation.defaults().withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT)).build();
    HistoryRun run = WhatIf.of(rules).runAll(data.vetoes(),
        Scenario.adheres(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2015, 10, 23)));
    run.changed().forEach(c -> System.out.println(c.record().proposal().label() + " " + c.flippedBy()));
    // S/2016/846 [RUS NO->ABSTAIN]
    // S/2024/826 [RUS NO->ABSTAIN]
    // readme:russia-joins:end
    StringBuilder out = new StringBuilder(run.description()).append('\n')
        .append(run.changed().size()).append(" vetoed drafts would have been adopted:\n");
    for (RecordComparison c : run.changed()) {
      out.append(c.record().date()).append(' ').append(c.record().proposal().label()).append(": ")
          .append(c.baselineOutcome()).append(" -> ").append(c.scenarioOutcome()).append(", flipped by ")
          .append(c.flippedBy()).append("; aim asserted by ")
          .append(c.record().proposal().atrocityAim().map(a -> a.assertedBy()).orElse("nobody")).append('\n');
    }
    return out.toString();
  }

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
