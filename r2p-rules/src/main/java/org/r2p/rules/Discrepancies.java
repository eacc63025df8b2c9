package org.r2p.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.Tally;
import org.r2p.core.VoteRecord;

/**
 * Where a record disagrees with itself or with Article 27: its reported tally with its votes,
 * its recorded outcome and veto casts with the decision. The one check of recorded data, used by
 * a review ({@link Review#discrepancies()}) and by r2p-json's validator (its {@code
 * tally.mismatch} error and {@code outcome.mismatch} warning).
 *
 * <p>The tally is compared by {@link TallyComparison}: always, as partial votes that exceed it
 * contradict it too. The outcome and the veto casts are compared only where the votes decide
 * them: where they are {@linkplain #votesComplete complete}, or where no vote was taken (a record
 * adopted without a vote is decided ADOPTED, as it must record, so it has no discrepancy).
 *
 * <pre>{@code
 * CharterDecision d = Article27.decide(record, council);
 * Discrepancies.of(record, d).forEach(x -> System.out.println(x.message()));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Discrepancies {
  private Discrepancies() {}

  /**
   * Every discrepancy of a record with its decision, in the order tally, outcome, veto casts.
   *
   * @param record the record
   * @param decision its decision
   * @return the discrepancies, possibly none
   */
  public static List<Discrepancy> of(VoteRecord record, CharterDecision decision) {
    Objects.requireNonNull(decision, "decision");
    List<Discrepancy> out = new ArrayList<>();
    // the votes and the reported tally, compared once for both questions
    Optional<TallyComparison> compared = TallyComparison.of(record);
    tally(record, compared).ifPresent(out::add);
    if (votesComplete(record, compared)) {
      outcome(record, decision.outcome()).ifPresent(out::add);
      vetoCasts(record, decision.vetoCasts()).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether the votes a record gives decide its outcome: no vote was taken (nothing was cast, so
   * nothing is missing), or votes are given and, where a tally is reported, at least as many as
   * it counts.
   *
   * @param record the record
   * @return true when the outcome and veto casts can be compared
   */
  public static boolean votesComplete(VoteRecord record) {
    return votesComplete(record, TallyComparison.of(record));
  }

  private static boolean votesComplete(VoteRecord record, Optional<TallyComparison> compared) {
    return !record.modality().voteTaken()
        || (!record.votes().isEmpty() && compared.map(TallyComparison::complete).orElse(true));
  }

  /**
   * The reported tally, where the votes {@linkplain TallyComparison#contradicts contradict} it.
   *
   * @param record the record
   * @return the discrepancy ({@code recorded}: the reported tally, {@code decided}: the votes
   *     counted), or empty
   */
  public static Optional<Discrepancy> tally(VoteRecord record) {
    return tally(record, TallyComparison.of(record));
  }

  private static Optional<Discrepancy> tally(VoteRecord record, Optional<TallyComparison> compared) {
    return compared.filter(TallyComparison::contradicts).map(c -> {
      Tally t = c.reported();
      return Discrepancy.of(Discrepancy.Kind.TALLY, t.toString(), c.counted().toString(),
          label(record) + ": reported tally " + t + " differs from the votes counted, " + c.counted());
    });
  }

  /**
   * The recorded outcome, where it differs from the one decided. Whether the votes decide it is
   * the caller's to know ({@link #votesComplete}).
   *
   * @param record the record
   * @param decided the outcome Article 27 gives
   * @return the discrepancy, or empty (also when no outcome is recorded)
   */
  public static Optional<Discrepancy> outcome(VoteRecord record, Outcome decided) {
    Objects.requireNonNull(decided, "decided");
    Optional<Outcome> recorded = record.recordedOutcome();
    if (recorded.isEmpty() || recorded.get() == decided) {
      return Optional.empty();
    }
    return Optional.of(Discrepancy.of(Discrepancy.Kind.OUTCOME, recorded.get().name(), decided.name(),
        label(record) + ": recorded outcome " + recorded.get() + " but Article 27 gives " + decided));
  }

  /**
   * The recorded veto casts, where they name other members than those decided (each member
   * once, in any order).
   *
   * @param record the record
   * @param decided the veto casts Article 27 gives
   * @return the discrepancy, or empty (also when no veto cast is recorded)
   */
  public static Optional<Discrepancy> vetoCasts(VoteRecord record, List<MemberState> decided) {
    Set<MemberState> recorded = record.recordedVetoCasts();
    if (recorded.isEmpty() || sameMembers(recorded, decided)) {
      return Optional.empty();
    }
    return Optional.of(Discrepancy.of(Discrepancy.Kind.VETOES, recorded.toString(), decided.toString(),
        label(record) + ": recorded veto casts by " + recorded + " but Article 27 gives " + decided));
  }

  /** Whether a list names the members of a set, each once or more, in any order, and no other. */
  private static boolean sameMembers(Set<MemberState> set, List<MemberState> list) {
    int distinct = 0;
    for (int i = 0; i < list.size(); i++) {
      MemberState m = list.get(i);
      if (!set.contains(m)) {
        return false;
      }
      distinct += list.indexOf(m) == i ? 1 : 0;
    }
    return distinct == set.size();
  }

  /** How a discrepancy names its record: built only when there is one. */
  private static String label(VoteRecord record) {
    return record.proposal().label() + " (" + record.date() + ")";
  }
}
