package org.r2p.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.json.R2pDatasets;
import org.r2p.json.SourcedAssessment;

/**
 * The report's table of assessed drafts is the bundled assessment file, row for row (the file is
 * the revised sourced file: r2p-json's {@code PublicRecordTest} compares them): each row's
 * draft, subject, aim, crimes as named, timing and characterising source, in the file's order;
 * no row asserted by a specification.
 */
final class AssessmentTableTest {
  @Test
  void theTableIsTheBundledFileRowForRow() {
    R2pDatasets data = R2pDatasets.bundled();
    String md = HistoryReport.of(data, data.rules()).markdown();
    String table = md.substring(md.indexOf("## Vetoed drafts with an atrocity assessment"), md.indexOf("## Who was committed"));
    List<String> lines = table.lines().filter(l -> l.matches("\\| V\\d+ .*")).toList();
    List<SourcedAssessment> rows = data.sourcedAssessments();
    assertThat(lines).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      SourcedAssessment a = rows.get(i);
      assertThat(lines.get(i)).as(a.vetoId()).isEqualTo("| " + a.vetoId() + " | " + a.voteDate() + " | " + a.draftSymbol()
          + " | " + a.subject() + " | " + a.aimsToEndOrPrevent() + " | " + a.crimesNamed() + " | "
          + a.characterisationTiming() + " | "
          + (a.crimesCharacterised().equals("YES") ? a.characterisedBy()
              : "atrocity_assessments.csv (no characterisation of the crimes: " + a.characterisedBy() + ")")
          + " |");
    }
    assertThat(md).doesNotContain("asserted by DOMAIN").doesNotContain("DOMAIN.md").doesNotContain("FINDINGS");
  }
}
