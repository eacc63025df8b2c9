package org.r2p.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A holder's time in a permanent seat: from {@code from} (inclusive) until {@code until}
 * (exclusive), or open-ended.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param holder the state holding the seat
 * @param from the first day it held the seat
 * @param until the first day it no longer held it, if it left
 * @param basis the act that began the tenure, e.g. "GA res 2758 (XXVI)"
 */
public record SeatTenure(MemberState holder, LocalDate from, Optional<LocalDate> until, String basis) {
  /**
   * Checks the parts.
   *
   * @param holder the state holding the seat
   * @param from the first day it held the seat
   * @param until the first day it no longer held it, if it left
   * @param basis the act that began the tenure, e.g. "GA res 2758 (XXVI)"
   */
  public SeatTenure {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(basis, "basis");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException(
          "tenure must end after it begins: " + from + " to " + until.get());
    }
  }

  /**
   * Whether the tenure covers a date.
   *
   * @param date the date
   * @return true if {@code from <= date < until}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
  }
}
