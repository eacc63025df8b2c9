package org.r2p.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Dates given as options. */
final class Dates {
  private Dates() {}

  /**
   * Reads an option's date.
   *
   * @param option the option's name, for the message
   * @param value what was given, or null
   * @return the date, or null when none was given
   * @throws UserError if the value is not a date yyyy-mm-dd
   */
  static @Nullable LocalDate parse(String option, @Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(option + " must be a date yyyy-mm-dd: '" + value + "'");
    }
  }
}
