package org.r2p.core;

import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * A pointer to the clause a rule applies: an instrument, a provision within it, and a URL.
 *
 * <pre>{@code Citation c = Citation.of(Instrument.UN_CHARTER, "Art. 27(3)");}</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCitation {
  /**
   * The instrument.
   *
   * @return the instrument
   */
  @Value.Parameter
  public abstract Instrument instrument();

  /**
   * The article, paragraph or operative paragraph, e.g.&nbsp;{@code "Art. 27(3)"}, {@code "para 2"}.
   *
   * @return the provision
   */
  @Value.Parameter
  public abstract String provision();

  /**
   * Where to read it; defaults to the instrument's URL.
   *
   * @return the URL
   */
  @Value.Default
  public String url() {
    return instrument().url();
  }

  @Value.Check
  void check() {
    Checks.notBlank("provision", provision());
  }

  /**
   * The instrument's short name and the provision, e.g.&nbsp;{@code "UN Charter Art. 27(3)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return instrument().shortName() + " " + provision();
  }
}
