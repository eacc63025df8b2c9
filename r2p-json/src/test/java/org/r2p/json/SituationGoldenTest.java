package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Situation;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvRows;

/**
 * The situation of every vetoed proposal, audited row by row: the golden file
 * {@code org/r2p/json/golden/veto_situations.csv} lists each veto with its date, symbol, vetoing
 * members, topic and agenda item as the veto list gives them and the situation r2p reads
 * ({@code OTHER: <topic>} where none is classified). The bundled records must carry exactly
 * those situations.
 */
final class SituationGoldenTest {
  static List<CsvRows.Row> golden() {
    try (InputStream in = SituationGoldenTest.class.getResourceAsStream("/org/r2p/json/golden/veto_situations.csv")) {
      return CsvRows.read("golden/veto_situations.csv", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String shown(Situation s) {
    return s.isClassified() ? s.key() : "OTHER: " + s.displayName();
  }

  @Test
  void everyVetoedProposalHasTheAuditedSituation() {
    List<CsvRows.Row> golden = golden();
    List<VoteRecord> vetoes = R2pDatasets.load().vetoes();
    assertThat(vetoes).hasSize(golden.size());
    for (int i = 0; i < golden.size(); i++) {
      CsvRows.Row g = golden.get(i);
      VoteRecord r = vetoes.get(i);
      assertThat(r.id()).as(g.where()).hasValue(g.get("veto_id"));
      assertThat(r.date().toString()).as(g.where()).isEqualTo(g.get("date"));
      assertThat(r.proposal().agendaItem().orElse("")).as(g.where()).isEqualTo(g.get("agenda_item"));
      assertThat(shown(r.proposal().situation().orElseThrow())).as(g.where()).isEqualTo(g.get("situation"));
    }
  }

  @Test
  void suezAndTheUsLibyaIncidentsAreNotIsraelPalestine() {
    Map<String, String> byId = new TreeMap<>();
    golden().forEach(g -> byId.put(g.get("veto_id"), g.get("situation")));
    assertThat(byId).containsEntry("V058", "SUEZ_CRISIS").containsEntry("V059", "SUEZ_CRISIS")
        .containsEntry("V145", "US_LIBYA").containsEntry("V158", "US_LIBYA");
    // no French or British veto is left on Israel/Palestine
    for (VoteRecord r : R2pDatasets.bundled().vetoes()) {
      if (r.proposal().situation().orElseThrow().equals(Situation.ISRAEL_PALESTINE)) {
        assertThat(r.recordedVetoCasts()).as(r.id().orElse(""))
            .noneMatch(m -> PermanentSeat.everHeldBy(m).orElseThrow() == PermanentSeat.FRANCE
                || PermanentSeat.everHeldBy(m).orElseThrow() == PermanentSeat.UNITED_KINGDOM);
      }
    }
  }

  @Test
  void theRulesReadAnAgendaAloneAsTheyReadTheBundledTable() {
    // the bundled table is what the rules give, row by row (the loader refuses it otherwise)
    for (SituationClassification c : R2pDatasets.bundled().situationClassifications()) {
      VoteRecord r = R2pDatasets.bundled().vetoes().stream().filter(v -> v.id().orElse("").equals(c.vetoId()))
          .findFirst().orElseThrow();
      SituationRules.Result byRules = SituationRules.classify(c.topic(), r.proposal().agendaItem().orElse("")).orElseThrow();
      assertThat(byRules.situation()).as(c.vetoId()).isEqualTo(c.situation());
      assertThat(byRules.rule()).as(c.vetoId()).isEqualTo(c.rule());
    }
    // an agenda alone, as an imported resolution has it
    assertThat(SituationRules.classify("", "The situation in the Middle East, including the Palestinian question"))
        .hasValue(new SituationRules.Result(Situation.ISRAEL_PALESTINE, SituationClassification.Rule.AGENDA_NAME));
    assertThat(SituationRules.classify("", "The situation in Myanmar").orElseThrow().situation()).isEqualTo(Situation.MYANMAR);
    assertThat(SituationRules.classify("", "Non-proliferation/Democratic People's Republic of Korea").orElseThrow()
        .situation()).isEqualTo(Situation.DPRK);
    assertThat(SituationRules.classify("", "Letters dated 4 January 1989 from Libya and Bahrain to the President of the"
        + " Security Council")).hasValue(new SituationRules.Result(Situation.US_LIBYA, SituationClassification.Rule.AGENDA_ITEM));
    // several situations, or none, named: unclassified, the agenda kept as the text
    SituationRules.Result middleEast = SituationRules.classify("", "The situation in the Middle East").orElseThrow();
    assertThat(middleEast.rule()).isEqualTo(SituationClassification.Rule.UNCLASSIFIED);
    assertThat(middleEast.situation().displayName()).isEqualTo("The situation in the Middle East");
    assertThat(SituationRules.classify("", "Letter from Syria concerning Lebanon").orElseThrow().rule())
        .isEqualTo(SituationClassification.Rule.UNCLASSIFIED);
    assertThat(SituationRules.classify("", "  ")).isEmpty();
  }
}
