package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Confidence;
import org.r2p.core.Holiday;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.ProposalKind;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvRows;

/** The sourced files as bundled: copied facts, sources and confidence kept, gaps left as gaps. */
final class SourcedDataTest {
  final R2pDatasets data = R2pDatasets.load();
  final CommitmentRegistry reg = data.commitments();

  VoteRecord byId(String id) {
    return data.vetoes().stream().filter(r -> r.id().orElse("").equals(id)).findFirst().orElseThrow();
  }

  static final LocalDate LAUNCH = LocalDate.of(2015, 10, 23);

  @Test
  void theP5AsTheSourcesStateThem() {
    for (MemberState s : List.of(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION, MemberStates.UNITED_STATES)) {
      var a = reg.statusOn(s, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH);
      assertThat(a.status()).as(s.code()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
      assertThat(a.reason()).as(s.code()).contains("had not adhered to ACT Code of Conduct as of 2015-10-23")
          .contains("business-standard.com");
    }
    // after the launch: the depositary's page (2022 or later) names France and the UK as the veto
    // powers that joined; the United States is recorded as no signatory in April 2023 (GA/12500);
    // the legal reading's "never joined" covers the record to the last veto, 2025-09-18
    for (MemberState s : List.of(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION, MemberStates.UNITED_STATES)) {
      var a = reg.statusOn(s, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH.plusDays(1));
      assertThat(a.status()).as(s.code()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
      assertThat(a.nonAdherence().orElseThrow().source()).as(s.code())
          .contains(s.equals(MemberStates.UNITED_STATES) ? "GA/12500" : "llv.li/");
      var later = reg.statusOn(s, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2025, 9, 18));
      assertThat(later.status()).as(s.code()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
      assertThat(later.nonAdherence().orElseThrow().source()).as(s.code()).startsWith("FINDINGS.md §2");
      // after the last dated fact the partial list cannot say no
      assertThat(reg.status(s, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2025, 9, 19))).as(s.code())
          .isEqualTo(CommitmentStatus.UNKNOWN);
    }
    assertThat(reg.statusOn(MemberStates.UNITED_STATES, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2023, 4, 1))
        .nonAdherence().orElseThrow().source()).contains("GA/12500");
    for (MemberState s : List.of(MemberStates.FRANCE, MemberStates.UNITED_KINGDOM)) {
      assertThat(reg.status(s, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH)).as(s.code()).isEqualTo(CommitmentStatus.COMMITTED);
    }
    // the rows of known_non_adherence.csv that say France and the UK joined agree with the supporter list
    for (InitiativePosition p : data.initiativePositions()) {
      if (p.initiative().equals("ACT_CODE") && p.status().equals("JOINED_P5")) {
        assertThat(reg.adherencesOf(p.state())).filteredOn(a -> a.instrument() == Instrument.ACT_CODE_OF_CONDUCT)
            .singleElement().satisfies(a -> assertThat(a.from().toString()).isEqualTo(p.statementDate()));
      }
    }
    assertThat(data.initiativePositions()).hasSize(13)
        .anySatisfy(p -> {
          assertThat(p.state()).isEqualTo(MemberStates.UNITED_STATES);
          assertThat(p.status()).isEqualTo("QUALIFIED_COMMITMENT_NOT_A_SIGNATURE");
          assertThat(p.statementDate()).isEqualTo("2023-04");
        });
  }

  /** A dated "had not joined" rules out every earlier day on which the instrument existed. */
  @Test
  void aDatedNonAdherenceRulesOutEveryEarlierDay() {
    List<NonAdherence> known = reg.nonAdherences();
    qt().withExamples(400).forAll(integers().between(0, known.size() - 1), longs().between(0, 4000))
        .checkAssert((k, back) -> {
          NonAdherence n = known.get(k);
          LocalDate d = n.asOf().minusDays(back);
          CommitmentStatus s = reg.status(n.state(), n.instrument(), d);
          assertThat(s).as(n + " on " + d).isEqualTo(CommitmentStatus.NOT_COMMITTED);
        });
  }

  /** A state the partial list does not name is UNKNOWN on any day the Code existed, never NO. */
  @Test
  void absenceFromThePartialListIsUnknown() {
    qt().withExamples(400).forAll(integers().between(0, 25 * 26 - 1), longs().between(0, 4000))
        .checkAssert((code, days) -> {
          String c = "Q" + (char) ('A' + code / 26) + (char) ('A' + code % 26);
          MemberState s = MemberState.of(c, "state " + c);
          LocalDate d = LAUNCH.plusDays(days);
          assertThat(reg.status(s, Instrument.ACT_CODE_OF_CONDUCT, d)).isEqualTo(CommitmentStatus.UNKNOWN);
          assertThat(reg.status(s, Instrument.FRANCE_MEXICO_DECLARATION, d)).isEqualTo(CommitmentStatus.UNKNOWN);
        });
  }

  @Test
  void supporterCountsAreDataAndThePartialListSaysSo() {
    assertThat(data.supporterCounts()).hasSize(18 + 8);
    assertThat(data.supporterCoverage(Instrument.ACT_CODE_OF_CONDUCT))
        .startsWith("34 of about 115 supporters named (partial list; latest count 115 (2018-02-16, ")
        .contains("S/2018/130");
    assertThat(data.supporterCoverage(Instrument.FRANCE_MEXICO_DECLARATION))
        .startsWith("4 of about 107 supporters named (partial list; ");
    SupporterCount undated = data.supporterCounts().stream().filter(c -> c.count().orElse(0) == 114)
        .findFirst().orElseThrow();
    assertThat(undated.asOf()).isEmpty();
    assertThat(undated.describe()).isEqualTo("114 (date not captured, Liechtenstein FM Aurelia Frick)");
    assertThat(data.supporterCounts()).filteredOn(c -> !c.ofInstrumentAlone()).hasSize(5);
    assertThat(data.supporterCounts()).filteredOn(c -> c.count().isEmpty()).singleElement()
        .satisfies(c -> assertThat(c.asOf()).hasValue(LocalDate.of(2014, 9, 25)));
  }

  /** Every vetoed draft V183–V230 carries the sourced assessment, read column by column. */
  @Test
  void everyVetoedDraftFrom2007CarriesItsSourcedAssessment() {
    Map<String, String> summary = new TreeMap<>();
    for (CsvRows.Row r : CsvRows.resource("sourced/atrocity_assessments.csv")) {
      summary.put(r.get("veto_id"), r.get("compiler_summary"));
    }
    assertThat(summary).hasSize(48);
    Map<String, Integer> byAssessment = new TreeMap<>();
    for (int i = 183; i <= 230; i++) {
      String id = "V" + i;
      AtrocityAim a = byId(id).proposal().atrocityAim().orElseThrow(() -> new AssertionError(id));
      byAssessment.merge(a.assessment().name(), 1, Integer::sum);
      // the mechanical summary of NOTES.md follows from the assessment
      String expected = switch (a.assessment()) {
        case YES -> "IN_SCOPE_PER_SOURCES";
        case CONTESTED -> "CONTESTED";
        case NO -> "OUT_OF_SCOPE";
        case UNKNOWN -> "UNKNOWN";
      };
      assertThat(summary.get(id)).as(id).isEqualTo(expected);
      assertThat(a.note().orElseThrow()).as(id).contains("summary: " + expected).contains("confidence: ");
      if (a.assessment() == Assessment.NO) {
        assertThat(a.crimes()).as(id).isEmpty();
      }
    }
    assertThat(byAssessment).containsEntry("YES", 17).containsEntry("CONTESTED", 19).containsEntry("NO", 11)
        .containsEntry("UNKNOWN", 1);
    // Zimbabwe 2008: no source settles it, and UNKNOWN stays UNKNOWN
    AtrocityAim zimbabwe = byId("V184").proposal().atrocityAim().orElseThrow();
    assertThat(zimbabwe.assessment()).isEqualTo(Assessment.UNKNOWN);
    assertThat(zimbabwe.timing()).isEmpty();
    assertThat(zimbabwe.assertedBy()).startsWith("atrocity_assessments.csv (no characterisation of the crimes: none credible");
    // Aleppo 2016: asserted by the High Commissioner before the vote
    AtrocityAim aleppo = byId("V194").proposal().atrocityAim().orElseThrow();
    assertThat(aleppo.assessment()).isEqualTo(Assessment.YES);
    assertThat(aleppo.assertedBy()).isEqualTo("UN High Commissioner for Human Rights Zeid Ra'ad Al Hussein");
    assertThat(aleppo.crimes()).containsExactlyInAnyOrder(AtrocityCrime.WAR_CRIMES, AtrocityCrime.CRIMES_AGAINST_HUMANITY);
    assertThat(aleppo.timing()).hasValue(CharacterisationTiming.BEFORE_VOTE);
    assertThat(aleppo.source().orElseThrow()).startsWith("[crimes] OHCHR, Zeid statement");
    // Gaza 2018: the only characterisation came after the vote
    assertThat(byId("V204").proposal().atrocityAim().orElseThrow().timing()).hasValue(CharacterisationTiming.AFTER_VOTE);
    assertThat(byId("V228").proposal().atrocityAim().orElseThrow().timing()).hasValue(CharacterisationTiming.BOTH);
    assertThat(byId("V230").proposal().atrocityAim().orElseThrow().crimes()).containsExactly(AtrocityCrime.GENOCIDE);
    // V221 is an amendment, flagged as such in both files
    VoteRecord v221 = byId("V221");
    assertThat(v221.proposal().kind()).isEqualTo(ProposalKind.AMENDMENT);
    assertThat(v221.proposal().atrocityAim().orElseThrow().note().orElseThrow()).contains("AMENDMENT (not a draft resolution)");
    // r2p's own row for 1970 is kept: the sourced file starts in 2007
    assertThat(data.vetoes().stream().filter(r -> r.proposal().symbol().map(Object::toString).orElse("").equals("S/9696"))
        .findFirst().orElseThrow().proposal().atrocityAim().orElseThrow().assessment()).isEqualTo(Assessment.NO);
  }

  @Test
  void holidaysKeepTheirConfidenceAndTheMissingEidsStayMissing() {
    List<Holiday> h = data.unHeadquartersHolidays();
    assertThat(h).hasSize(36);
    assertThat(h).filteredOn(x -> x.date().getYear() == 2024).hasSize(9)
        .allSatisfy(x -> assertThat(x.confidence()).isEqualTo(Confidence.MEDIUM));
    assertThat(h).filteredOn(x -> x.date().getYear() != 2024)
        .allSatisfy(x -> assertThat(x.confidence()).isEqualTo(Confidence.LOW));
    assertThat(h).filteredOn(x -> x.name().startsWith("Eid")).extracting(x -> x.date().getYear()).containsOnly(2024);
    assertThat(h).anySatisfy(x -> {
      assertThat(x.date()).isEqualTo(LocalDate.of(2024, 3, 29));
      assertThat(x.name()).isEqualTo("Good Friday");
      assertThat(x.source()).contains("press.un.org/en/2024/db240328.doc.htm");
    });
    assertThat(h).isSortedAccordingTo(java.util.Comparator.comparing(Holiday::date));
  }
}
