package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.Purpose;
import org.r2p.core.VotePosition;

/** Laws of the commitment checks over random votes, proposals and registries. */
final class CommitmentPropertiesTest {
  static final MemberState[] STATES = {MemberStates.FRANCE, MemberStates.UNITED_KINGDOM,
      MemberStates.RUSSIAN_FEDERATION, MemberState.of("NZL", "New Zealand"), MemberState.of("URY", "Uruguay")};

  static Gen<Proposal> proposals(Gen<LocalDate> dates) {
    return dates.zip(integers().between(0, 3), integers().between(0, 15), integers().between(0, 3),
        (d, assess, crimes, credible) -> {
          Proposal.Builder p = Proposal.builder().date(d).subject("random");
          if (assess < 3) {
            AtrocityAim.Builder a = AtrocityAim.builder().assessment(Assessment.values()[assess]).assertedBy("test")
                .purpose(Purpose.values()[crimes % 3]).largeScale(crimes % 2 == 0);
            if (assess != 1) {
              for (AtrocityCrime c : AtrocityCrime.values()) {
                if ((crimes & (1 << c.ordinal())) != 0) {
                  a.addCrimes(c);
                }
              }
            }
            p.atrocityAim(a.build());
          }
          if (credible < 3) {
            p.credible(Assessment.values()[credible]);
          }
          return p.build();
        });
  }

  static Gen<LocalDate> dates(LocalDate from, int days) {
    return integers().between(0, days).map(from::plusDays);
  }

  static R2pRules rules(boolean everyoneSigned) {
    CommitmentRegistry.Builder reg = CommitmentRegistry.builder();
    for (MemberState s : STATES) {
      if (everyoneSigned) {
        for (Instrument i : new Instrument[] {Instrument.ACT_CODE_OF_CONDUCT, Instrument.FRANCE_MEXICO_DECLARATION}) {
          reg.add(Adherence.builder().state(s).instrument(i).from(LocalDate.of(2015, 9, 1)).source("test").build());
        }
      }
    }
    reg.add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
        .from(LocalDate.of(2015, 9, 28)).source("test").build());
    reg.add(Adherence.builder().state(MemberStates.UNITED_KINGDOM).instrument(Instrument.UK_PLEDGE)
        .from(LocalDate.of(2015, 10, 1)).source("test").build());
    return R2pRules.builder().registry(reg.build()).build();
  }

  @Test
  void aYesOrAnAbstentionNeverBreachesTheLetterOfTheCode() {
    qt().forAll(proposals(dates(LocalDate.of(2010, 1, 1), 6000)), integers().between(0, 4),
            integers().between(0, 3), booleans().all())
        .checkAssert((p, s, pos, signed) -> {
          VotePosition position = new VotePosition[] {VotePosition.YES, VotePosition.ABSTAIN,
              VotePosition.ABSENT, VotePosition.NOT_PARTICIPATING}[pos];
          for (Finding f : rules(signed).check(STATES[s], position, p, p.date())) {
            assertThat(f.verdict()).as(f.explain()).isNotEqualTo(Verdict.BREACH);
          }
        });
  }

  @Test
  void checksBeforeAnInstrumentExistedAreNotApplicable() {
    qt().forAll(proposals(dates(LocalDate.of(1946, 1, 1), 25_000)), integers().between(0, 4),
            integers().between(0, 4), booleans().all())
        .checkAssert((p, s, pos, signed) -> {
          for (Finding f : rules(signed).check(STATES[s], VotePosition.values()[pos], p, p.date())) {
            if (!f.instrument().inEffectOn(p.date())) {
              assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
              assertThat(f.explanation().conditions().get(0).result()).isEqualTo(Ternary.FALSE);
            }
          }
        });
  }

  @Test
  void aBreachAlwaysRestsOnConditionsThatAllHeld() {
    qt().forAll(proposals(dates(LocalDate.of(2015, 1, 1), 4000)), integers().between(0, 4), booleans().all())
        .checkAssert((p, s, signed) -> {
          for (Finding f : rules(signed).check(STATES[s], VotePosition.NO, p, p.date())) {
            if (f.verdict() == Verdict.BREACH) {
              assertThat(f.explanation().conditions()).allSatisfy(c -> assertThat(c.result()).isEqualTo(Ternary.TRUE));
            }
            if (f.verdict() == Verdict.INDETERMINATE) {
              assertThat(f.explanation().conditions()).anySatisfy(c -> assertThat(c.result()).isEqualTo(Ternary.UNKNOWN));
            }
          }
        });
  }

  @Test
  void everyFindingNamesItsClauseAndInterpretation() {
    qt().forAll(proposals(dates(LocalDate.of(2000, 1, 1), 9000)), integers().between(0, 4), integers().between(0, 4))
        .checkAssert((p, s, pos) -> {
          for (Finding f : rules(true).check(STATES[s], VotePosition.values()[pos], p, p.date())) {
            assertThat(f.explain()).contains(f.explanation().citation().toString()).contains("Outcome: ");
            assertThat(f.interpretation()).isEqualTo(Interpretation.defaults());
          }
        });
  }
}
