package org.r2p.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;

/**
 * What the rules need to know about a date, read once from the Council history and the
 * commitment registry and kept: the Council and, for each member, its seat and its standing
 * under every instrument. Records voted the same day share it. This class owns the only cache
 * of the rules: at most {@value #LIMIT} dates (all of history is about 2,000), for one history
 * and one registry. Package-private; thread-safe.
 */
final class CouncilDays {
  /** At most this many dates are kept. */
  static final int LIMIT = 8192;

  private final CouncilHistory history;
  private final CommitmentRegistry registry;
  private final ConcurrentHashMap<LocalDate, Day> days = new ConcurrentHashMap<>();

  CouncilDays(CouncilHistory history, CommitmentRegistry registry) {
    this.history = history;
    this.registry = registry;
  }

  /** Whether these days were read from this history and this registry. */
  boolean readFrom(CouncilHistory h, CommitmentRegistry r) {
    return history == h && registry == r;
  }

  /** @return the registry read */
  CommitmentRegistry registry() {
    return registry;
  }

  /**
   * The day, read on first request.
   *
   * @param date the date
   * @return the Council and its members' standings that day
   */
  Day on(LocalDate date) {
    Day d = days.get(date);
    if (d == null) {
      d = new Day(history.councilOn(date), registry);
      if (days.size() < LIMIT) {
        days.putIfAbsent(date, d);
      }
    }
    return d;
  }

  /**
   * A voter on a date: its standing under every instrument, and its seat.
   *
   * @param standing its standing
   * @param member whether it sat on the Council
   * @param permanent whether it held a permanent seat
   */
  record Voter(CommitmentRegistry.Standing standing, boolean member, boolean permanent) {}

  /** The Council on one date with its members' standings. Immutable once built. */
  static final class Day {
    final Council council;
    final boolean electedSeatsKnown;
    private final CommitmentRegistry registry;
    private final Map<MemberState, Voter> members = new HashMap<>();

    Day(Council council, CommitmentRegistry registry) {
      this.council = council;
      this.registry = registry;
      this.electedSeatsKnown = council.electedSeatsKnown();
      for (MemberState m : council.members()) {
        members.put(m, new Voter(registry.standingOn(m, council.date()), true, council.isPermanent(m)));
      }
    }

    /**
     * A voter that day; one not on the Council is read from the registry anew.
     *
     * @param state the state
     * @return the voter
     */
    Voter voter(MemberState state) {
      Voter v = members.get(state);
      return v != null ? v : new Voter(registry.standingOn(state, council.date()), false, false);
    }
  }
}
