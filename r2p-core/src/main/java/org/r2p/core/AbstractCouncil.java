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
    return indexOf(state) >= 0;
  }

  /**
   * A member's place in {@link #members()}: the permanent members take places 0 to 4, the
   * elected members follow. One lookup answers both {@link #isMember} and {@link #isPermanent}.
   *
   * @param state the state
   * @return its index in {@link #members()}, or -1 if it did not sit on the Council
   */
  public int indexOf(MemberState state) {
    return places().indexOf(state.packedCode());
  }

  /**
   * The number of permanent members: the places before this one in {@link #members()} are
   * permanent seats.
   *
   * @return 5
   */
  public int permanentCount() {
    return permanentMembers().size();
  }

  /** {@link #places()}, once built; null until then. */
  @SuppressWarnings("immutables:incompat") // a cache, not an attribute
  private transient volatile @org.jspecify.annotations.Nullable Places places;

  /**
   * Each member's index in {@link #members()}, built on first use (racing threads build equal
   * tables; either may be kept).
   *
   * @return the places
   */
  final Places places() {
    Places p = places;
    if (p == null) {
      p = new Places(members(), permanentMembers());
      places = p;
    }
    return p;
  }

  /**
   * Members' places by code, in an open-addressing table keyed by the three letters of the
   * code packed into an int: a lookup hashes no object and compares no string.
   */
  static final class Places {
    private final int[] keys;
    private final int[] places;
    private final int mask;
    /** The seat of each permanent member, by place. */
    final PermanentSeat[] seats;

    Places(Set<MemberState> members, Map<PermanentSeat, MemberState> holders) {
      int size = Integer.highestOneBit(Math.max(4, members.size() * 4) - 1) << 1;
      this.keys = new int[size];
      this.places = new int[size];
      this.mask = size - 1;
      int place = 0;
      for (MemberState m : members) {
        int k = m.packedCode();
        int slot = slot(k);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        places[slot] = place++;
      }
      this.seats = new PermanentSeat[holders.size()];
      for (Map.Entry<PermanentSeat, MemberState> e : holders.entrySet()) {
        int i = indexOf(e.getValue().packedCode());
        if (i >= 0 && i < seats.length) {
          seats[i] = e.getKey();
        }
      }
    }

    private int slot(int key) {
      return ((key * 0x9E3779B1) >>> 16) & mask;
    }

    /** Codes are three letters A-Z (checked by MemberState), so a key is never 0. */
    int indexOf(int k) {
      for (int slot = slot(k); ; slot = (slot + 1) & mask) {
        int x = keys[slot];
        if (x == k) {
          return places[slot];
        }
        if (x == 0) {
          return -1;
        }
      }
    }
  }

  /**
   * Whether a state held a permanent seat on {@link #date()}.
   *
   * @param state the state
   * @return true for a permanent member
   */
  public boolean isPermanent(MemberState state) {
    int i = indexOf(state);
    return i >= 0 && i < permanentCount();
  }

  /**
   * The permanent seat a state held on {@link #date()}.
   *
   * @param state the state
   * @return the seat, or empty for an elected member or a non-member
   */
  public Optional<PermanentSeat> seatOf(MemberState state) {
    int i = indexOf(state);
    return i >= 0 && i < permanentCount() ? Optional.of(places().seats[i]) : Optional.empty();
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
