package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class CommitmentRegistryTest {
  static final MemberState AUSTRIA = MemberState.of("AUT", "Austria");

  static Adherence code(MemberState s, LocalDate from, DatePrecision p) {
    return Adherence.builder().state(s).instrument(Instrument.ACT_CODE_OF_CONDUCT).from(from)
        .precision(p).source("test").build();
  }

  @Test
  void committedFromDate() {
    CommitmentRegistry r = CommitmentRegistry.builder()
        .add(code(AUSTRIA, LocalDate.of(2015, 9, 1), DatePrecision.DAY)).build();
    assertThat(r.statusOn(AUSTRIA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2016, 1, 1)).status())
        .isEqualTo(CommitmentStatus.COMMITTED);
    // before the Code existed: not committed, whatever the signature date
    CommitmentAnswer before = r.statusOn(AUSTRIA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2015, 9, 15));
    assertThat(before.status()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
    assertThat(before.reason()).isEqualTo("ACT Code of Conduct did not exist on 2015-09-15 (from 2015-10-23)");
  }

  @Test
  void unknownIsNotNo() {
    CommitmentRegistry r = CommitmentRegistry.builder()
        .add(code(MemberStates.FRANCE, LocalDate.of(2015, 12, 20), DatePrecision.NOT_LATER_THAN))
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .build();
    assertThat(r.statusOn(MemberStates.FRANCE, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2015, 11, 1)).status())
        .isEqualTo(CommitmentStatus.UNKNOWN);
    assertThat(r.statusOn(MemberStates.FRANCE, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2016, 1, 1)).status())
        .isEqualTo(CommitmentStatus.COMMITTED);
    CommitmentAnswer notListed = r.statusOn(AUSTRIA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2016, 1, 1));
    assertThat(notListed.status()).isEqualTo(CommitmentStatus.UNKNOWN);
    assertThat(notListed.reason()).contains("incomplete");
    assertThat(r.statusOn(AUSTRIA, Instrument.UK_PLEDGE, LocalDate.of(2016, 1, 1)).status())
        .isEqualTo(CommitmentStatus.NOT_COMMITTED);
  }

  @Test
  void knownNonAdherence_beatsAnIncompleteList_untilItsDate() {
    CommitmentRegistry r = CommitmentRegistry.builder()
        .addNonAdherence(new NonAdherence(MemberStates.UNITED_STATES, Instrument.ACT_CODE_OF_CONDUCT,
            LocalDate.of(2023, 4, 1), "GA/12500"))
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .build();
    CommitmentAnswer a = r.statusOn(MemberStates.UNITED_STATES, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2018, 6, 1));
    assertThat(a.status()).isEqualTo(CommitmentStatus.NOT_COMMITTED);
    assertThat(a.reason()).isEqualTo("USA had not adhered to ACT Code of Conduct as of 2023-04-01 (GA/12500)");
    assertThat(r.statusOn(MemberStates.UNITED_STATES, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2024, 1, 1)).status())
        .isEqualTo(CommitmentStatus.UNKNOWN);
    assertThat(r.nonAdherences()).hasSize(1);
    assertThatThrownBy(() -> CommitmentRegistry.builder()
            .addNonAdherence(new NonAdherence(MemberStates.CHINA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2015, 10, 23), "a"))
            .addNonAdherence(new NonAdherence(MemberStates.CHINA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2015, 10, 23), "b")))
        .hasMessage("duplicate non-adherence of CHN to ACT Code of Conduct as of 2015-10-23");
    assertThatThrownBy(() -> new NonAdherence(MemberStates.CHINA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2015, 10, 23), " "))
        .hasMessage("source must not be blank: ' '");
  }

  @Test
  void endedAdherence() {
    Adherence a = Adherence.builder().state(AUSTRIA).instrument(Instrument.ACT_CODE_OF_CONDUCT)
        .from(LocalDate.of(2015, 10, 23)).to(LocalDate.of(2020, 1, 1)).source("test").build();
    CommitmentRegistry r = CommitmentRegistry.builder().add(a).build();
    assertThat(r.statusOn(AUSTRIA, Instrument.ACT_CODE_OF_CONDUCT, LocalDate.of(2021, 1, 1)).status())
        .isEqualTo(CommitmentStatus.NOT_COMMITTED);
    assertThat(r.adherencesOf(AUSTRIA)).containsExactly(a);
  }

  @Test
  void monthPrecision() {
    Adherence a = code(AUSTRIA, LocalDate.of(2015, 11, 1), DatePrecision.MONTH);
    assertThat(a.statusOn(LocalDate.of(2015, 10, 30))).isEqualTo(CommitmentStatus.NOT_COMMITTED);
    assertThat(a.statusOn(LocalDate.of(2015, 11, 1))).isEqualTo(CommitmentStatus.COMMITTED);
    Adherence y = code(AUSTRIA, LocalDate.of(2016, 1, 1), DatePrecision.YEAR);
    assertThat(y.statusOn(LocalDate.of(2015, 12, 31))).isEqualTo(CommitmentStatus.NOT_COMMITTED);
  }

  @Test
  void duplicateAdherence() {
    assertThatThrownBy(() -> CommitmentRegistry.builder()
            .add(code(AUSTRIA, LocalDate.of(2015, 9, 1), DatePrecision.DAY))
            .add(code(AUSTRIA, LocalDate.of(2016, 9, 1), DatePrecision.DAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate adherence of AUT to ACT Code of Conduct: 2015-09-01 and 2016-09-01");
  }

  @Test
  void adherence_endsBeforeStart() {
    assertThatThrownBy(() -> Adherence.builder().state(AUSTRIA).instrument(Instrument.UK_PLEDGE)
            .from(LocalDate.of(2016, 1, 1)).to(LocalDate.of(2015, 1, 1)).source("x").build())
        .hasMessage("adherence of AUT to UK pledge must not end before it begins: 2016-01-01 to 2015-01-01");
  }

  @Test
  void aStandingAnswersAsTheRegistryDoes_forEveryInstrumentAndDate() {
    MemberState fra = MemberStates.FRANCE;
    CommitmentRegistry r = CommitmentRegistry.builder()
        .add(code(AUSTRIA, LocalDate.of(2016, 3, 1), DatePrecision.NOT_LATER_THAN))
        .add(code(fra, LocalDate.of(2015, 10, 23), DatePrecision.MONTH))
        .add(Adherence.builder().state(fra).instrument(Instrument.FRENCH_PLEDGE).from(LocalDate.of(2015, 9, 28))
            .to(LocalDate.of(2020, 1, 1)).source("test").build())
        .addNonAdherence(new NonAdherence(MemberStates.CHINA, Instrument.ACT_CODE_OF_CONDUCT,
            LocalDate.of(2019, 1, 1), "test"))
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .build();
    int unknownByAdherence = 0;
    for (MemberState s : java.util.List.of(AUSTRIA, fra, MemberStates.CHINA, MemberStates.UNITED_STATES)) {
      for (LocalDate d = LocalDate.of(2014, 1, 1); d.isBefore(LocalDate.of(2021, 1, 1)); d = d.plusDays(29)) {
        CommitmentRegistry.Standing st = r.standingOn(s, d);
        assertThat(st.state()).isEqualTo(s);
        assertThat(st.date()).isEqualTo(d);
        for (Instrument i : Instrument.values()) {
          CommitmentAnswer a = r.statusOn(s, i, d);
          assertThat(st.status(i)).as("%s %s %s", s, i, d).isEqualTo(a.status()).isEqualTo(r.status(s, i, d));
          assertThat(st.adherence(i)).as("%s %s %s", s, i, d).isEqualTo(a.adherence());
          if (a.status() == CommitmentStatus.UNKNOWN && a.adherence().isPresent()) {
            unknownByAdherence++;
          }
        }
        assertThat(st.toString()).startsWith(s + " on " + d + ":").contains("ACT_CODE_OF_CONDUCT=");
      }
    }
    // the dates cover an adherence known only as "not later than"
    assertThat(unknownByAdherence).isPositive();
    assertThatThrownBy(() -> r.standingOn(null, LocalDate.of(2016, 1, 1))).isInstanceOf(NullPointerException.class);
  }
}
