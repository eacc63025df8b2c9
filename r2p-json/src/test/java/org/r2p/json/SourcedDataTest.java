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
    LocalDate depositary = LocalDate.of(2022, 4, 26);
    for (MemberState s : List.of(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION, MemberStates.UNITED_STATES)) {
      var a = reg.statusOn(s, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH);
      assertThat(a.status()).as(s.code()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
      assertThat(a.reason()).as(s.code()).contains("had not adhered to ACT Code of Conduct as of 2015-10-23")
          .contains("independent.ie/");
      // the depositary's page (written after 26 Apr 2022) names France and the UK as the veto
      // powers that joined: the latest dated evidence for the other three
      var onPage = reg.statusOn(s, Instrument.ACT_CODE_OF_CONDUCT, depositary);
      assertThat(onPage.status()).as(s.code()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
      assertThat(onPage.nonAdherence().orElseThrow().source()).as(s.code()).contains("llv.li/")
          .contains("NOT_JOINED_BY_ENUMERATION").contains("confidence: medium");
      // after it the registry cannot say; the rules may presume the status continues (Q17)
      LocalDate lastVeto = LocalDate.of(2025, 9, 18);
      assertThat(reg.status(s, Instrument.ACT_CODE_OF_CONDUCT, depositary.plusDays(1))).as(s.code())
          .isEqualTo(CommitmentStatus.UNKNOWN);
      assertThat(reg.presumedNonAdherence(s, Instrument.ACT_CODE_OF_CONDUCT, lastVeto)).as(s.code())
          .hasValueSatisfying(n -> assertThat(n.asOf()).isEqualTo(depositary));
      assertThat(reg.standingOn(s, lastVeto).presumedNonAdherence(Instrument.ACT_CODE_OF_CONDUCT))
          .isEqualTo(reg.presumedNonAdherence(s, Instrument.ACT_CODE_OF_CONDUCT, lastVeto));
      // nothing to presume on a day the evidence itself covers
      assertThat(reg.presumedNonAdherence(s, Instrument.ACT_CODE_OF_CONDUCT, depositary)).isEmpty();
    }
    // no bundled non-adherence rests on a specification or on the US statement of 2023, which
    // does not mention the Code
    assertThat(reg.nonAdherences()).allSatisfy(n -> assertThat(n.source())
        .doesNotContain("FINDINGS").doesNotContain("DOMAIN").doesNotContain("GA/12500"));
    for (MemberState s : List.of(MemberStates.FRANCE, MemberStates.UNITED_KINGDOM)) {
      assertThat(reg.status(s, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH)).as(s.code()).isEqualTo(CommitmentStatus.COMMITTED);
      assertThat(reg.presumedNonAdherence(s, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH.plusYears(9))).isEmpty();
    }
    // the rows of known_non_adherence.csv that say France and the UK joined agree with the supporter list
    for (InitiativePosition p : data.initiativePositions()) {
      if (p.initiative().equals("ACT_CODE") && p.status().equals("JOINED_P5")) {
        assertThat(reg.adherencesOf(p.state().orElseThrow())).filteredOn(a -> a.instrument() == Instrument.ACT_CODE_OF_CONDUCT)
            .singleElement().satisfies(a -> assertThat(a.from().toString()).isEqualTo(p.statementDate()));
      }
    }
    int rows = 0;
    for (CsvRows.Row r : CsvRows.resource("sourced/known_non_adherence.csv")) {
      rows++;
    }
    assertThat(data.initiativePositions()).hasSize(rows)
        .anySatisfy(p -> {
          assertThat(p.state()).hasValue(MemberStates.UNITED_STATES);
          assertThat(p.status()).isEqualTo("QUALIFIED_COMMITMENT_NOT_A_SIGNATURE_NOT_ABOUT_THE_CODE");
          assertThat(p.statementDate()).isEqualTo("2023-04-26");
        })
        // the UK's answer of 2025 names no state: kept, deciding no state's status
        .anySatisfy(p -> {
          assertThat(p.state()).isEmpty();
          assertThat(p.stateName()).isEqualTo("(unnamed Council members)");
          assertThat(p.statementDate()).isEqualTo("2025-05-23");
        });
    // France's pledge: the sourced row gives the month only
    var pledge = reg.statusOn(MemberStates.FRANCE, Instrument.FRENCH_PLEDGE, LocalDate.of(2015, 9, 29));
    assertThat(pledge.status()).isEqualTo(CommitmentStatus.UNKNOWN);
    assertThat(reg.statusOn(MemberStates.FRANCE, Instrument.FRENCH_PLEDGE, LAUNCH).reason())
        .contains("date known only to the month").contains("onu.delegfrance.org");
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
        .startsWith(DatasetsTest.rows("sourced/act_code_supporters.csv")
            + " named of about 115 supporters as of 2018-02-16 (partial list; latest count 115 (2018-02-16, ")
        .contains("S/2018/130");
    assertThat(data.supporterCoverage(Instrument.FRANCE_MEXICO_DECLARATION))
        .startsWith("4 named of about 107 supporters as of 2025-03-31 (partial list; ");
    // latest first, each with its date and source; the undated count last
    List<SupporterCount> code = data.supporterCounts(Instrument.ACT_CODE_OF_CONDUCT);
    assertThat(code.get(0).asOfAsWritten()).isEqualTo("2018-02-16");
    assertThat(code.get(code.size() - 1).asOf()).isEmpty();
    assertThat(code).allSatisfy(c -> assertThat(c.ofInstrumentAlone()).isTrue());
    assertThat(data.supporterCounts(Instrument.FRANCE_MEXICO_DECLARATION).get(0).count()).hasValue(107);
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
    // the results NOTES.md states after the revision of 2026-12-05
    assertThat(byAssessment).containsEntry("YES", 19).containsEntry("CONTESTED", 18).containsEntry("NO", 10)
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
    // no assessment before 2007: the row for 1970 rested on a specification and went
    assertThat(data.vetoes().stream().filter(r -> r.proposal().symbol().map(Object::toString).orElse("").equals("S/9696"))
        .findFirst().orElseThrow().proposal().atrocityAim()).isEmpty();
    // crimes named about a draft that did not aim at them are kept as written, not as the aim's
    AtrocityAim v205 = byId("V205").proposal().atrocityAim().orElseThrow();
    assertThat(v205.assessment()).isEqualTo(Assessment.NO);
    assertThat(v205.crimes()).isEmpty();
    assertThat(v205.note().orElseThrow()).contains("crimes characterised: YES (crimes against humanity (reasonable grounds))");
    // a risk is no finding of crimes committed: V222's genocide is the ICJ's plausibility
    AtrocityAim v222 = byId("V222").proposal().atrocityAim().orElseThrow();
    assertThat(v222.crimes()).containsExactly(AtrocityCrime.WAR_CRIMES);
    assertThat(v222.note().orElseThrow()).contains("a risk, not a finding of crimes committed: risk of genocide");
    assertThat(v222.risked()).containsExactly(AtrocityCrime.GENOCIDE);
    assertThat(byId("V223").proposal().atrocityAim().orElseThrow().risked()).containsExactly(AtrocityCrime.GENOCIDE);
    assertThat(byId("V223").proposal().atrocityAim().orElseThrow().crimes()).containsExactly(AtrocityCrime.WAR_CRIMES);
    assertThat(byId("V220").proposal().atrocityAim().orElseThrow().note().orElseThrow())
        .contains("a risk, not a finding of crimes committed: risk of atrocity crimes");
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
