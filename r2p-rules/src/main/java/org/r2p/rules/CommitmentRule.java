package org.r2p.rules;

import org.r2p.core.Instrument;

/**
 * A check of one state's vote against one commitment. Implementations are stateless and
 * thread-safe, and return a finding for every input: a breach is a verdict, never an
 * exception.
 */
public interface CommitmentRule {
  /**
   * The instrument this rule applies.
   *
   * @return the instrument
   */
  Instrument instrument();

  /**
   * Checks a vote.
   *
   * @param context the vote and everything around it
   * @return the finding
   */
  Finding check(VoteContext context);

  /**
   * The verdict alone, with no explanation built: what screenings and what-if runs ask.
   *
   * @param context the vote and everything around it
   * @return the verdict {@link #check} would give
   */
  default Verdict verdict(VoteContext context) {
    return check(context).verdict();
  }
}
