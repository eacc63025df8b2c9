package org.r2p.rules.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.r2p.core.Council;
import org.r2p.core.Outcome;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Article27;
import org.r2p.rules.Interpretation;

/**
 * The smallest sets of changed votes that change a record's outcome. Under Article 27 a vote
 * is in effect YES, NO, or neither (abstention, absence and non-participation act alike), so
 * each member can move to one of two other effective votes; ABSTAIN stands for "neither".
 *
 * <pre>{@code
 * List<List<VoteChange>> sets = Pivotal.minimalFlips(record, council, Interpretation.defaults(), 3);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pivotal {
  private Pivotal() {}

  /** The most sets returned. */
  public static final int MAX_RESULTS = 10_000;

  /**
   * Every set of the smallest size (up to {@code maxSize}) whose changes give a different
   * outcome, in member order.
   *
   * @param record a record with every member's vote
   * @param council the Council on its date
   * @param interpretation the interpretation
   * @param maxSize the largest set tried, 1 to 15
   * @return the sets, empty if none up to {@code maxSize}
   * @throws IllegalArgumentException if the record lacks a member's vote, or maxSize is out of range
   */
  public static List<List<VoteChange>> minimalFlips(
      VoteRecord record, Council council, Interpretation interpretation, int maxSize) {
    Objects.requireNonNull(record, "record");
    if (maxSize < 1 || maxSize > 15) {
      throw new IllegalArgumentException("maxSize must be between 1 and 15: " + maxSize);
    }
    if (!WhatIf.complete(record, council)) {
      throw new IllegalArgumentException("pivotal analysis needs every member's vote: "
          + record.proposal().label() + " has " + record.votes().size() + " of " + council.nominalSize());
    }
    Outcome base = Article27.decide(record, council, interpretation).outcome();
    List<Vote> votes = record.votes();
    List<List<VoteChange>> found = new ArrayList<>();
    for (int size = 1; size <= Math.min(maxSize, votes.size()) && found.isEmpty(); size++) {
      search(record, council, interpretation, base, votes, size, 0, new ArrayList<>(), found);
    }
    return List.copyOf(found);
  }

  private static void search(VoteRecord record, Council council, Interpretation interp, Outcome base,
      List<Vote> votes, int size, int from, List<VoteChange> chosen, List<List<VoteChange>> found) {
    if (found.size() >= MAX_RESULTS) {
      return;
    }
    if (chosen.size() == size) {
      VoteRecord r = record;
      for (VoteChange c : chosen) {
        r = r.withVote(c.member(), c.to());
      }
      if (Article27.decide(r, council, interp).outcome() != base) {
        found.add(List.copyOf(chosen));
      }
      return;
    }
    for (int i = from; i < votes.size(); i++) {
      Vote v = votes.get(i);
      for (VotePosition to : alternatives(v.position())) {
        chosen.add(VoteChange.of(v.member(), v.position(), to));
        search(record, council, interp, base, votes, size, i + 1, chosen, found);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private static List<VotePosition> alternatives(VotePosition p) {
    switch (p) {
      case YES:
        return List.of(VotePosition.NO, VotePosition.ABSTAIN);
      case NO:
        return List.of(VotePosition.YES, VotePosition.ABSTAIN);
      default:
        return List.of(VotePosition.YES, VotePosition.NO);
    }
  }
}
