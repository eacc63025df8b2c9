package org.r2p.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SituationTest {

  private static final List<Situation> CLASSIFIED = Situation.classifiedSituations();

  /** Classified situations and unclassified ones with arbitrary non-blank text. */
  private static Gen<Situation> situations() {
    return integers().between(0, CLASSIFIED.size()).zip(strings().basicLatinAlphabet().ofLengthBetween(0, 12),
        (i, text) -> i < CLASSIFIED.size() ? CLASSIFIED.get(i) : Situation.parse("t" + text));
  }

  @Test
  void of_givesTheOneConstantPerKey_andRefusesAnUnknownKeyNamingTheKeys() {
    assertThat(Situation.of("ISRAEL_PALESTINE")).isSameAs(Situation.ISRAEL_PALESTINE);
    assertThat(Situation.byKey("SYRIA")).containsSame(Situation.SYRIA);
    assertThat(Situation.byKey("ISRAEL_PALESTIN")).isEmpty();
    assertThatThrownBy(() -> Situation.of("ISRAEL_PALESTIN")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("situation key must be one of").hasMessageContaining("ISRAEL_PALESTINE")
        .hasMessageContaining("\"ISRAEL_PALESTIN\"");
  }

  @Test
  void classified_haveDistinctKeys_inKeyOrder_andDisplayNames() {
    List<String> keys = CLASSIFIED.stream().map(Situation::key).collect(Collectors.toList());
    assertThat(keys).doesNotHaveDuplicates().isSorted().doesNotContain(Situation.OTHER)
        .contains("ISRAEL_PALESTINE", "SYRIA", "UKRAINE", "MYANMAR");
    assertThat(CLASSIFIED).allSatisfy(s -> {
      assertThat(s.isClassified()).isTrue();
      assertThat(s.key()).matches("[A-Z][A-Z_]*");
      assertThat(s.toString()).isEqualTo(s.key());
    });
    assertThat(Situation.ISRAEL_PALESTINE.displayName()).isEqualTo("Israel/Palestine");
  }

  @Test
  void other_keepsItsText_isEqualByText_andIsNotAKey() {
    Situation admission = Situation.other("Admission");
    assertThat(admission.key()).isEqualTo(Situation.OTHER);
    assertThat(admission.displayName()).isEqualTo("Admission");
    assertThat(admission.isClassified()).isFalse();
    assertThat(admission).isEqualTo(Situation.other("Admission")).hasSameHashCodeAs(Situation.other("Admission"))
        .isNotEqualTo(Situation.other("Disarmament"));
    assertThat(Situation.parse("Admission")).isEqualTo(admission);
    assertThat(Situation.parse("SYRIA")).isSameAs(Situation.SYRIA);
    assertThat(Situation.other("Syria")).isNotEqualTo(Situation.SYRIA);
    assertThatThrownBy(() -> Situation.other("SYRIA")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"SYRIA\"");
    assertThatThrownBy(() -> Situation.other(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("situation text");
  }

  @Test
  void parseOfToString_isTheSameSituation_andOrderIsClassifiedFirst() {
    qt().forAll(situations(), situations()).checkAssert((a, b) -> {
      assertThat(Situation.parse(a.toString())).isEqualTo(a);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.isClassified() && !b.isClassified()) {
        assertThat(a.compareTo(b)).isNegative();
      }
    });
  }

  @Test
  void proposalConcerns_onlyItsKnownSituation() {
    Proposal p = Proposal.builder().date(LocalDate.of(2024, 4, 18)).subject("Palestine membership")
        .situation(Situation.ISRAEL_PALESTINE).build();
    assertThat(p.concerns(Situation.ISRAEL_PALESTINE)).isTrue();
    assertThat(p.concerns(Situation.SYRIA)).isFalse();
    assertThat(p.withSituation(java.util.Optional.empty()).concerns(Situation.ISRAEL_PALESTINE)).isFalse();
  }
}
