package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.DatePrecision;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.Instrument;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.Purpose;
import org.r2p.core.VoteRecord;

/**
 * A researcher's own facts laid over the bundled ones: assessments and adherences read from CSV
 * or JSON, every problem of a file reported at once, nothing applied from a file with a problem.
 */
final class OverlaysTest {
  static final R2pDatasets DATA = R2pDatasets.bundled();
  static final Instrument ACT = Instrument.ACT_CODE_OF_CONDUCT;

  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  // --- assessments ---------------------------------------------------------------------------

  @Test
  void assessmentsCsv_everyColumnRead_inTheFilesOrder() throws IOException {
    Path csv = file("aims.csv", "symbol,assessment,crimes,purpose,timing,asserted_by,source,note\n"
        + "S/2014/348,yes, war_crimes ;CRIMES_AGAINST_HUMANITY;,incidental,before_vote,a researcher,my reading,first\n"
        + "S/2011/612,CONTESTED,,,,a sceptic,,\n");
    Map<DocumentSymbol, AtrocityAim> aims = Overlays.readAssessments(csv);
    assertThat(aims.keySet()).containsExactly(DocumentSymbol.parse("S/2014/348"), DocumentSymbol.parse("S/2011/612"));
    AtrocityAim first = aims.get(DocumentSymbol.parse("S/2014/348"));
    assertThat(first.assessment()).isEqualTo(Assessment.YES);
    assertThat(first.crimes()).containsExactlyInAnyOrder(AtrocityCrime.WAR_CRIMES, AtrocityCrime.CRIMES_AGAINST_HUMANITY);
    assertThat(first.purpose()).isEqualTo(Purpose.INCIDENTAL);
    assertThat(first.timing()).contains(CharacterisationTiming.BEFORE_VOTE);
    assertThat(first.assertedBy()).isEqualTo("a researcher");
    assertThat(first.source()).contains("my reading");
    assertThat(first.note()).contains("first");
    // blank optional cells are not given: the defaults stand
    AtrocityAim second = aims.get(DocumentSymbol.parse("S/2011/612"));
    assertThat(second.assessment()).isEqualTo(Assessment.CONTESTED);
    assertThat(second.crimes()).isEmpty();
    assertThat(second.purpose()).isEqualTo(Purpose.PRIMARY);
    assertThat(second.timing()).isEmpty();
    assertThat(second.source()).isEmpty();
    assertThat(second.note()).isEmpty();
    assertThat(second.assertedBy()).isEqualTo("a sceptic");
  }

  @Test
  void assessmentsCsv_onlyTheRequiredColumns_andAnUpperCaseExtension() throws IOException {
    Path csv = file("AIMS.CSV", "symbol,assessment,asserted_by\nS/2016/846,no,a sceptic\n");
    Map<DocumentSymbol, AtrocityAim> aims = Overlays.readAssessments(csv);
    assertThat(aims).containsOnlyKeys(DocumentSymbol.parse("S/2016/846"));
    AtrocityAim a = aims.get(DocumentSymbol.parse("S/2016/846"));
    assertThat(a.assessment()).isEqualTo(Assessment.NO);
    assertThat(a.crimes()).isEmpty();
    assertThat(a.purpose()).isEqualTo(Purpose.PRIMARY);
    assertThat(a.timing()).isEmpty();
    assertThat(a.source()).isEmpty();
    assertThat(a.note()).isEmpty();
  }

  @Test
  void assessmentsCsv_everyProblemAtOnce_withItsLine_andNothingApplied() throws IOException {
    Path csv = file("bad.csv", "symbol,assessment,crimes,asserted_by\n"
        + "S/2014/348,MAYBE,,a researcher\n"
        + "S/2016/846,YES,WAR_CRIMES,a researcher\n"
        + "S/2011/612,YES,PIRACY,a researcher\n");
    assertThatThrownBy(() -> Overlays.readAssessments(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("2 problem(s): " + csv + " line 2: ")
        .hasMessageContaining("MAYBE")
        .hasMessageContaining("; " + csv + " line 4: ")
        .hasMessageContaining("PIRACY")
        .hasMessageNotContaining("line 3");
  }

  @Test
  void assessmentsCsv_readKeepingTheGoodRows_eachBadRowNamedByLineColumnAndValue() throws IOException {
    Path csv = file("bad.csv", "symbol,assessment,crimes,asserted_by\n"
        + "S/2014/348,MAYBE,,a researcher\n"
        + "S/2016/846,YES,WAR_CRIMES,a researcher\n"
        + "S/2011/612,YES,PIRACY,a researcher\n"
        + "not a symbol,NO,,a researcher\n");
    Overlays.Read<Map<DocumentSymbol, AtrocityAim>> read = Overlays.assessments(csv);
    assertThat(read.value()).containsOnlyKeys(DocumentSymbol.parse("S/2016/846"));
    assertThat(read.value().get(DocumentSymbol.parse("S/2016/846")).crimes()).containsExactly(AtrocityCrime.WAR_CRIMES);
    assertThat(read.problems()).extracting(OverlayProblem::line, OverlayProblem::column, OverlayProblem::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(java.util.OptionalInt.of(2), "assessment", "MAYBE"),
            org.assertj.core.groups.Tuple.tuple(java.util.OptionalInt.of(4), "crimes", "PIRACY"),
            org.assertj.core.groups.Tuple.tuple(java.util.OptionalInt.of(5), "symbol", "not a symbol"));
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(csv.toString()));
    assertThat(read.problems().get(0).toString()).startsWith(csv + " line 2: ").contains("MAYBE");
    // the strict reading reports the same problems and applies nothing
    assertThatThrownBy(() -> Overlays.readAssessments(csv))
        .hasMessage("3 problem(s): " + String.join("; ", read.problems().stream().map(Object::toString).toList()));
  }

  @Test
  void adherenceCsv_readKeepingTheGoodRows_eachBadRowNamed() throws IOException {
    Path csv = file("broken.csv", "state,instrument,relation,from,source\n"
        + "XXX,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,s\n"
        + "RUS,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,s\n"
        + "RUS,ACT_CODE_OF_CONDUCT,JOINS,2016-01-01,s\n"
        + "GBR,ACT_CODE_OF_CONDUCT,ADHERES,2016-13-01,s\n"
        + "CHN,ACT_CODE_OF_CONDUCT,DOES_NOT_ADHERE,2025-12-31,s\n");
    Overlays.Read<CommitmentRegistry> read = Overlays.adherence(csv, CommitmentRegistry.empty());
    assertThat(read.value().adherences()).extracting(Adherence::state).containsExactly(MemberStates.RUSSIAN_FEDERATION);
    assertThat(read.value().nonAdherences()).extracting(NonAdherence::state).containsExactly(MemberStates.CHINA);
    assertThat(read.problems()).extracting(OverlayProblem::line, OverlayProblem::column, OverlayProblem::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(java.util.OptionalInt.of(2), "state", "XXX"),
            org.assertj.core.groups.Tuple.tuple(java.util.OptionalInt.of(4), "relation", "JOINS"),
            org.assertj.core.groups.Tuple.tuple(java.util.OptionalInt.of(5), "from", "2016-13-01"));
    assertThat(read.problems().get(0).message()).isEqualTo("unknown state code: 'XXX'");
  }

  @Test
  void assessmentsCsv_aMissingRequiredColumn_isNamed() throws IOException {
    Path csv = file("aims.csv", "symbol,assessment\nS/2014/348,YES\n");
    assertThatThrownBy(() -> Overlays.readAssessments(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 problem(s): " + csv + " line 2: " + csv + " has no column 'asserted_by'");
  }

  @Test
  void assessmentsJson_anObjectKeyedBySymbol_inTheFilesOrder() throws IOException {
    Path json = file("aims.json", "{\"S/2016/846\": {\"assessment\": \"NO\", \"assertedBy\": \"a sceptic\"},"
        + " \"S/2014/348\": {\"assessment\": \"YES\", \"crimes\": [\"WAR_CRIMES\"], \"timing\": \"AFTER_VOTE\","
        + " \"assertedBy\": \"a researcher\", \"source\": \"my reading\"}}");
    Map<DocumentSymbol, AtrocityAim> aims = Overlays.readAssessments(json);
    assertThat(aims.keySet()).containsExactly(DocumentSymbol.parse("S/2016/846"), DocumentSymbol.parse("S/2014/348"));
    assertThat(aims.get(DocumentSymbol.parse("S/2016/846")).assessment()).isEqualTo(Assessment.NO);
    AtrocityAim yes = aims.get(DocumentSymbol.parse("S/2014/348"));
    assertThat(yes.crimes()).containsExactly(AtrocityCrime.WAR_CRIMES);
    assertThat(yes.timing()).contains(CharacterisationTiming.AFTER_VOTE);
    assertThat(yes.source()).contains("my reading");
  }

  @Test
  void assessmentsJson_problemsNamedByTheirKey_andNothingApplied() throws IOException {
    Path json = file("aims.json", "{\"S/2016/846\": {\"assessment\": \"MAYBE\", \"assertedBy\": \"x\"},"
        + " \"S/2014/348\": {\"assessment\": \"YES\", \"assertedBy\": \"x\"},"
        + " \"not a symbol\": {\"assessment\": \"YES\", \"assertedBy\": \"x\"}}");
    assertThatThrownBy(() -> Overlays.readAssessments(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("2 problem(s): " + json + " /S/2016/846: ")
        .hasMessageContaining("; " + json + " /not a symbol: ")
        .hasMessageNotContaining("/S/2014/348");
  }

  @Test
  void assessmentsJson_mustBeAnObject_andJson() throws IOException {
    Path array = file("aims.json", "[]");
    assertThatThrownBy(() -> Overlays.readAssessments(array))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(array + ": assessments must be a JSON object keyed by document symbol");
    Path broken = file("broken.json", "{\"S/2016/846\": ");
    assertThatThrownBy(() -> Overlays.readAssessments(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(broken + ": not JSON: ");
  }

  @Test
  void withAssessments_replacesTheAimOfTheRecordsWhoseSymbolHasOne_only() {
    List<VoteRecord> records = DATA.vetoes().stream().limit(40).toList();
    VoteRecord target = records.stream().filter(r -> r.proposal().symbol().isPresent()).findFirst().orElseThrow();
    DocumentSymbol symbol = target.proposal().symbol().orElseThrow();
    AtrocityAim mine = AtrocityAim.builder().assessment(Assessment.CONTESTED).assertedBy("a researcher").build();
    List<VoteRecord> out = Overlays.withAssessments(records, Map.of(symbol, mine));
    assertThat(out).hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      VoteRecord before = records.get(i);
      VoteRecord after = out.get(i);
      if (before.proposal().symbol().equals(Optional.of(symbol))) {
        assertThat(after.proposal().atrocityAim()).contains(mine);
        assertThat(after).isEqualTo(before.withProposal(before.proposal().withAtrocityAim(mine)));
      } else {
        assertThat(after).isSameAs(before);
      }
    }
    assertThat(Overlays.withAssessments(records, Map.of())).isEqualTo(records);
  }

  // --- adherence -----------------------------------------------------------------------------

  @Test
  void adherenceCsv_adherencesAndDatedNonAdherences_laidOverTheRegistry() throws IOException {
    CommitmentRegistry base = DATA.commitments();
    Path csv = file("adherence.csv", "state,instrument,relation,from,precision,to,source,note\n"
        + "rus,act_code_of_conduct,adheres,2016-01-01,month,2020-12-31,my source,a what if\n"
        + "CHN,ACT_CODE_OF_CONDUCT,does_not_adhere,2025-12-31,,,my other source,\n");
    CommitmentRegistry reg = Overlays.readAdherence(csv, base);
    assertThat(base.status(MemberStates.RUSSIAN_FEDERATION, ACT, LocalDate.of(2017, 1, 1)))
        .isNotEqualTo(CommitmentStatus.COMMITTED);
    assertThat(reg.status(MemberStates.RUSSIAN_FEDERATION, ACT, LocalDate.of(2017, 1, 1)))
        .isEqualTo(CommitmentStatus.COMMITTED);
    assertThat(reg.adherencesOf(MemberStates.RUSSIAN_FEDERATION)).filteredOn(a -> a.instrument() == ACT)
        .containsExactly(Adherence.builder().state(MemberStates.RUSSIAN_FEDERATION).instrument(ACT)
            .from(LocalDate.of(2016, 1, 1)).precision(DatePrecision.MONTH).to(LocalDate.of(2020, 12, 31))
            .source("my source").note("a what if").build());
    assertThat(reg.nonAdherences())
        .contains(new NonAdherence(MemberStates.CHINA, ACT, LocalDate.of(2025, 12, 31), "my other source"))
        .hasSize(base.nonAdherences().size() + 1);
    // the other facts of the registry are kept
    assertThat(reg.adherencesOf(MemberStates.FRANCE)).isEqualTo(base.adherencesOf(MemberStates.FRANCE));
    assertThat(reg.completeness(ACT)).isEqualTo(base.completeness(ACT));
  }

  @Test
  void adherenceCsv_withoutRelationPrecisionOrTo_adheresFromADay_openEnded() throws IOException {
    Path csv = file("adherence.csv", "state,instrument,from,source\nRUS,ACT_CODE_OF_CONDUCT,2016-01-01,my source\n");
    CommitmentRegistry reg = Overlays.readAdherence(csv, CommitmentRegistry.empty());
    assertThat(reg.adherences()).containsExactly(Adherence.builder().state(MemberStates.RUSSIAN_FEDERATION)
        .instrument(ACT).from(LocalDate.of(2016, 1, 1)).source("my source").build());
    assertThat(reg.adherences().get(0).precision()).isEqualTo(DatePrecision.DAY);
    assertThat(reg.adherences().get(0).to()).isEmpty();
    assertThat(reg.adherences().get(0).note()).isEmpty();
    assertThat(reg.nonAdherences()).isEmpty();
    Path blank = file("blank.csv", "state,instrument,relation,from,precision,to,source,note\n"
        + "RUS,ACT_CODE_OF_CONDUCT,,2016-01-01,,,my source,\n");
    assertThat(Overlays.readAdherence(blank, CommitmentRegistry.empty()).adherences()).isEqualTo(reg.adherences());
  }

  @Test
  void adherenceCsv_everyProblemAtOnce_withItsLine_andNothingApplied() throws IOException {
    Path csv = file("broken.csv", "state,instrument,relation,from,source\n"
        + "XXX,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,s\n"
        + "RUS,ACT_CODE_OF_CONDUCT,ADHERES,2016-01-01,s\n"
        + "RUS,ACT_CODE_OF_CONDUCT,JOINS,2016-01-01,s\n"
        + "CHN,ACT_CODE_OF_CONDUCT,DOES_NOT_ADHERE,2025-12-31,s\n");
    assertThatThrownBy(() -> Overlays.readAdherence(csv, DATA.commitments()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 problem(s): " + csv + " line 2: unknown state code: 'XXX'; "
            + csv + " line 4: relation must be ADHERES or DOES_NOT_ADHERE: 'JOINS'");
  }

  @Test
  void adherenceJson_anArrayOfAdherences_eachLaidOver() throws IOException {
    Path json = file("adherence.json", "[{\"state\":\"CHN\",\"instrument\":\"ACT_CODE_OF_CONDUCT\","
        + "\"from\":\"2016-01-01\",\"source\":\"what if\"},"
        + "{\"state\":\"RUS\",\"instrument\":\"ACT_CODE_OF_CONDUCT\",\"from\":\"2017-02-01\",\"source\":\"what if\"}]");
    CommitmentRegistry reg = Overlays.readAdherence(json, CommitmentRegistry.empty());
    assertThat(reg.adherences()).extracting(Adherence::state, Adherence::from).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(MemberStates.CHINA, LocalDate.of(2016, 1, 1)),
        org.assertj.core.groups.Tuple.tuple(MemberStates.RUSSIAN_FEDERATION, LocalDate.of(2017, 2, 1)));
    assertThat(Overlays.readAdherence(file("none.json", "[]"), DATA.commitments()).adherences())
        .isEqualTo(DATA.commitments().adherences());
  }

  @Test
  void adherenceJson_problemsNamedByTheirIndex_andItMustBeAnArrayOfJson() throws IOException {
    Path json = file("adherence.json", "[{\"state\":\"CHN\",\"instrument\":\"ACT_CODE_OF_CONDUCT\","
        + "\"from\":\"2016-01-01\",\"source\":\"what if\"}, {\"state\":\"CHN\"}]");
    assertThatThrownBy(() -> Overlays.readAdherence(json, CommitmentRegistry.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("1 problem(s): " + json + " /1: ");
    Path object = file("object.json", "{}");
    assertThatThrownBy(() -> Overlays.readAdherence(object, CommitmentRegistry.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(object + ": adherence must be a JSON array of adherences");
    Path broken = file("broken.json", "[{");
    assertThatThrownBy(() -> Overlays.readAdherence(broken, CommitmentRegistry.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(broken + ": not JSON: ");
  }
}
