package org.r2p.examples;

import java.time.LocalDate;
import java.util.List;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.VotePosition;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Finding;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;

/**
 * Checks a hypothetical vote against every commitment: would a NO by Uruguay (an ACT Code
 * supporter, on the Council in 2017) on a credible draft to end war crimes breach the Code? And
 * would an abstention, under the letter and under the spirit (where it is flagged against para 1,
 * not a breach of para 2)?
 */
public final class CheckHypotheticalVote {
  private CheckHypotheticalVote() {}

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    R2pRules rules = R2pDatasets.bundled().rules();
    LocalDate day = LocalDate.of(2017, 4, 12);
    Proposal draft = Proposal.builder()
        .date(day)
        .subject("Hypothetical: ending war crimes against civilians")
        .atrocityAim(AtrocityAim.builder().assessment(Assessment.YES).addCrimes(AtrocityCrime.WAR_CRIMES)
            .assertedBy("the user").build())
        .credible(Assessment.YES)
        .credibleAssertedBy("Uruguay") // Q2 by default: only the voter's own assessment counts
        .build();
    MemberState uruguay = MemberStates.byCode("URY").orElseThrow();
    StringBuilder out = new StringBuilder();
    for (Finding f : rules.check(uruguay, VotePosition.NO, draft, day)) {
      out.append(f.instrument().shortName()).append(": ").append(f.verdict()).append('\n');
    }
    Finding letter = rules.check(uruguay, VotePosition.ABSTAIN, draft, day).get(0);
    List<Finding> spirit = rules.withInterpretation(Interpretation.defaults()
        .withAbstention(Interpretation.AbstentionReading.SPIRIT)).check(uruguay, VotePosition.ABSTAIN, draft, day);
    out.append("Abstention, letter: ").append(letter.verdict()).append('\n');
    out.append("Abstention, spirit: ").append(spirit.get(0).verdict())
        .append(spirit.get(0).flags().isEmpty() ? "" : ", flagged against para 1").append('\n');
    out.append(rules.check(uruguay, VotePosition.NO, draft, day).get(0).explain()).append('\n');
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
