package org.r2p.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.r2p.core.Holiday;

/**
 * Working days at a duty station: Monday to Friday, less named official holidays, each with
 * its source and confidence. It answers which holidays it used ({@link #holidaysBetween}), so
 * a deadline can say what it assumed; a date it does not list (a missing Eid, a year with no
 * list) is a working day, and the caller can add it.
 *
 * <pre>{@code
 * WorkingDayCalendar hq = WorkingDayCalendar.unHeadquarters(data.unHeadquartersHolidays())
 *     .with(new Holiday(LocalDate.of(2025, 6, 6), "Eid al-Adha", Confidence.MEDIUM, "my source", ""));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidayCalendar implements WorkingDayCalendar {
  private final NavigableMap<LocalDate, Holiday> holidays;

  private HolidayCalendar(NavigableMap<LocalDate, Holiday> holidays) {
    this.holidays = holidays;
  }

  /**
   * A calendar skipping the given holidays.
   *
   * @param holidays the holidays
   * @return the calendar
   * @throws IllegalArgumentException naming the date if two holidays fall on one day
   */
  public static HolidayCalendar of(Collection<Holiday> holidays) {
    NavigableMap<LocalDate, Holiday> m = new TreeMap<>();
    for (Holiday h : holidays) {
      Holiday old = m.put(Objects.requireNonNull(h, "holiday").date(), h);
      if (old != null) {
        throw new IllegalArgumentException("two holidays on " + h.date() + ": " + old.name() + " and " + h.name());
      }
    }
    return new HolidayCalendar(m);
  }

  /**
   * A copy with a holiday added, or replacing the one on the same date.
   *
   * @param holiday the holiday
   * @return the new calendar
   */
  public HolidayCalendar with(Holiday holiday) {
    NavigableMap<LocalDate, Holiday> m = new TreeMap<>(holidays);
    m.put(Objects.requireNonNull(holiday, "holiday").date(), holiday);
    return new HolidayCalendar(m);
  }

  /**
   * A copy without the holiday on a date (a working day from then on).
   *
   * @param date the date
   * @return the new calendar
   */
  public HolidayCalendar without(LocalDate date) {
    NavigableMap<LocalDate, Holiday> m = new TreeMap<>(holidays);
    m.remove(Objects.requireNonNull(date, "date"));
    return new HolidayCalendar(m);
  }

  /** {@return every holiday, by date} */
  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.containsKey(date);
  }

  @Override
  public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
    List<Holiday> out = new ArrayList<>();
    for (Map.Entry<LocalDate, Holiday> e : holidays.subMap(from, true, to, true).entrySet()) {
      DayOfWeek d = e.getKey().getDayOfWeek();
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        out.add(e.getValue());
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "HolidayCalendar" + holidays.values();
  }
}
