package org.r2p.rules;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * What the commitment rules need to know about one whole record, found once: each voter's
 * position and place on the Council, and what the outcome turns on; with them, each voter's
 * standing (from the date's {@link CouncilDay}) and whether its vote was a veto.
 * The rules that can screen a whole record ({@link BuiltInRule}) read these arrays instead
 * of walking their conditions vote by vote. Package-private; one per screened record.
 */
final class RecordFacts {
  private static final VotePosition[] POSITIONS = VotePosition.values();

  final VoteRecord record;
  final LocalDate date;
  final CouncilDay day;
  final Council council;
  final CommitmentRegistry registry;
  final Interpretation interpretation;
  final int size;

  private final List<Vote> votes;
  /** Each vote's position, as its ordinal. */
  private final byte[] positions;
  /** Each voter's {@link Council#indexOf}: -1 for a voter not on the Council. */
  final int[] places;
  final boolean electedSeatsKnown;
  /** Q12: adherences of uncertain date counted from the instrument's launch. */
  final boolean fromLaunch;
  /** What the outcome turns on. */
  final Article27.Count count;
  /** The full decision, made on first request: a screening rarely needs it. */
  private volatile @Nullable CharterDecision decision;

  RecordFacts(VoteRecord record, CouncilDay day, CommitmentRegistry registry, Interpretation interpretation) {
    this.record = record;
    this.date = record.date();
    this.day = day;
    this.council = day.council;
    this.registry = registry;
    this.interpretation = interpretation;
    this.votes = record.votes();
    this.size = votes.size();
    this.positions = new byte[size];
    this.places = new int[size];
    this.electedSeatsKnown = council.electedSeatsKnown();
    this.fromLaunch = Checklist.fromLaunch(interpretation);
    for (int i = 0; i < size; i++) {
      Vote v = votes.get(i);
      positions[i] = (byte) v.position().ordinal();
      places[i] = council.indexOf(v.member());
    }
    this.count = Article27.count(council, interpretation, Article27.classification(record), positions, places);
  }

  /** {@return the Charter decision, built on first request} */
  CharterDecision decision() {
    CharterDecision d = decision;
    if (d == null) {
      // racing threads build equal values; either may be kept
      d = Article27.decide(record, council, interpretation, places);
      decision = d;
    }
    return d;
  }

  /** {@return the state casting vote {@code i}} */
  MemberState state(int i) {
    return votes.get(i).member();
  }

  /** {@return the position of vote {@code i}} */
  VotePosition position(int i) {
    return POSITIONS[positions[i]];
  }

  /** {@return whether vote {@code i} was a veto: a permanent member's NO on a vetoed draft} */
  boolean veto(int i) {
    return count.outcome() == Outcome.FAILED_VETO
        && Article27.permanentNo(position(i), places[i], council.permanentCount());
  }

  /**
   * The verdict ordinal of vote {@code i}'s own steps under an instrument, adherence then
   * membership, or {@link CouncilDay#GO_ON}.
   *
   * @param i the vote's index
   * @param instrument the instrument
   * @param heads {@link CouncilDay#heads} for the instrument, this interpretation and this vote
   * @param canBreach whether the vote can breach the commitment
   * @return the ordinal, or GO_ON
   */
  byte ownSteps(int i, Instrument instrument, byte[] heads, boolean canBreach) {
    int p = places[i];
    if (p >= 0) {
      return heads[p];
    }
    // a voter the Council data does not list: asked of the registry directly
    Verdict v = Checklist.adherenceStep(registry.standingOn(state(i), date), instrument, interpretation, canBreach);
    if (v == null) {
      v = Checklist.memberStep(false, electedSeatsKnown);
    }
    return v == null ? CouncilDay.GO_ON : (byte) v.ordinal();
  }

  /** {@return the ordinal of vote {@code i}'s position} */
  int positionOrdinal(int i) {
    return positions[i];
  }

  /**
   * The context of vote {@code i}, for the steps a rule takes once per record.
   *
   * @param i the vote's index in the record
   * @return its context
   */
  VoteContext context(int i) {
    return VoteContext.inRecord(record, votes.get(i), council, registry, interpretation, decision());
  }
}
