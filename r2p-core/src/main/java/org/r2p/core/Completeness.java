package org.r2p.core;

/** Whether a registry lists every adherent of an instrument. */
public enum Completeness {
  /** Every adherent is listed: a state not listed is not committed. */
  COMPLETE,
  /** Some adherents may be missing: a state not listed is of unknown status. */
  PARTIAL
}
