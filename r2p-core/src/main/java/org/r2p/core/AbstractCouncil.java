package org.r2p.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * The Security Council's composition on one date: the holder of each permanent seat and
 * the elected members.
 *
 * <p>The Council had 11 members (5 permanent, 6 elected) until 31 December 1965 and has had
 * 15 (5 + 10) since 1 January 1966 (Charter Art. 23 as amended by GA res 1991 A (XVIII), in
 * force 31 August 1965; the enlarged Council first met on 1 February 1966). The
 * {@link #nominalSize()} is the number of seats; data may know fewer elected members than
 * seats, never more.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCouncil {
  /** The first day of the 15-member Council. */
  public static final LocalDate ENLARGED = LocalDate.of(1966, 1, 1);

  /**
   * The date this composition describes.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The number of seats: 11 before 1966, 15 from 1966.
   *
   * @return 11 or 15
   */
  public abstract int nominalSize();

  /**
   * The holder of each permanent seat on {@link #date()}.
   *
   * @return the five holders by seat
   */
  public abstract Map<PermanentSeat, MemberState> permanentMembers();

  /**
   * The elected members on {@link #date()}.
   *
   * @return the elected members, possibly fewer than the seats where data is missing
   */
  public abstract Set<MemberState> electedMembers();

  /**
   * Every member, permanent first, each group in code order.
   *
   * @return the members
   */
  @Value.Derived
  @Value.Auxiliary
  public Set<MemberState> members() {
    Set<MemberState> all = new java.util.LinkedHashSet<>(new TreeSet<>(permanentMembers().values()));
    all.addAll(new TreeSet<>(electedMembers()));
    return java.util.Collections.unmodifiableSet(all);
  }

  /**
   * The affirmative votes Article 27 requires for this Council: 7 of 11, or 9 of 15.
   *
   * @return 7 or 9
   */
  public int votesRequired() {
    return nominalSize() == 11 ? 7 : 9;
  }

  /**
   * Whether every elected seat has a known holder: only then does "not among the members"
   * mean "not on the Council" rather than "missing from the data".
   *
   * @return true if the elected members fill every elected seat
   */
  public boolean electedSeatsKnown() {
    return electedMembers().size() == nominalSize() - 5;
  }

  /**
   * Whether a state sat on the Council on {@link #date()}.
   *
   * @param state the state
   * @return true if permanent or elected member
   */
  public boolean isMember(MemberState state) {
    return isPermanent(state) || electedMembers().contains(state);
  }

  /**
   * Whether a state held a permanent seat on {@link #date()}.
   *
   * @param state the state
   * @return true for a permanent member
   */
  public boolean isPermanent(MemberState state) {
    return permanentMembers().containsValue(state);
  }

  /**
   * A state's name as the Council on this date knows it, one source of names for every
   * explanation: an elected member's name as its term in the Council history gives it (for the
   * bundled history, the official short name the data records), a permanent member's name on the
   * date ({@link MemberStates#nameOn}: "USSR", "Russian Federation"), any other state's name on
   * the date. A state read from a record by its code alone (named as the JDK's locale data names
   * it, e.g. "Congo - Kinshasa") is thus named as the Council history names it.
   *
   * @param state the state
   * @return its name
   */
  public String nameOf(MemberState state) {
    for (MemberState m : electedMembers()) {
      if (m.equals(state)) {
        return MemberStates.nameOn(m, date());
      }
    }
    for (MemberState m : permanentMembers().values()) {
      if (m.equals(state)) {
        return MemberStates.nameOn(m, date());
      }
    }
    return MemberStates.nameOn(state, date());
  }

  /**
   * The permanent seat a state held on {@link #date()}.
   *
   * @param state the state
   * @return the seat, or empty for an elected member or a non-member
   */
  public Optional<PermanentSeat> seatOf(MemberState state) {
    for (Map.Entry<PermanentSeat, MemberState> e : permanentMembers().entrySet()) {
      if (e.getValue().equals(state)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The nominal size of the Council on a date.
   *
   * @param date the date
   * @return 11 before 1966-01-01, 15 from then
   */
  public static int nominalSizeOn(LocalDate date) {
    return date.isBefore(ENLARGED) ? 11 : 15;
  }

  /**
   * The composition on a date with the given elected members and the permanent seats'
   * holders on that date.
   *
   * @param date the date
   * @param elected the elected members
   * @return the Council
   */
  public static Council on(LocalDate date, Iterable<MemberState> elected) {
    Council.Builder b = Council.builder().date(date).nominalSize(nominalSizeOn(date));
    for (PermanentSeat seat : PermanentSeat.values()) {
      b.putPermanentMembers(seat, seat.holderOn(date));
    }
    return b.addAllElectedMembers(elected).build();
  }

  @Value.Check
  void check() {
    Checks.notBeforeCharter("council date", date());
    if (nominalSize() != 11 && nominalSize() != 15) {
      throw new IllegalArgumentException("council size must be 11 or 15: " + nominalSize());
    }
    if (permanentMembers().size() != 5) {
      throw new IllegalArgumentException(
          "council must have a holder for each of the 5 permanent seats: "
              + permanentMembers().keySet());
    }
    int seats = nominalSize() - 5;
    if (electedMembers().size() > seats) {
      throw new IllegalArgumentException(
          "elected members must be at most " + seats + " on " + date() + ": "
              + electedMembers().size() + " " + new TreeSet<>(electedMembers()));
    }
    for (MemberState e : electedMembers()) {
      if (permanentMembers().containsValue(e)) {
        throw new IllegalArgumentException(
            "a permanent member cannot also be elected: " + e);
      }
    }
  }
}
