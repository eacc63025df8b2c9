package org.r2p.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.r2p.core.Holiday;

/**
 * Which days are working days at UN Headquarters, for the GA res 76/262 deadline. The default
 * counts weekends only; {@link #unHeadquarters} also skips the official holidays given (the
 * bundled ones, each with its source and confidence, come from
 * {@code R2pDatasets.unHeadquartersHolidays()}), and can tell which of them it used.
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
   * Monday to Friday, less the official holidays given, each kept with its source and
   * confidence so that a deadline can say which holidays it assumed. A caller adds or
   * replaces holidays with {@link HolidayCalendar#with} and removes them with
   * {@link HolidayCalendar#without}.
   *
   * @param holidays the holidays; two on one date are refused
   * @return the calendar
   */
  static HolidayCalendar unHeadquarters(Collection<Holiday> holidays) {
    return HolidayCalendar.of(holidays);
  }

  /**
   * The holidays this calendar skips between two dates, both included: empty for a calendar
   * that knows none by name.
   *
   * @param from the first day
   * @param to the last day
   * @return the holidays, by date
   */
  default List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
    return List.of();
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
