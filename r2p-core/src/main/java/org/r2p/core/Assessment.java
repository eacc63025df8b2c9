package org.r2p.core;

/**
 * An assertion about a proposal made by someone named (a user, a sponsor, a signatory, a
 * court): yes, no, contested, or unknown (the asserter found nothing that settles it). The
 * library never guesses one, and never reads UNKNOWN as NO.
 */
public enum Assessment {
  /** Asserted. */
  YES,
  /** Denied. */
  NO,
  /** Disputed. */
  CONTESTED,
  /** Not settled by the asserter's sources: neither asserted nor denied. */
  UNKNOWN
}
