package org.r2p.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * A state's adherence to an instrument: signature, support or pledge, from a date, until an
 * optional end, with how well the date is known and where the fact comes from.
 *
 * <pre>{@code
 * Adherence a = Adherence.builder()
 *     .state(MemberStates.FRANCE)
 *     .instrument(Instrument.FRENCH_PLEDGE)
 *     .from(LocalDate.of(2015, 9, 28))
 *     .source("GA general debate, 28 September 2015")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAdherence {
  /**
   * The adhering state.
   *
   * @return the state
   */
  public abstract MemberState state();

  /**
   * The instrument.
   *
   * @return the instrument
   */
  public abstract Instrument instrument();

  /**
   * The first day of adherence (or the date by which it is known, see {@link #precision()}).
   *
   * @return the date
   */
  public abstract LocalDate from();

  /**
   * The last day of adherence, if it ended.
   *
   * @return the end, or empty
   */
  public abstract Optional<LocalDate> to();

  /**
   * How well {@link #from()} is known.
   *
   * @return the precision, DAY by default
   */
  @Value.Default
  public DatePrecision precision() {
    return DatePrecision.DAY;
  }

  /**
   * Where the fact comes from.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * A doubt or remark carried with the fact.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.notBeforeCharter("adherence date", from());
    Checks.notBlank("source", source());
    if (to().isPresent() && to().get().isBefore(from())) {
      throw new IllegalArgumentException(
          "adherence of " + state() + " to " + instrument() + " must not end before it begins: "
              + from() + " to " + to().get());
    }
  }

  /**
   * The status this adherence gives on a date.
   *
   * @param date the date
   * @return COMMITTED within the period, NOT_COMMITTED after its end or before a known
   *     start, UNKNOWN before a start known only as "not later than"
   */
  public CommitmentStatus statusOn(LocalDate date) {
    if (to().isPresent() && date.isAfter(to().get())) {
      return CommitmentStatus.NOT_COMMITTED;
    }
    if (!date.isBefore(from())) {
      return CommitmentStatus.COMMITTED;
    }
    switch (precision()) {
      case NOT_LATER_THAN:
        return CommitmentStatus.UNKNOWN;
      case MONTH:
        return date.getYear() == from().getYear() && date.getMonth() == from().getMonth()
            ? CommitmentStatus.UNKNOWN
            : CommitmentStatus.NOT_COMMITTED;
      case YEAR:
        return date.getYear() == from().getYear()
            ? CommitmentStatus.UNKNOWN
            : CommitmentStatus.NOT_COMMITTED;
      default:
        return CommitmentStatus.NOT_COMMITTED;
    }
  }
}
