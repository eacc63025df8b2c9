package org.r2p.core;

import java.time.LocalDate;
import java.util.Objects;
import org.r2p.core.internal.Checks;

/**
 * An official holiday at a duty station (UN Headquarters is closed), with its source and
 * confidence: for counting working days under GA res 76/262.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the day
 * @param name the holiday's name, e.g. "Good Friday"
 * @param confidence how far the sources settle that Headquarters was closed that day
 * @param source where the date comes from ("DERIVED by rule" where no source states it)
 * @param note doubts, as written (may be empty)
 */
public record Holiday(LocalDate date, String name, Confidence confidence, String source, String note) {
  /**
   * Checks the parts.
   *
   * @param date the day
   * @param name the name
   * @param confidence the confidence
   * @param source the source
   * @param note the note, may be empty
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(note, "note");
    Checks.notBlank("holiday name", name);
    Checks.notBlank("source", source);
  }

  /**
   * A holiday supplied by a caller, with a source.
   *
   * @param date the day
   * @param name the name
   * @param source where it comes from
   * @return the holiday, confidence HIGH as the caller asserts it
   */
  public static Holiday of(LocalDate date, String name, String source) {
    return new Holiday(date, name, Confidence.HIGH, source, "");
  }

  @Override
  public String toString() {
    return date + " " + name + " (" + confidence + ")";
  }
}
