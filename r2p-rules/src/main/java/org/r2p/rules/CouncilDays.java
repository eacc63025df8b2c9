package org.r2p.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.NonAdherence;

/**
 * What the rules need to know about a date, read once from the Council history and the
 * commitment registry and kept: the Council and, for each member, its seat and its standing
 * under every instrument. Records voted the same day share it. This class owns the only cache
 * of the rules: at most {@value #LIMIT} dates (all of history is about 2,000), for one history
 * and one registry; with each member it keeps the results of one set of rules' VOTER steps.
 * Package-private; thread-safe.
 */
final class CouncilDays {
  /** At most this many dates are kept. */
  static final int LIMIT = 8192;

  private final CouncilHistory history;
  private final CommitmentRegistry registry;
  private final ConcurrentHashMap<LocalDate, Day> days = new ConcurrentHashMap<>();
  /** The day asked for last: records come in runs of the same date. */
  private volatile @Nullable Day last;

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
    Day d = last;
    if (d != null && d.council.date().equals(date)) {
      return d;
    }
    d = days.get(date);
    if (d == null) {
      d = new Day(history.councilOn(date), registry);
      if (days.size() < LIMIT) {
        days.putIfAbsent(date, d);
      }
    }
    last = d;
    return d;
  }

  /**
   * A voter on a date: its seat, and its status under every instrument, each worked out once
   * from the registry when the voter is read (the registry's own answer, kept), and the
   * results of the rules' VOTER steps, which read nothing else, kept for the rules that asked
   * last.
   */
  static final class Voter {
    final boolean member;
    final boolean permanent;
    private final EnumMap<Instrument, CommitmentStatus> status = new EnumMap<>(Instrument.class);
    private final EnumSet<Instrument> byAdherence = EnumSet.noneOf(Instrument.class);
    /** The latest "had not joined" dated before the day, where nothing else decides (Q17). */
    private final EnumMap<Instrument, NonAdherence> presumable = new EnumMap<>(Instrument.class);
    /** The VOTER step results kept, with what they were decided for; null until first kept. */
    private volatile @Nullable StepResults stepResults;

    Voter(CommitmentRegistry.Standing standing, boolean member, boolean permanent) {
      this.member = member;
      this.permanent = permanent;
      for (Instrument i : Instrument.values()) {
        status.put(i, standing.status(i));
        if (standing.adherence(i).isPresent()) {
          byAdherence.add(i);
        }
        standing.presumedNonAdherence(i).ifPresent(n -> presumable.put(i, n));
      }
    }

    /** @return whether it sat on the Council */
    boolean member() {
      return member;
    }

    /** @return whether it held a permanent seat */
    boolean permanent() {
      return permanent;
    }

    /** @return its status under an instrument, as {@link CommitmentRegistry.Standing#status} gives it */
    CommitmentStatus status(Instrument instrument) {
      return status.get(instrument);
    }

    /** @return whether an adherence decides its status under an instrument */
    boolean adherenceDecides(Instrument instrument) {
      return byAdherence.contains(instrument);
    }

    /**
     * @return the latest dated non-adherence before the day that a presumption of continuity
     *     (Q17) would carry to it, or null
     */
    @Nullable NonAdherence presumedNonAdherence(Instrument instrument) {
      return presumable.get(instrument);
    }

    /**
     * The VOTER step results kept for some rules.
     *
     * @param key what they were decided for (rules and interpretation), compared by equality
     * @return the results as the interpreter kept them (not to be modified), or null if none are kept for that key
     */
    @Nullable Object stepResults(Object key) {
      StepResults kept = stepResults;
      return kept != null && (kept.key == key || kept.key.equals(key)) ? kept.results : null;
    }

    /**
     * Keeps the VOTER step results for some rules, in place of any kept for others: one set
     * per voter, so memory stays bounded by the day's table whatever rules ask.
     *
     * @param key what they were decided for
     * @param results the results, never modified afterwards
     */
    void keepStepResults(Object key, Object results) {
      stepResults = new StepResults(key, results);
    }
  }

  /** VOTER step results and what they were decided for; the array is never modified once kept. */
  private record StepResults(Object key, Object results) {}

  /** The Council on one date with its members' standings. Immutable once built. */
  static final class Day {
    final Council council;
    final boolean electedSeatsKnown;
    private final CommitmentRegistry registry;
    private final Map<MemberState, Voter> members = new HashMap<>();

    /** The day with every member read. */
    Day(Council council, CommitmentRegistry registry) {
      this(council, registry, true);
    }

    private Day(Council council, CommitmentRegistry registry, boolean readMembers) {
      this.council = council;
      this.registry = registry;
      this.electedSeatsKnown = council.electedSeatsKnown();
      if (readMembers) {
        for (MemberState m : council.members()) {
          members.put(m, new Voter(registry.standingOn(m, council.date()), true, council.isPermanent(m)));
        }
      }
    }

    /**
     * The day for a vote asked about alone: no member is read until asked for.
     *
     * @param council the Council
     * @param registry the registry
     * @return the day
     */
    static Day forOneVote(Council council, CommitmentRegistry registry) {
      return new Day(council, registry, false);
    }

    /**
     * A voter that day; one not read with the day is read from the registry anew.
     *
     * @param state the state
     * @return the voter
     */
    Voter voter(MemberState state) {
      Voter v = members.get(state);
      return v != null ? v
          : new Voter(registry.standingOn(state, council.date()), council.isMember(state), council.isPermanent(state));
    }
  }
}
