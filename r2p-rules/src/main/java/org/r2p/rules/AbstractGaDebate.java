package org.r2p.rules;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.r2p.core.Holiday;
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
  /** {@return the date the veto was cast} */
  public abstract LocalDate vetoDate();

  /**
   * The members that cast it, who get precedence in the list of speakers (OP2): empty when
   * whether a veto was cast is not known ({@link #vetoCast()} UNKNOWN).
   *
   * @return the vetoing members
   */
  public abstract List<MemberState> vetoingMembers();

  /**
   * Whether a veto was cast: TRUE for a vetoed draft; UNKNOWN for a record whose missing votes
   * decide whether the draft was vetoed (an INDETERMINATE Charter decision), when the debate is
   * due only if they made it a veto. Never FALSE: a draft not vetoed requires no debate.
   *
   * @return TRUE or UNKNOWN
   */
  @Value.Default
  public Ternary vetoCast() {
    return Ternary.TRUE;
  }

  /**
   * Whether the Assembly met in an emergency special session on the same situation (OP1's
   * carve-out), as supplied: UNKNOWN unless the data or the caller says.
   *
   * @return TRUE, FALSE or UNKNOWN
   */
  public abstract Ternary emergencySession();

  /**
   * Whether a separate GA meeting was required: FALSE under the carve-out, TRUE when a veto was
   * cast and the carve-out is known not to apply, UNKNOWN when either is not known.
   *
   * @return the answer
   */
  @Value.Derived
  public Ternary meetingRequired() {
    switch (emergencySession()) {
      case TRUE:
        return Ternary.FALSE;
      case FALSE:
        return vetoCast();
      default:
        return Ternary.UNKNOWN;
    }
  }

  /**
   * The official holidays the deadline skipped (days after the veto up to the deadline),
   * with their sources and confidence: empty with a calendar of weekends only.
   *
   * @return the holidays assumed
   */
  public abstract List<Holiday> holidaysAssumed();

  /** {@return the last day by which the President of the GA must convene it} */
  public abstract LocalDate deadline();

  /** {@return why} */
  public abstract Explanation explanation();
}
