package org.r2p.core;

import java.time.LocalDate;
import java.util.Objects;
import org.r2p.core.internal.Checks;

/**
 * A state known <em>not</em> to have adhered to an instrument as of a date, from a source
 * (e.g.&nbsp;"China, Russia and the US did not sign the Code by its launch"). It makes the state
 * NOT_COMMITTED on and before that date where the registry's list of adherents is incomplete;
 * after it, the status is unknown again.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the state
 * @param instrument the instrument
 * @param asOf the last date on which non-adherence is known
 * @param source where the fact comes from
 */
public record NonAdherence(MemberState state, Instrument instrument, LocalDate asOf, String source) {
  /**
   * Checks the parts.
   *
   * @param state the state
   * @param instrument the instrument
   * @param asOf the last date on which non-adherence is known
   * @param source where the fact comes from
   */
  public NonAdherence {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(source, "source");
    Checks.notBeforeCharter("non-adherence date", asOf);
    Checks.notBlank("source", source);
  }
}
