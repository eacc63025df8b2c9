package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the registry gives a reading that presumes a dated status to continue (Q17): the latest
 * "had not joined" dated before a date, where nothing else decides the status there; and the
 * sourced values it reads (confidence, holidays) as written.
 */
final class ContinuityEvidenceTest {
  static final Instrument CODE = Instrument.ACT_CODE_OF_CONDUCT;
  static final MemberState RUS = MemberStates.RUSSIAN_FEDERATION;
  static final LocalDate LAUNCH = LocalDate.of(2015, 10, 23);
  static final LocalDate PAGE = LocalDate.of(2022, 4, 26);

  static final CommitmentRegistry REG = CommitmentRegistry.builder()
      .completeness(CODE, Completeness.PARTIAL)
      .addNonAdherence(new NonAdherence(RUS, CODE, LAUNCH, "launch report"))
      .addNonAdherence(new NonAdherence(RUS, CODE, PAGE, "depositary's page"))
      .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
          .from(LocalDate.of(2015, 9, 30)).precision(DatePrecision.MONTH).source("speech").build())
      .build();

  @Test
  void theLatestEvidenceBeforeTheDate_whereNothingElseDecides() {
    LocalDate later = PAGE.plusYears(1);
    assertThat(REG.status(RUS, CODE, later)).isEqualTo(CommitmentStatus.UNKNOWN);
    assertThat(REG.presumedNonAdherence(RUS, CODE, later)).hasValueSatisfying(n -> {
      assertThat(n.asOf()).isEqualTo(PAGE);
      assertThat(n.source()).isEqualTo("depositary's page");
    });
    assertThat(REG.standingOn(RUS, later).presumedNonAdherence(CODE)).isEqualTo(REG.presumedNonAdherence(RUS, CODE, later));
    // a fact covering the date decides it: nothing to presume
    assertThat(REG.presumedNonAdherence(RUS, CODE, PAGE)).isEmpty();
    assertThat(REG.presumedNonAdherence(RUS, CODE, LAUNCH.plusDays(1))).isEmpty();
    // the instrument not in effect, a state with no entry, another instrument
    assertThat(REG.presumedNonAdherence(RUS, CODE, LAUNCH.minusYears(1))).isEmpty();
    assertThat(REG.presumedNonAdherence(MemberStates.CHINA, CODE, later)).isEmpty();
    assertThat(REG.presumedNonAdherence(RUS, Instrument.FRENCH_PLEDGE, later)).isEmpty();
    // a recorded joining, even one known only as "not later than", ends the presumption
    CommitmentRegistry joined = REG.withAdherence(Adherence.builder().state(RUS).instrument(CODE)
        .from(later.plusYears(1)).precision(DatePrecision.NOT_LATER_THAN).source("a later list").build());
    assertThat(joined.presumedNonAdherence(RUS, CODE, later)).isEmpty();
    assertThat(joined.standingOn(RUS, later).presumedNonAdherence(CODE)).isEmpty();
  }

  @Test
  void aDateKnownToTheMonth_isSaidToBe() {
    assertThat(REG.statusOn(MemberStates.FRANCE, Instrument.FRENCH_PLEDGE, LocalDate.of(2015, 9, 29)).status())
        .isEqualTo(CommitmentStatus.UNKNOWN);
    assertThat(REG.statusOn(MemberStates.FRANCE, Instrument.FRENCH_PLEDGE, LAUNCH).reason())
        .contains("date known only to the month; its last day is used").contains("(speech)");
    CommitmentRegistry byYear = CommitmentRegistry.builder().add(Adherence.builder().state(MemberStates.FRANCE)
        .instrument(Instrument.FRENCH_PLEDGE).from(LocalDate.of(2015, 12, 31)).precision(DatePrecision.YEAR)
        .source("a year").build()).build();
    assertThat(byYear.statusOn(MemberStates.FRANCE, Instrument.FRENCH_PLEDGE, LocalDate.of(2016, 1, 5)).reason())
        .contains("date known only to the year");
  }

  @Test
  void confidenceAndHolidaysAsWritten() {
    assertThat(Confidence.parse(" medium (two secondary sources)")).isEqualTo(Confidence.MEDIUM);
    assertThat(Confidence.parse("LOW")).isEqualTo(Confidence.LOW);
    assertThatThrownBy(() -> Confidence.parse("certain")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be high, medium or low: 'certain'");
    Holiday h = Holiday.of(LocalDate.of(2024, 3, 29), "Good Friday", "press.un.org");
    assertThat(h.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(h.note()).isEmpty();
    assertThat(h).hasToString("2024-03-29 Good Friday (HIGH)");
    assertThatThrownBy(() -> new Holiday(LocalDate.of(2024, 1, 1), " ", Confidence.LOW, "s", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CharacterisationTiming.valueOf("BOTH")).isEqualTo(CharacterisationTiming.BOTH);
  }
}
