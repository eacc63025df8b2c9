package org.r2p.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * A period during which a state sat on the Council as an elected (non-permanent) member,
 * both ends inclusive. Data kept by calendar year gives one term per year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractElectedTerm {
  /**
   * The elected member.
   *
   * @return the state
   */
  @Value.Parameter
  public abstract MemberState state();

  /**
   * The first day of the term.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * The last day of the term.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * Where the fact comes from.
   *
   * @return the source, if recorded
   */
  public abstract Optional<String> source();

  /**
   * A doubt or remark carried with the fact.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * A term covering one calendar year, 1 January to 31 December.
   *
   * @param state the member
   * @param year the year
   * @return the term
   */
  public static ElectedTerm ofYear(MemberState state, int year) {
    return ElectedTerm.of(state, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Whether the term covers a date.
   *
   * @param date the date
   * @return true if {@code from <= date <= to}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  @Value.Check
  void check() {
    Checks.notBeforeCharter("term start", from());
    if (to().isBefore(from())) {
      throw new IllegalArgumentException(
          "term of " + state() + " must not end before it begins: " + from() + " to " + to());
    }
  }
}
