package org.r2p.rules;

import org.r2p.core.Instrument;

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

  /**
   * The screen of a restraint rule: the instrument in effect, then for each vote the voter's own
   * steps (adherence, membership), CONSISTENT for a vote that cannot breach, {@link #voteStep},
   * and last the steps that depend only on the record, decided once by {@link #restOfWalk}.
   *
   * @param instrument the instrument
   * @param breachable the positions that can breach, one bit per ordinal
   */
  final void screenVotes(RecordFacts f, byte[] out, int offset, int stride, Instrument instrument,
      int breachable) {
    if (!instrument.inEffectOn(f.date)) {
      fill(f, out, offset, stride, NOT_APPLICABLE);
      return;
    }
    byte[] ifBreachable = f.day.heads(instrument, f.fromLaunch, true);
    byte[] ifNot = f.day.heads(instrument, f.fromLaunch, false);
    byte rest = GO_ON;
    for (int i = 0; i < f.size; i++) {
      boolean canBreach = (breachable >>> f.positionOrdinal(i) & 1) != 0;
      byte v = f.ownSteps(i, instrument, canBreach ? ifBreachable : ifNot, canBreach);
      if (v == GO_ON && !canBreach) {
        v = CONSISTENT;
      }
      if (v == GO_ON) {
        v = voteStep(f, i);
      }
      if (v == GO_ON) {
        if (rest == GO_ON) {
          // the same for every vote that gets this far: decided once per record
          rest = (byte) restOfWalk(f.context(i)).ordinal();
        }
        v = rest;
      }
      out[offset + i * stride] = v;
    }
  }

  /**
   * A rule's step on a vote that can breach, after the voter's own steps: GO_ON unless the rule
   * has one.
   *
   * @return a verdict ordinal, or GO_ON
   */
  byte voteStep(RecordFacts f, int i) {
    return GO_ON;
  }

  /**
   * The verdict of the steps that depend only on the record, for a vote that reaches them.
   *
   * @param context that vote
   * @return the verdict
   */
  Verdict restOfWalk(VoteContext context) {
    throw new UnsupportedOperationException("no record-level steps: " + getClass().getSimpleName());
  }

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
