package org.r2p.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "what did state X stand committed to on date D": the status, the adherence
 * it rests on, and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCommitmentAnswer {
  /**
   * The state asked about.
   *
   * @return the state
   */
  public abstract MemberState state();

  /**
   * The instrument asked about.
   *
   * @return the instrument
   */
  public abstract Instrument instrument();

  /**
   * The date asked about.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The status.
   *
   * @return COMMITTED, NOT_COMMITTED or UNKNOWN
   */
  public abstract CommitmentStatus status();

  /**
   * The adherence record the answer rests on.
   *
   * @return the adherence, if there is one
   */
  public abstract Optional<Adherence> adherence();

  /**
   * Why, in one sentence.
   *
   * @return the reason
   */
  public abstract String reason();
}
