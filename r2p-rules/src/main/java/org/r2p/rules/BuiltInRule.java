package org.r2p.rules;

/**
 * A commitment rule of this package. Besides checking one vote, it can give its verdicts on
 * every vote of a record at once, deciding the steps that depend only on the record (the
 * instrument in effect, the proposal's kind, atrocity aim and credibility) once instead of once
 * per vote, and it can make a finding around a verdict already found. Package-private: the
 * public rules extend it, other rules are asked vote by vote.
 */
abstract class BuiltInRule implements CommitmentRule {
  static final byte NOT_APPLICABLE = (byte) Verdict.NOT_APPLICABLE.ordinal();
  static final byte CONSISTENT = (byte) Verdict.CONSISTENT.ordinal();
  static final byte GO_ON = CouncilDay.GO_ON;

  /** Writes one verdict for every vote. */
  static void fill(RecordFacts facts, byte[] out, int offset, int stride, byte verdict) {
    for (int i = 0; i < facts.size; i++) {
      out[offset + i * stride] = verdict;
    }
  }

  /**
   * Writes the verdict on vote {@code i} of the record to {@code out[offset + i * stride]}, as
   * its ordinal (a byte array takes the verdicts without a reference store per vote). The
   * verdicts equal those of {@link #verdict} vote by vote.
   *
   * @param facts the record
   * @param out where the verdicts go
   * @param offset the index of the first vote's verdict
   * @param stride the distance between two votes' verdicts
   */
  abstract void screen(RecordFacts facts, byte[] out, int offset, int stride);

  /**
   * The finding {@link #check} gives, around a verdict already found by {@link #screen}.
   *
   * @param context the vote
   * @param verdict its verdict under this rule
   * @return the finding, its explanation built on first request
   */
  abstract Finding finding(VoteContext context, Verdict verdict);
}
