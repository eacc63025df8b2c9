package org.r2p.core;

/** Whether a state stood committed to an instrument on a date. UNKNOWN is not NO. */
public enum CommitmentStatus {
  /** Committed on that date. */
  COMMITTED,
  /** Known not to be committed on that date. */
  NOT_COMMITTED,
  /** The data cannot tell: a partial list, or a date known only as "not later than". */
  UNKNOWN
}
