package org.r2p.examples;

import java.time.LocalDate;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.R2pRules;
import org.r2p.rules.power.Regime;
import org.r2p.rules.power.VotingPower;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * Runs a scenario over every veto since 1946: had the permanent members refrained from voting
 * against atrocity drafts from 2007, which vetoes would not have happened? Then compares the
 * power of a permanent member with and without the veto.
 */
public final class RunScenario {
  private RunScenario() {}

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    R2pDatasets data = R2pDatasets.bundled();
    R2pRules rules = data.rules();
    HistoryRun run = WhatIf.of(rules).runAll(data.vetoes(),
        Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2007, 1, 1)));
    StringBuilder out = new StringBuilder(run.description()).append('\n');
    for (RecordComparison c : run.changed()) {
      out.append(c.record().proposal().label()).append(": ").append(c.baselineOutcome()).append(" -> ")
          .append(c.scenarioOutcome()).append(", flipped by ").append(c.flippedBy()).append('\n');
    }
    LocalDate day = LocalDate.of(2024, 1, 1);
    out.append("Shapley-Shubik of France: ")
        .append(VotingPower.on(day, data.councilHistory(), Regime.CHARTER).powers().get(1).shapleyShubik())
        .append(" with the veto, ")
        .append(VotingPower.on(day, data.councilHistory(), Regime.NO_VETO).powers().get(1).shapleyShubik())
        .append(" without\n");
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
