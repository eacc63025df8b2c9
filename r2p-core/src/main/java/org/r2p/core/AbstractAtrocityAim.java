package org.r2p.core;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * Whether a proposal aims to prevent or end atrocity crimes, which crimes (those committed or
 * under way before the vote, and those only risked), and who says so. It is an input with
 * provenance, never inferred by the library.
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
   * The crimes it aims to end or prevent that were characterised as <em>committed</em> (or
   * under way) before the vote: "war crimes", "may amount to crimes against humanity". Empty
   * when the assessment is NO.
   *
   * @return the crimes committed
   */
  public abstract Set<AtrocityCrime> crimes();

  /**
   * The crimes it aims to prevent that were only <em>risked</em>, not yet committed, when the
   * draft was put to the vote: "risk of genocide", "plausible rights under the Genocide
   * Convention". A commitment that covers action against crimes committed or under way (France's
   * pledge, the UK statement) does not reach a draft whose crimes are only risked; the ACT Code,
   * which covers action "to prevent such crimes", does. A crime both committed and risked counts
   * as committed. Empty when the assessment is NO.
   *
   * @return the crimes only risked, usually none
   */
  public abstract Set<AtrocityCrime> risked();

  /**
   * Whether the draft aims at crimes only risked: no crime is characterised as committed and
   * some is risked.
   *
   * @return true for a prevention-only draft
   */
  public boolean preventionOnly() {
    return crimes().isEmpty() && !risked().isEmpty();
  }

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
    if (assessment() == Assessment.NO && !risked().isEmpty()) {
      throw new IllegalArgumentException(
          "risked crimes must be empty when the atrocity assessment is NO: " + risked());
    }
  }
}
