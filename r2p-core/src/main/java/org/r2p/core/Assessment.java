package org.r2p.core;

/**
 * An assertion about a proposal made by someone named (a user, a sponsor, a signatory, a
 * court): yes, no, or contested. The library never guesses one.
 */
public enum Assessment {
  /** Asserted. */
  YES,
  /** Denied. */
  NO,
  /** Disputed. */
  CONTESTED
}
