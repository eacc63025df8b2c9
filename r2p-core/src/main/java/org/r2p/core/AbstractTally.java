package org.r2p.core;

import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * Counts of each vote position.
 *
 * <pre>{@code
 * Tally t = Tally.of(13, 2, 0);          // 13 yes, 2 no, 0 abstentions
 * Tally u = Tally.from(record.votes());   // counted from votes
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTally {
  /** The most votes a Council has ever had. */
  public static final int MAX_VOTES = 15;

  /**
   * Affirmative votes.
   *
   * @return 0 to 15
   */
  @Value.Parameter
  public abstract int yes();

  /**
   * Negative votes.
   *
   * @return 0 to 15
   */
  @Value.Parameter
  public abstract int no();

  /**
   * Abstentions.
   *
   * @return 0 to 15
   */
  @Value.Parameter
  public abstract int abstain();

  /**
   * Members absent.
   *
   * @return 0 to 15
   */
  @Value.Default
  public int absent() {
    return 0;
  }

  /**
   * Members present and not voting.
   *
   * @return 0 to 15
   */
  @Value.Default
  public int notParticipating() {
    return 0;
  }

  /**
   * All members counted.
   *
   * @return the sum of the counts
   */
  public int total() {
    return yes() + no() + abstain() + absent() + notParticipating();
  }

  /**
   * Counts the votes given.
   *
   * @param votes the votes
   * @return the tally
   */
  public static Tally from(Iterable<Vote> votes) {
    int[] c = new int[VotePosition.values().length];
    for (Vote v : votes) {
      c[v.position().ordinal()]++;
    }
    return Tally.builder()
        .yes(c[VotePosition.YES.ordinal()])
        .no(c[VotePosition.NO.ordinal()])
        .abstain(c[VotePosition.ABSTAIN.ordinal()])
        .absent(c[VotePosition.ABSENT.ordinal()])
        .notParticipating(c[VotePosition.NOT_PARTICIPATING.ordinal()])
        .build();
  }

  /**
   * The usual Y-N-A form, e.g.&nbsp;{@code "13-2-0"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return yes() + "-" + no() + "-" + abstain();
  }

  @Value.Check
  void check() {
    Checks.between("affirmative votes", yes(), 0, MAX_VOTES);
    Checks.between("negative votes", no(), 0, MAX_VOTES);
    Checks.between("abstentions", abstain(), 0, MAX_VOTES);
    Checks.between("absences", absent(), 0, MAX_VOTES);
    Checks.between("non-participations", notParticipating(), 0, MAX_VOTES);
    Checks.between("total votes", total(), 0, MAX_VOTES);
  }
}
