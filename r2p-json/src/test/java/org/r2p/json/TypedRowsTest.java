package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.Confidence;
import org.r2p.core.Instrument;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvMapping;

/**
 * The bundled rows read through their files' mappings: the typed accessors say what the columns
 * say, the texts stay as written (no confidence upgraded), and a row a mapping refuses is named by
 * line, column and value.
 */
final class TypedRowsTest {
  static final R2pDatasets DATA = R2pDatasets.load();

  @Test
  void assessmentRows_typedAsWritten_andTheRecordsAimKeepsTheConfidenceAsWritten() {
    assertThat(DATA.sourcedAssessments()).isNotEmpty().allSatisfy(a -> {
      assertThat(a.aims().name()).isEqualTo(a.aimsToEndOrPrevent());
      assertThat(a.characterisation().name()).isEqualTo(a.crimesCharacterised());
      assertThat(a.confidence().toUpperCase(java.util.Locale.ROOT)).startsWith(a.confidenceLevel().name());
      VoteRecord r = DATA.vetoes().stream().filter(v -> v.id().orElse("").equals(a.vetoId())).findFirst().orElseThrow();
      AtrocityAim aim = r.proposal().atrocityAim().orElseThrow();
      assertThat(aim.assessment()).isEqualTo(a.aims());
      assertThat(aim.timing()).isEqualTo(a.timing());
      assertThat(aim.note()).hasValueSatisfying(n -> assertThat(n).endsWith("confidence: " + a.confidence()));
    });
    // a remark beside the level is kept, the level read from it
    assertThat(DATA.sourcedAssessments()).anySatisfy(a -> {
      assertThat(a.confidence()).isEqualTo("high (purpose)");
      assertThat(a.confidenceLevel()).isEqualTo(Confidence.HIGH);
    });
  }

  @Test
  void positions_typed_refusalsAndPledgesAsTheRegistryTakesThem() {
    assertThat(DATA.initiativePositions()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.initiativeKind().name()).isEqualTo(p.initiative());
      assertThat(p.statusKind().name()).isEqualTo(p.status());
      assertThat(p.confidence().toUpperCase(java.util.Locale.ROOT)).startsWith(p.confidenceLevel().name());
    });
    assertThat(InitiativePosition.Initiative.UK_OWN_PLEDGE.instrument()).contains(Instrument.UK_PLEDGE);
    assertThat(InitiativePosition.Initiative.VETO_RESTRAINT_GENERAL.instrument()).isEmpty();
    assertThat(InitiativePosition.Status.NOT_JOINED_OPPOSED.refusal()).isTrue();
    assertThat(InitiativePosition.Status.OPPOSED.refusal()).isTrue();
    assertThat(InitiativePosition.Status.JOINED_P5.refusal()).isFalse();
    // every dated refusal of a multilateral initiative is a non-adherence of the registry
    long refusals = DATA.initiativePositions().stream()
        .filter(p -> p.state().isPresent() && p.statusKind().refusal() && p.initiativeKind().multilateral()).count();
    assertThat(DATA.commitments().nonAdherences()).hasSize((int) refusals);
  }

  @Test
  void debates_confidenceLevelFromTheTextAsWritten() {
    assertThat(DATA.gaVetoDebates()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.confidenceLevel()).isEqualTo(Confidence.parse(d.confidence())));
  }

  @Test
  void aMappingKeepsTheGoodRows_andNamesEachBadOneByLineColumnAndValue() {
    String header = String.join(",", SourcedAssessment.COLUMNS) + "\n";
    String good = "V900,2020-01-01,S/2020/1,Russian Federation,x,YES,war crimes,a commission,BEFORE_VOTE,YES,p,s,,high,src\n";
    String badConfidence = "V901,2020-01-01,S/2020/2,Russian Federation,x,YES,war crimes,a commission,BEFORE_VOTE,YES,p,s,,certain,src\n";
    String badAims = "V902,2020-01-01,S/2020/3,Russian Federation,x,UNKNOWN,,nobody,,PERHAPS,p,s,,low,src\n";
    CsvMapping.Table<SourcedAssessment> t = SourcedAssessment.CSV.read("a.csv",
        new ByteArrayInputStream((header + good + badConfidence + badAims).getBytes(StandardCharsets.UTF_8)));
    assertThat(t.rows()).extracting(SourcedAssessment::vetoId).containsExactly("V900");
    assertThat(t.rows().get(0).aims()).isEqualTo(Assessment.YES);
    assertThat(t.problems()).extracting(CsvMapping.RowProblem::line, CsvMapping.RowProblem::column,
        CsvMapping.RowProblem::value).containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "confidence", "certain"),
            org.assertj.core.groups.Tuple.tuple(4, "aims_to_end_or_prevent", "PERHAPS"));
    assertThat(t.problems().get(0).message()).isEqualTo("confidence must be high, medium or low: 'certain'");
    assertThat(List.of(t.problems().get(0).file())).containsExactly("a.csv");
  }

  @Test
  void rowTypes_refuseAMissingPart_namingIt_andKeepTheirListsUnmodifiable() {
    GaVetoDebate d = DATA.gaVetoDebates().get(0);
    java.util.List<String> members = new java.util.ArrayList<>(d.vetoingMembers());
    GaVetoDebate copy = new GaVetoDebate(d.vetoId(), d.vetoDate(), d.draft(), members, d.subject(),
        d.meetingDate(), d.meetingDateAsWritten(), d.format(), d.formatAsWritten(), d.session(),
        d.meetings(), d.pvSymbol(), d.pvSymbolBasis(), d.outcome(), d.source(), d.note(), d.confidence());
    members.add("someone else");
    assertThat(copy.vetoingMembers()).isEqualTo(d.vetoingMembers());
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new GaVetoDebate(d.vetoId(), d.vetoDate(), d.draft(), d.vetoingMembers(), d.subject(),
            d.meetingDate(), d.meetingDateAsWritten(), d.format(), d.formatAsWritten(), d.session(),
            d.meetings(), d.pvSymbol(), d.pvSymbolBasis(), d.outcome(), null, d.note(), d.confidence()))
        .withMessage("GaVetoDebate.source is required");
    InitiativePosition p = DATA.initiativePositions().get(0);
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> new InitiativePosition(p.state(), p.stateName(), p.initiative(), null, p.statement(),
            p.statementDate(), p.source(), p.confidence()))
        .withMessage("InitiativePosition.status is required");
  }
}
