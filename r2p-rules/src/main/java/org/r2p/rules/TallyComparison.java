package org.r2p.rules;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.r2p.core.Tally;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;

/**
 * A reported tally compared with the votes a record gives: the one comparison used wherever r2p
 * checks a tally (a review's discrepancies, the JSON validator's {@code tally.mismatch}).
 *
 * <p>The votes may be a partial list. They <em>contradict</em> the tally when they count more
 * affirmative votes, negative votes or abstentions than it reports (no missing vote can undo
 * that), or when they are {@linkplain #complete() complete} and differ from it in any of the
 * three. A partial list that fits within the tally is no contradiction: the missing votes may
 * make up the difference. Absences and non-participation are not compared, as a tally in the
 * usual Y-N-A form does not give them.
 *
 * <pre>{@code
 * TallyComparison.of(record).filter(TallyComparison::contradicts)
 *     .ifPresent(c -> System.out.println(c)); // reported 13-2-0, the votes give 12-3-0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reported the tally as reported
 * @param counted the tally counted from the votes given
 * @param votes how many votes were given
 */
public record TallyComparison(Tally reported, Tally counted, int votes) {

  /**
   * Checks the parts.
   *
   * @param reported the tally as reported
   * @param counted the tally counted from the votes given
   * @param votes how many votes were given, at least {@code counted.total()}
   */
  public TallyComparison {
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(counted, "counted");
    if (votes < counted.total()) {
      throw new IllegalArgumentException("number of votes must be at least the " + counted.total()
          + " counted: " + votes);
    }
  }

  /**
   * Compares a reported tally with votes.
   *
   * @param reported the tally as reported
   * @param votes the votes given, possibly a partial list
   * @return the comparison
   */
  public static TallyComparison of(Tally reported, Collection<Vote> votes) {
    return new TallyComparison(reported, Tally.from(votes), votes.size());
  }

  /**
   * Compares a record's reported tally with its votes.
   *
   * @param record the record
   * @return the comparison, or empty when the record reports no tally or gives no vote (there
   *     is then nothing to compare; a record adopted without a vote has neither)
   */
  public static Optional<TallyComparison> of(VoteRecord record) {
    if (record.reportedTally().isEmpty() || record.votes().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(record.reportedTally().get(), record.votes()));
  }

  /**
   * Whether the votes cover every member the tally counts.
   *
   * @return true when at least as many votes are given as the tally's total
   */
  public boolean complete() {
    return votes >= reported.total();
  }

  /**
   * Whether the votes count more of some position than the tally reports.
   *
   * @return true when the affirmative votes, negative votes or abstentions counted exceed those
   *     reported
   */
  public boolean exceeds() {
    return counted.yes() > reported.yes() || counted.no() > reported.no() || counted.abstain() > reported.abstain();
  }

  /**
   * Whether the counted and reported tallies differ in their Y-N-A form.
   *
   * @return true when the affirmative votes, negative votes or abstentions differ
   */
  public boolean differs() {
    return counted.yes() != reported.yes() || counted.no() != reported.no() || counted.abstain() != reported.abstain();
  }

  /**
   * Whether the votes contradict the tally: they {@linkplain #exceeds() exceed} it, or they are
   * {@linkplain #complete() complete} and {@linkplain #differs() differ} from it.
   *
   * @return true on a contradiction
   */
  public boolean contradicts() {
    return exceeds() || (complete() && differs());
  }

  /**
   * Both tallies in their Y-N-A form.
   *
   * @return e.g. {@code "reported 13-2-0, the votes give 12-3-0"}
   */
  @Override
  public String toString() {
    return "reported " + reported + ", the votes give " + counted;
  }
}
