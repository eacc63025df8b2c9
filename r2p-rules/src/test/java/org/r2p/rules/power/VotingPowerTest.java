package org.r2p.rules.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.PermanentSeat;

final class VotingPowerTest {
  static CouncilHistory elected(int year, int n) {
    List<ElectedTerm> t = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      t.add(ElectedTerm.ofYear(MemberState.of("Q" + (char) ('A' + k) + "Q", "Elected " + k), year));
    }
    return CouncilHistory.of(t);
  }

  static final PowerIndices FIFTEEN = VotingPower.on(LocalDate.of(2024, 6, 1), elected(2024, 10), Regime.CHARTER);
  static final PowerIndices ELEVEN = VotingPower.on(LocalDate.of(1960, 6, 1), elected(1960, 6), Regime.CHARTER);

  static Power permanent(PowerIndices p) {
    return p.of(MemberStates.FRANCE).orElseThrow();
  }

  static Power elected(PowerIndices p) {
    return p.powers().get(p.powers().size() - 1);
  }

  @Test
  void fifteenMembers_publishedFigures() {
    assertThat(FIFTEEN.quota()).isEqualTo(9);
    assertThat(permanent(FIFTEEN).shapleyShubik()).isEqualTo(Fraction.of(421, 2145));
    assertThat(elected(FIFTEEN).shapleyShubik()).isEqualTo(Fraction.of(4, 2145));
    assertThat(permanent(FIFTEEN).banzhaf()).isEqualTo(Fraction.of(848, 5080));
    assertThat(elected(FIFTEEN).banzhaf()).isEqualTo(Fraction.of(84, 5080));
    assertThat(permanent(FIFTEEN).swings()).isEqualTo(848);
    assertThat(elected(FIFTEEN).swings()).isEqualTo(84);
    assertThat(permanent(FIFTEEN).banzhafAbsolute()).isEqualTo(Fraction.of(848, 16384));
    assertThat(FIFTEEN.winningCoalitions()).isEqualTo(848);
    assertThat(permanent(FIFTEEN).colemanPrevent()).isEqualTo(Fraction.ONE);
    assertThat(elected(FIFTEEN).colemanPrevent()).isEqualTo(Fraction.of(84, 848));
    assertThat(permanent(FIFTEEN).colemanInitiate()).isEqualTo(Fraction.of(848, 32768 - 848));
    assertThat(permanent(FIFTEEN).shapleyShubik().toDouble()).isCloseTo(0.19627, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void elevenMembers_publishedFigures() {
    assertThat(ELEVEN.quota()).isEqualTo(7);
    assertThat(permanent(ELEVEN).shapleyShubik()).isEqualTo(Fraction.of(76, 385));
    assertThat(elected(ELEVEN).shapleyShubik()).isEqualTo(Fraction.of(1, 462));
    assertThat(ELEVEN.of(MemberStates.REPUBLIC_OF_CHINA)).isPresent();
    assertThat(ELEVEN.of(MemberStates.CHINA)).isEmpty();
  }

  @Test
  void noVeto_everyoneEqual() {
    PowerIndices p = VotingPower.on(LocalDate.of(2024, 6, 1), elected(2024, 10), Regime.NO_VETO);
    assertThat(p.powers()).allSatisfy(x -> assertThat(x.shapleyShubik()).isEqualTo(Fraction.of(1, 15)));
  }

  @Test
  void aRefrainingPermanentMemberHasAnElectedMembersPower() {
    Regime r = Regime.withoutVeto(EnumSet.of(PermanentSeat.FRANCE, PermanentSeat.UNITED_KINGDOM));
    PowerIndices p = VotingPower.on(LocalDate.of(2024, 6, 1), elected(2024, 10), r);
    assertThat(p.of(MemberStates.FRANCE).orElseThrow().shapleyShubik()).isEqualTo(elected(p).shapleyShubik());
    assertThat(p.of(MemberStates.RUSSIAN_FEDERATION).orElseThrow().shapleyShubik())
        .isGreaterThan(permanent(FIFTEEN).shapleyShubik());
    assertThat(r.name()).isEqualTo("Art. 27(3), no veto for [FRANCE, UNITED_KINGDOM]");
  }

  @Test
  void incompleteHistory_placeholders() {
    PowerIndices p = VotingPower.on(LocalDate.of(2024, 6, 1), CouncilHistory.permanentOnly(), Regime.CHARTER);
    assertThat(p.members()).isEqualTo(15);
    assertThat(p.powers().get(5).member().code()).isEqualTo("XEA");
    assertThat(permanent(p).shapleyShubik()).isEqualTo(Fraction.of(421, 2145));
  }

  @Test
  void fraction_errorsAndArithmetic() {
    assertThatThrownBy(() -> Fraction.of(1, 0)).hasMessage("denominator must be positive: 0");
    assertThatThrownBy(() -> Fraction.of(-1, 2)).hasMessage("numerator must not be negative: -1");
    assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).hasToString("1/2");
    assertThat(Fraction.of(1, 3).plus(Fraction.of(2, 3))).isEqualTo(Fraction.ONE).hasToString("1");
    assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
    assertThat(Fraction.of(1, 3)).isLessThan(Fraction.of(1, 2));
  }

  static Fraction sum(List<Fraction> l) {
    Fraction s = Fraction.ZERO;
    for (Fraction f : l) {
      s = s.plus(f);
    }
    return s;
  }

  @Test
  void properties_indicesSumToOne_symmetricMembersEqual() {
    qt().withExamples(40).forAll(integers().between(0, 31), integers().between(0, 1)).checkAssert((mask, era) -> {
      Set<PermanentSeat> refraining = EnumSet.noneOf(PermanentSeat.class);
      for (PermanentSeat s : PermanentSeat.values()) {
        if ((mask & (1 << s.ordinal())) != 0) {
          refraining.add(s);
        }
      }
      PowerIndices p = era == 0
          ? VotingPower.on(LocalDate.of(1960, 6, 1), elected(1960, 6), Regime.withoutVeto(refraining))
          : VotingPower.on(LocalDate.of(2024, 6, 1), elected(2024, 10), Regime.withoutVeto(refraining));
      assertThat(sum(p.powers().stream().map(Power::shapleyShubik).toList())).isEqualTo(Fraction.ONE);
      assertThat(sum(p.powers().stream().map(Power::banzhaf).toList())).isEqualTo(Fraction.ONE);
      // members with the same role have the same power: vetoers alike, everyone else alike
      Power aVetoer = null;
      Power another = null;
      for (Power x : p.powers()) {
        boolean vetoer = x.seat().map(s -> !refraining.contains(s)).orElse(false);
        Power ref = vetoer ? aVetoer : another;
        if (ref == null) {
          if (vetoer) {
            aVetoer = x;
          } else {
            another = x;
          }
        } else {
          assertThat(x.shapleyShubik()).isEqualTo(ref.shapleyShubik());
          assertThat(x.swings()).isEqualTo(ref.swings());
          assertThat(x.colemanInitiate()).isEqualTo(ref.colemanInitiate());
        }
      }
    });
  }
}
