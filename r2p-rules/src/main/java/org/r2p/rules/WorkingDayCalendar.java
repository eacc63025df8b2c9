package org.r2p.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days at UN Headquarters, for the GA res 76/262 deadline. The default
 * counts weekends only; UN official holidays are supplied by the caller, since they change
 * from year to year.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface WorkingDayCalendar {
  /**
   * Whether a day is a working day.
   *
   * @param date the day
   * @return true for a working day
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Monday to Friday are working days.
   *
   * @return the calendar
   */
  static WorkingDayCalendar weekendsOnly() {
    return d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * Monday to Friday, less the holidays given.
   *
   * @param holidays the UN official holidays to skip
   * @return the calendar
   */
  static WorkingDayCalendar weekendsAnd(Collection<LocalDate> holidays) {
    Set<LocalDate> h = Set.copyOf(holidays);
    WorkingDayCalendar w = weekendsOnly();
    return d -> w.isWorkingDay(d) && !h.contains(d);
  }

  /**
   * The date {@code n} working days after {@code date} (the day itself not counted).
   *
   * @param date the start
   * @param n how many working days, at least 0
   * @return the n-th working day after the start
   */
  default LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    if (n < 0) {
      throw new IllegalArgumentException("working days must be at least 0: " + n);
    }
    LocalDate d = date;
    int left = n;
    int guard = 0;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
      if (++guard > 3660) {
        throw new IllegalStateException("calendar has no working day within ten years of " + date);
      }
    }
    return d;
  }
}
