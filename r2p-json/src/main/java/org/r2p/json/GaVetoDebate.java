package org.r2p.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.r2p.core.Confidence;
import org.r2p.core.DocumentSymbol;

/**
 * The General Assembly meeting that followed a veto under GA res 76/262 (or the emergency
 * special session that took its place), or the Assembly's annual thematic debate, as the
 * bundled {@code sourced/ga_debates.csv} records it, with its source and confidence.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vetoId the veto's id in the veto list (e.g. "V213"), empty for the thematic debate
 * @param vetoDate the date of the veto, empty for the thematic debate
 * @param draft the vetoed draft, if any
 * @param vetoingMembers the vetoing members as named in the source
 * @param subject the subject
 * @param meetingDate the date of the GA meeting, where known to the day
 * @param meetingDateAsWritten the date as the source gives it (e.g. "2023-04")
 * @param format what kind of meeting it was
 * @param formatAsWritten the format column as written, with its remark
 * @param session the GA session ("76", "ES-11")
 * @param meetings the plenary meetings, as written
 * @param pvSymbol the meeting record symbols, as written (may be empty)
 * @param pvSymbolBasis whether the symbol was stated in a source or derived
 * @param outcome the outcome or press release, as written
 * @param source where the facts come from
 * @param note doubts and gaps, as written
 * @param confidence the compiler's confidence, as written ("high", "medium")
 */
public record GaVetoDebate(
    Optional<String> vetoId,
    Optional<LocalDate> vetoDate,
    Optional<DocumentSymbol> draft,
    List<String> vetoingMembers,
    String subject,
    Optional<LocalDate> meetingDate,
    String meetingDateAsWritten,
    Format format,
    String formatAsWritten,
    String session,
    String meetings,
    String pvSymbol,
    String pvSymbolBasis,
    String outcome,
    String source,
    String note,
    String confidence) {
  /**
   * Checks that every part is present and keeps an unmodifiable copy of the list.
   *
   * @param vetoId the veto's id in the veto list (e.g. "V213"), empty for the thematic debate
   * @param vetoDate the date of the veto, empty for the thematic debate
   * @param draft the vetoed draft, if any
   * @param vetoingMembers the vetoing members as named in the source
   * @param subject the subject
   * @param meetingDate the date of the GA meeting, where known to the day
   * @param meetingDateAsWritten the date as the source gives it (e.g. "2023-04")
   * @param format what kind of meeting it was
   * @param formatAsWritten the format column as written, with its remark
   * @param session the GA session ("76", "ES-11")
   * @param meetings the plenary meetings, as written
   * @param pvSymbol the meeting record symbols, as written (may be empty)
   * @param pvSymbolBasis whether the symbol was stated in a source or derived
   * @param outcome the outcome or press release, as written
   * @param source where the facts come from
   * @param note doubts and gaps, as written
   * @param confidence the compiler's confidence, as written ("high", "medium")
   */
  public GaVetoDebate {
    RecordParts.required(GaVetoDebate.class, vetoId, vetoDate, draft, vetoingMembers, subject,
        meetingDate, meetingDateAsWritten, format, formatAsWritten, session, meetings, pvSymbol,
        pvSymbolBasis, outcome, source, note, confidence);
    vetoingMembers = List.copyOf(vetoingMembers);
  }


  /** What kind of Assembly meeting followed the veto. */
  public enum Format {
    /** A plenary meeting convened under res 76/262. */
    PLENARY_UNDER_76_262,
    /**
     * The Assembly met in an emergency special session on the same situation instead (OP1's
     * carve-out: no separate meeting is due).
     */
    EMERGENCY_SPECIAL_SESSION_INSTEAD,
    /** The annual debate on the use of the veto, not triggered by a veto. */
    THEMATIC_DEBATE
  }

  /**
   * The compiler's confidence as a level.
   *
   * @return the level
   */
  public Confidence confidenceLevel() {
    return Confidence.parse(confidence);
  }

  /**
   * Whether the Assembly met in an emergency special session on the same situation instead
   * of a separate meeting (res 76/262 OP1's carve-out), as the source records it.
   *
   * @return true for {@link Format#EMERGENCY_SPECIAL_SESSION_INSTEAD}
   */
  public boolean emergencySpecialSession() {
    return format == Format.EMERGENCY_SPECIAL_SESSION_INSTEAD;
  }
}
