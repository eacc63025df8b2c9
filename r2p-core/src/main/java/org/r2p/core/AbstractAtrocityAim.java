package org.r2p.core;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * Whether a proposal aims to prevent or end atrocity crimes, which crimes, and who says so.
 * It is an input with provenance, never inferred by the library.
 *
 * <pre>{@code
 * AtrocityAim aim = AtrocityAim.builder()
 *     .assessment(Assessment.YES)
 *     .addCrimes(AtrocityCrime.WAR_CRIMES, AtrocityCrime.CRIMES_AGAINST_HUMANITY)
 *     .assertedBy("user")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAtrocityAim {
  /**
   * Whether the proposal is asserted to aim at preventing or ending atrocity crimes.
   *
   * @return YES, NO, CONTESTED or UNKNOWN (no source settles it; never read as NO)
   */
  public abstract Assessment assessment();

  /**
   * The crimes it aims to prevent or end; empty when the assessment is NO.
   *
   * @return the crimes
   */
  public abstract Set<AtrocityCrime> crimes();

  /**
   * How central that aim is.
   *
   * @return the purpose, PRIMARY by default
   */
  @Value.Default
  public Purpose purpose() {
    return Purpose.PRIMARY;
  }

  /**
   * Whether war crimes are said to be committed on a large scale (the French model's test).
   *
   * @return the assertion, if one is made
   */
  public abstract Optional<Boolean> largeScale();

  /**
   * Who makes the assertion: "user", a sponsor, the Secretary-General, a court.
   *
   * @return the asserter
   */
  public abstract String assertedBy();

  /**
   * When the crimes were characterised relative to the vote (a finding made after the vote
   * could not be known to the voters; whether it counts is interpretation Q16).
   *
   * @return the timing, or empty when not stated
   */
  public abstract Optional<CharacterisationTiming> timing();

  /**
   * Doubts, the draft's purpose as described, the source's confidence, as written.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * Where the assertion is recorded.
   *
   * @return the source, if any
   */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    Checks.notBlank("assertedBy", assertedBy());
    if (assessment() == Assessment.NO && !crimes().isEmpty()) {
      throw new IllegalArgumentException(
          "crimes must be empty when the atrocity assessment is NO: " + crimes());
    }
  }
}
