package org.r2p.core;

/**
 * When a source characterised a situation as genocide, crimes against humanity or war crimes,
 * relative to the vote on the proposal. A characterisation made after the vote could not have
 * been known to the voters; whether it counts is a choice of interpretation, not of the data.
 */
public enum CharacterisationTiming {
  /** Made before (or on the day of) the vote. */
  BEFORE_VOTE,
  /** Made only after the vote. */
  AFTER_VOTE,
  /** Made before the vote and again after it. */
  BOTH
}
