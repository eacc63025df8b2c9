package org.r2p.json;

import java.util.List;
import java.util.Optional;
import org.r2p.core.Assessment;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.Confidence;
import org.r2p.json.internal.CsvMapping;

/**
 * One row of the bundled {@code sourced/atrocity_assessments.csv}, every column as written:
 * whether a named source characterised the situation of a vetoed draft as genocide, crimes
 * against humanity or war crimes, when, and whether the draft's operative text aimed to end or
 * prevent them. {@link R2pDatasets#vetoes()} reads each row into the record's
 * {@code AtrocityAim}; this keeps what that value does not hold (the crimes named about a draft
 * assessed NO, a risk named beside crimes committed, the timing and summary as written), so that
 * a table of the assessments can be shown as the file has it.
 *
 * <p>The columns are kept as written; {@link #aims()}, {@link #characterisation()},
 * {@link #timing()} and {@link #confidenceLevel()} read them as constants (the bundled file's
 * mapping refuses a row whose columns are none of them).
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
  /**
   * Checks that every part is present.
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
  public SourcedAssessment {
    RecordParts.required(SourcedAssessment.class, vetoId, voteDate, draftSymbol, vetoingMembers,
        subject, crimesCharacterised, crimesNamed, characterisedBy, characterisationTiming,
        aimsToEndOrPrevent, draftPurpose, compilerSummary, note, confidence, source);
  }

  /** The file's columns, in its order. */
  static final List<String> COLUMNS = List.of("veto_id", "vote_date", "draft_symbol",
      "vetoing_members", "subject", "crimes_characterised", "crimes_named", "characterised_by",
      "characterisation_timing", "aims_to_end_or_prevent", "draft_purpose", "compiler_summary", "note",
      "confidence", "source");

  /** The file type: every column as written, in {@link #COLUMNS}' order. */
  static final CsvMapping<SourcedAssessment> CSV = CsvMapping.of(r -> new SourcedAssessment(
      r.text("veto_id"), r.text("vote_date"), r.text("draft_symbol"), r.text("vetoing_members"), r.text("subject"),
      r.checked("crimes_characterised", SourcedAssessment::checkCharacterisation),
      r.text("crimes_named"), r.text("characterised_by"), r.text("characterisation_timing"),
      r.checked("aims_to_end_or_prevent", Assessment::valueOf),
      r.text("draft_purpose"), r.text("compiler_summary"), r.text("note"),
      r.checked("confidence", Confidence::parse), r.text("source")));

  private static void checkCharacterisation(String text) {
    if (Assessment.valueOf(text) != Assessment.YES && Assessment.valueOf(text) != Assessment.UNKNOWN) {
      throw new IllegalArgumentException("crimes_characterised must be YES or UNKNOWN: '" + text + "'");
    }
  }

  /**
   * Whether the draft's operative text aimed to end or prevent the crimes.
   *
   * @return YES, CONTESTED, NO or UNKNOWN
   */
  public Assessment aims() {
    return Assessment.valueOf(aimsToEndOrPrevent);
  }

  /**
   * Whether a named source characterised the situation as atrocity crimes.
   *
   * @return YES or UNKNOWN
   */
  public Assessment characterisation() {
    return Assessment.valueOf(crimesCharacterised);
  }

  /**
   * When the crimes were characterised: "BEFORE_VOTE (…)", "AFTER_VOTE …", "BOTH", or one of
   * each, which is BOTH.
   *
   * @return the timing, empty where the file gives none
   */
  public Optional<CharacterisationTiming> timing() {
    boolean before = characterisationTiming.contains("BEFORE_VOTE");
    boolean after = characterisationTiming.contains("AFTER_VOTE");
    if (characterisationTiming.startsWith("BOTH") || (before && after)) {
      return Optional.of(CharacterisationTiming.BOTH);
    }
    if (before) {
      return Optional.of(CharacterisationTiming.BEFORE_VOTE);
    }
    return after ? Optional.of(CharacterisationTiming.AFTER_VOTE) : Optional.empty();
  }

  /**
   * The compiler's confidence as a level (a remark such as "high (purpose)" stays in
   * {@link #confidence()}).
   *
   * @return the level
   */
  public Confidence confidenceLevel() {
    return Confidence.parse(confidence);
  }

  /**
   * The row's cells in the file's column order.
   *
   * @return the cells
   */
  public List<String> cells() {
    return List.of(vetoId, voteDate, draftSymbol, vetoingMembers, subject, crimesCharacterised, crimesNamed,
        characterisedBy, characterisationTiming, aimsToEndOrPrevent, draftPurpose, compilerSummary, note, confidence,
        source);
  }
}
