package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A registry copied with one adherence added or removed keeps everything else. */
final class RegistryCopyTest {
  static final LocalDate LAUNCH = LocalDate.of(2015, 10, 23);
  static final List<MemberState> STATES = List.of(MemberStates.FRANCE, MemberStates.RUSSIAN_FEDERATION,
      MemberStates.CHINA, MemberStates.UNITED_STATES, MemberState.of("AUT", "Austria"));

  static CommitmentRegistry registry() {
    return CommitmentRegistry.builder()
        .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.ACT_CODE_OF_CONDUCT)
            .from(LocalDate.of(2015, 9, 30)).precision(DatePrecision.NOT_LATER_THAN).source("s").build())
        .add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
            .from(LocalDate.of(2015, 9, 28)).source("s").build())
        .addNonAdherence(new NonAdherence(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH, "AP"))
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL)
        .build();
  }

  @Test
  void addingOneAdherenceChangesOnlyThatStateAndInstrument() {
    CommitmentRegistry reg = registry();
    qt().withExamples(300).forAll(integers().between(0, STATES.size() - 1), longs().between(0, 4000),
        integers().between(0, STATES.size() - 1), integers().between(0, Instrument.values().length - 1))
        .checkAssert((k, days, q, i) -> {
          MemberState added = STATES.get(k);
          LocalDate from = LAUNCH.plusDays(days);
          CommitmentRegistry copy = reg.withAdherence(Adherence.builder().state(added)
              .instrument(Instrument.ACT_CODE_OF_CONDUCT).from(from).source("overlay").build());
          for (Instrument x : Instrument.values()) {
            assertThat(copy.completeness(x)).isEqualTo(reg.completeness(x));
          }
          assertThat(copy.nonAdherences()).isEqualTo(reg.nonAdherences());
          MemberState asked = STATES.get(q);
          Instrument instrument = Instrument.values()[i];
          LocalDate d = from.plusDays(days % 7);
          if (asked.equals(added) && instrument == Instrument.ACT_CODE_OF_CONDUCT) {
            assertThat(copy.status(asked, instrument, d)).isEqualTo(CommitmentStatus.COMMITTED);
          } else {
            assertThat(copy.status(asked, instrument, d)).isEqualTo(reg.status(asked, instrument, d));
          }
          // removing it again gives back the other entries
          CommitmentRegistry back = copy.withoutAdherence(added, Instrument.ACT_CODE_OF_CONDUCT);
          assertThat(back.adherences()).doesNotContain(copy.adherencesOf(added).stream()
              .filter(a -> a.instrument() == Instrument.ACT_CODE_OF_CONDUCT).findFirst().orElseThrow());
          assertThat(back.completeness(Instrument.ACT_CODE_OF_CONDUCT)).isEqualTo(Completeness.PARTIAL);
        });
  }

  @Test
  void toBuilderKeepsEverything() {
    CommitmentRegistry reg = registry();
    CommitmentRegistry copy = reg.toBuilder().build();
    assertThat(copy.adherences()).isEqualTo(reg.adherences());
    assertThat(copy.nonAdherences()).isEqualTo(reg.nonAdherences());
    assertThat(copy.completeness(Instrument.ACT_CODE_OF_CONDUCT)).isEqualTo(Completeness.PARTIAL);
    // an adherence replaces the overlapping one of the same state and instrument
    CommitmentRegistry moved = reg.withAdherence(Adherence.builder().state(MemberStates.FRANCE)
        .instrument(Instrument.ACT_CODE_OF_CONDUCT).from(LAUNCH).source("other").build());
    assertThat(moved.adherencesOf(MemberStates.FRANCE)).filteredOn(a -> a.instrument() == Instrument.ACT_CODE_OF_CONDUCT)
        .singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("other"));
    // a dated non-adherence gives way to an adherence from that day, not before
    CommitmentRegistry russia = reg.withAdherence(Adherence.builder().state(MemberStates.RUSSIAN_FEDERATION)
        .instrument(Instrument.ACT_CODE_OF_CONDUCT).from(LAUNCH).source("overlay").build());
    assertThat(russia.status(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT, LAUNCH))
        .isEqualTo(CommitmentStatus.COMMITTED);
  }
}
