package org.r2p.core;

import java.util.Locale;

/** How far a source settles a fact, as the data's compiler rates it. Never upgraded by r2p. */
public enum Confidence {
  /** An official list or a primary source states it. */
  HIGH,
  /** A secondary source states it. */
  MEDIUM,
  /** Derived by a rule, or only indirectly supported. */
  LOW;

  /**
   * Reads a rating as written in the data: "high", "MEDIUM", "high (purpose)".
   *
   * @param text the text; its first word is the rating
   * @return the confidence
   * @throws IllegalArgumentException naming the text if its first word is no rating
   */
  public static Confidence parse(String text) {
    String word = text.trim().split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
    for (Confidence c : values()) {
      if (c.name().equals(word)) {
        return c;
      }
    }
    throw new IllegalArgumentException("confidence must be high, medium or low: '" + text + "'");
  }
}
