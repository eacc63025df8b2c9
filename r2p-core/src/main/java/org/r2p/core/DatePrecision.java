package org.r2p.core;

/** How well a date is known. */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** Only the month is known; the date is its first day. */
  MONTH,
  /** Only the year is known; the date is 1 January. */
  YEAR,
  /** Only known to have happened by this date: earlier dates are unknown, not "no". */
  NOT_LATER_THAN
}
