package org.r2p.core;

/**
 * Whether a proposal is procedural (Charter Art.&nbsp;27(2): any nine votes, no veto) or not
 * (Art.&nbsp;27(3): nine votes including the concurring votes of the permanent members). The
 * Charter lists no procedural matters: the classification is an input, and a contested one
 * is settled by a preliminary-question vote.
 */
public enum Classification {
  /** Art.&nbsp;27(2). */
  PROCEDURAL,
  /** Art.&nbsp;27(3). */
  NON_PROCEDURAL,
  /** Disputed; settled by a preliminary question, decided as non-procedural. */
  CONTESTED
}
