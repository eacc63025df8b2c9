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
   * The dated "had not joined" fact the answer rests on, when a known non-adherence decides it
   * (the state had not joined as of that fact's date, so on no earlier day either).
   *
   * @return the non-adherence, if one decides the answer
   */
  public abstract Optional<NonAdherence> nonAdherence();

  /**
   * Why, in one sentence.
   *
   * @return the reason
   */
  public abstract String reason();
}
