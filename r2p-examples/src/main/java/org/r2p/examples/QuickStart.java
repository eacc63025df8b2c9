package org.r2p.examples;

import java.time.LocalDate;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.R2pRules;

/** The README's quick start: decide the Charter outcome of a vote. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    // quick-start:begin
    R2pDatasets data = R2pDatasets.bundled();
    R2pRules rules = R2pRules.builder().councilHistory(data.councilHistory()).registry(data.commitments()).build();
    LocalDate day = LocalDate.of(2014, 5, 22);
    VoteRecord.Builder vote = VoteRecord.builder().date(day)
        .proposal(Proposal.builder().symbol(DocumentSymbol.parse("S/2014/348")).date(day).subject("Syria: ICC referral").build());
    rules.councilOn(day).members().forEach(m -> vote.addVotes(Vote.of(m, VotePosition.YES)));
    VoteRecord record = vote.build().withVote(MemberStates.CHINA, VotePosition.NO).withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO);
    CharterDecision decision = rules.decide(record);
    System.out.println(decision.outcome() + ": " + decision.explanation().paragraph());
    // quick-start:end
    return decision.outcome() + ": " + decision.explanation().paragraph();
  }

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run();
  }
}
