package org.r2p.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.r2p.core.internal.Checks;

/**
 * The five permanent seats of the Security Council (Charter Art.&nbsp;23(1)), as seats: a seat
 * has time-bounded holders.
 *
 * <ul>
 *   <li>CHINA: the Republic of China until 1971-10-25, then the People's Republic of China
 *       (GA res 2758 (XXVI), 25 October 1971).
 *   <li>RUSSIA: the USSR until 1991-12-24, then the Russian Federation, which continued the
 *       USSR's membership including in the Security Council (letter of 24 December 1991).
 *   <li>FRANCE, UNITED_KINGDOM, UNITED_STATES: unchanged.
 * </ul>
 */
public enum PermanentSeat {
  /** The China seat. */
  CHINA(
      new SeatTenure(
          MemberStates.REPUBLIC_OF_CHINA,
          Checks.CHARTER_IN_FORCE,
          Optional.of(LocalDate.of(1971, 10, 25)),
          "UN Charter Art. 23(1)"),
      new SeatTenure(
          MemberStates.CHINA, LocalDate.of(1971, 10, 25), Optional.empty(), "GA res 2758 (XXVI)")),
  /** The France seat. */
  FRANCE(
      new SeatTenure(
          MemberStates.FRANCE, Checks.CHARTER_IN_FORCE, Optional.empty(), "UN Charter Art. 23(1)")),
  /** The Russia seat, held by the USSR until 1991-12-24. */
  RUSSIA(
      new SeatTenure(
          MemberStates.USSR,
          Checks.CHARTER_IN_FORCE,
          Optional.of(LocalDate.of(1991, 12, 24)),
          "UN Charter Art. 23(1)"),
      new SeatTenure(
          MemberStates.RUSSIAN_FEDERATION,
          LocalDate.of(1991, 12, 24),
          Optional.empty(),
          "Letter of the President of the Russian Federation, 24 December 1991")),
  /** The United Kingdom seat. */
  UNITED_KINGDOM(
      new SeatTenure(
          MemberStates.UNITED_KINGDOM,
          Checks.CHARTER_IN_FORCE,
          Optional.empty(),
          "UN Charter Art. 23(1)")),
  /** The United States seat. */
  UNITED_STATES(
      new SeatTenure(
          MemberStates.UNITED_STATES,
          Checks.CHARTER_IN_FORCE,
          Optional.empty(),
          "UN Charter Art. 23(1)"));

  private final List<SeatTenure> tenures;

  PermanentSeat(SeatTenure... tenures) {
    this.tenures = List.of(tenures);
  }

  /**
   * Every holder of the seat, oldest first.
   *
   * @return the tenures
   */
  public List<SeatTenure> tenures() {
    return tenures;
  }

  /**
   * The state holding the seat on a date.
   *
   * @param date a date on or after 1945-10-24
   * @return the holder
   * @throws IllegalArgumentException if the date is before 1945-10-24
   */
  public MemberState holderOn(LocalDate date) {
    Checks.notBeforeCharter("date", date);
    for (SeatTenure t : tenures) {
      if (t.covers(date)) {
        return t.holder();
      }
    }
    throw new AssertionError("tenures cover every date from 1945-10-24: " + date);
  }

  /**
   * The seat a state held on a date, if it held one.
   *
   * @param state the state
   * @param date the date
   * @return the seat, or empty if the state did not hold a permanent seat that day
   */
  public static Optional<PermanentSeat> heldBy(MemberState state, LocalDate date) {
    for (PermanentSeat seat : values()) {
      if (seat.holderOn(date).equals(state)) {
        return Optional.of(seat);
      }
    }
    return Optional.empty();
  }

  /**
   * The seat a state ever held, whatever the date.
   *
   * @param state the state
   * @return the seat, or empty if the state never held one
   */
  public static Optional<PermanentSeat> everHeldBy(MemberState state) {
    for (PermanentSeat seat : values()) {
      for (SeatTenure t : seat.tenures) {
        if (t.holder().equals(state)) {
          return Optional.of(seat);
        }
      }
    }
    return Optional.empty();
  }
}
