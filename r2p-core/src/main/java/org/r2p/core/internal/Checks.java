package org.r2p.core.internal;

import java.time.LocalDate;

/** Argument checks whose messages name the thing, the constraint and the value. */
public final class Checks {
  /** The day the UN Charter entered into force; no r2p date may precede it. */
  public static final LocalDate CHARTER_IN_FORCE = LocalDate.of(1945, 10, 24);

  private Checks() {}

  /**
   * Fails unless {@code date} is on or after 1945-10-24.
   *
   * @param what the name of the date, e.g. "vote date"
   * @param date the date
   * @return the date
   */
  public static LocalDate notBeforeCharter(String what, LocalDate date) {
    if (date.isBefore(CHARTER_IN_FORCE)) {
      throw new IllegalArgumentException(
          what + " must not be before the Charter entered into force (1945-10-24): " + date);
    }
    return date;
  }

  /**
   * Fails unless {@code value} lies in {@code [min, max]}.
   *
   * @param what the name of the value
   * @param value the value
   * @param min the least allowed
   * @param max the greatest allowed
   * @return the value
   */
  public static int between(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  /**
   * Fails if the text is blank.
   *
   * @param what the name of the text
   * @param text the text
   * @return the text
   */
  public static String notBlank(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank: '" + text + "'");
    }
    return text;
  }
}
