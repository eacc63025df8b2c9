package org.r2p.rules;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.r2p.core.MemberState;

/**
 * What GA res 76/262 requires after a veto: a formal General Assembly meeting within 10
 * working days, unless the Assembly meets in an emergency special session on the same
 * situation; the vetoing members speak first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractGaDebate {
  /** @return the date the veto was cast */
  public abstract LocalDate vetoDate();

  /** @return the members that cast it, who get precedence in the list of speakers (OP2) */
  public abstract List<MemberState> vetoingMembers();

  /** @return whether a GA meeting is required (false under the ESS carve-out) */
  public abstract boolean meetingRequired();

  /** @return the last day by which the President of the GA must convene it */
  public abstract LocalDate deadline();

  /** @return why */
  public abstract Explanation explanation();
}
