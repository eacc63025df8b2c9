package org.r2p.json;

import java.util.Objects;

/**
 * One row of the bundled {@code sourced/atrocity_assessments.csv}, every column as written:
 * whether a named source characterised the situation of a vetoed draft as genocide, crimes
 * against humanity or war crimes, when, and whether the draft's operative text aimed to end or
 * prevent them. {@link R2pDatasets#vetoes()} reads each row into the record's
 * {@code AtrocityAim}; this keeps what that value does not hold (the crimes named about a draft
 * assessed NO, a risk named beside crimes committed, the timing and summary as written), so that
 * a table of the assessments can be shown as the file has it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vetoId the veto's id in the veto list ({@code V183}…)
 * @param voteDate the vote's date as written
 * @param draftSymbol the draft's symbol as written
 * @param vetoingMembers the vetoing members as written ({@code China;Russian Federation})
 * @param subject the subject as written
 * @param crimesCharacterised YES or UNKNOWN
 * @param crimesNamed the crimes as the source names them, risks included ("risk of genocide")
 * @param characterisedBy who characterised them
 * @param characterisationTiming BEFORE_VOTE, AFTER_VOTE or BOTH, with the file's detail
 * @param aimsToEndOrPrevent YES, CONTESTED, NO or UNKNOWN, read from the operative text
 * @param draftPurpose what the draft did
 * @param compilerSummary the file's mechanical summary (not a legal finding)
 * @param note the file's note
 * @param confidence the compiler's confidence
 * @param source where
 */
public record SourcedAssessment(
    String vetoId,
    String voteDate,
    String draftSymbol,
    String vetoingMembers,
    String subject,
    String crimesCharacterised,
    String crimesNamed,
    String characterisedBy,
    String characterisationTiming,
    String aimsToEndOrPrevent,
    String draftPurpose,
    String compilerSummary,
    String note,
    String confidence,
    String source) {
  /** The file's columns, in its order. */
  static final java.util.List<String> COLUMNS = java.util.List.of("veto_id", "vote_date", "draft_symbol",
      "vetoing_members", "subject", "crimes_characterised", "crimes_named", "characterised_by",
      "characterisation_timing", "aims_to_end_or_prevent", "draft_purpose", "compiler_summary", "note",
      "confidence", "source");

  /**
   * Checks that no part is null.
   *
   * @param vetoId the id
   * @param voteDate the date
   * @param draftSymbol the symbol
   * @param vetoingMembers the vetoing members
   * @param subject the subject
   * @param crimesCharacterised YES or UNKNOWN
   * @param crimesNamed the crimes named
   * @param characterisedBy who
   * @param characterisationTiming when
   * @param aimsToEndOrPrevent the aim
   * @param draftPurpose the purpose
   * @param compilerSummary the summary
   * @param note the note
   * @param confidence the confidence
   * @param source the source
   */
  public SourcedAssessment {
    for (Object o : new Object[] {vetoId, voteDate, draftSymbol, vetoingMembers, subject, crimesCharacterised,
        crimesNamed, characterisedBy, characterisationTiming, aimsToEndOrPrevent, draftPurpose, compilerSummary, note,
        confidence, source}) {
      Objects.requireNonNull(o, "a column of the assessment row");
    }
  }

  /**
   * The row's cells in the file's column order.
   *
   * @return the cells
   */
  public java.util.List<String> cells() {
    return java.util.List.of(vetoId, voteDate, draftSymbol, vetoingMembers, subject, crimesCharacterised, crimesNamed,
        characterisedBy, characterisationTiming, aimsToEndOrPrevent, draftPurpose, compilerSummary, note, confidence,
        source);
  }

  static SourcedAssessment of(org.r2p.json.internal.CsvRows.Row r) {
    return new SourcedAssessment(r.get("veto_id"), r.get("vote_date"), r.get("draft_symbol"), r.get("vetoing_members"),
        r.get("subject"), r.get("crimes_characterised"), r.get("crimes_named"), r.get("characterised_by"),
        r.get("characterisation_timing"), r.get("aims_to_end_or_prevent"), r.get("draft_purpose"),
        r.get("compiler_summary"), r.get("note"), r.get("confidence"), r.get("source"));
  }
}
