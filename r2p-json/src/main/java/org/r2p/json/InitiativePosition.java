package org.r2p.json;

import java.util.Objects;
import java.util.Optional;
import org.r2p.core.MemberState;

/**
 * A permanent member's position on a veto-restraint initiative as a source states it, from
 * {@code sourced/known_non_adherence.csv}: "France and Britain signed the code but the three
 * other permanent council members have not" (AP, 23 Oct 2015). The registry takes the
 * adherences and dated non-adherences from these rows; the rows themselves keep what the
 * registry cannot (a qualified US commitment of 2023 that is no signature, the UK's support "in
 * principle" of the France–Mexico declaration, a UK answer of 2025 that names no state).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the state, empty where the source names none ("other members of the Security
 *     Council")
 * @param stateName the state's name as written, or the file's words for those it does not name
 * @param initiative the initiative as written (ACT_CODE, FRANCE_MEXICO_DECLARATION,
 *     FRANCE_OWN_PLEDGE, UK_OWN_PLEDGE, VETO_RESTRAINT_GENERAL)
 * @param status the status as written (NOT_JOINED, JOINED_P5, OPPOSED…)
 * @param statement what the source says
 * @param statementDate the date of the statement as written ("2015-10-23", "2023-04", "2015")
 * @param source where
 * @param confidence the compiler's confidence as written
 */
public record InitiativePosition(
    Optional<MemberState> state,
    String stateName,
    String initiative,
    String status,
    String statement,
    String statementDate,
    String source,
    String confidence) {
  /**
   * Checks the parts.
   *
   * @param state the state, or empty
   * @param stateName the name as written
   * @param initiative the initiative as written
   * @param status the status as written
   * @param statement what the source says
   * @param statementDate the date as written
   * @param source where
   * @param confidence the confidence as written
   */
  public InitiativePosition {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateName, "stateName");
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(statementDate, "statementDate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
