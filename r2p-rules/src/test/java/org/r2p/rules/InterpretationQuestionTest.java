package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.r2p.core.ProposalKind;

final class InterpretationQuestionTest {
  @Test
  void numbered_inOrder_eachNamingAnAccessorOfInterpretation() throws Exception {
    InterpretationQuestion[] qs = InterpretationQuestion.values();
    for (int k = 0; k < qs.length; k++) {
      InterpretationQuestion q = qs[k];
      int number = k < 13 ? k + 1 : k + 2; // Q14 was removed
      assertThat(q.number()).isEqualTo(number);
      assertThat(q.label()).isEqualTo("Q" + number);
      Method accessor = Interpretation.class.getMethod(q.attribute());
      assertThat(accessor.invoke(Interpretation.defaults())).as(q.label()).isEqualTo(q.value(Interpretation.defaults()));
      assertThat(q.jsonName()).isEqualTo(q.attribute());
      assertThat(q.question()).endsWith("?");
    }
    Set<String> options = new HashSet<>();
    for (InterpretationQuestion q : InterpretationQuestion.withOptions()) {
      assertThat(options.add(q.option().orElseThrow())).as("one option per question").isTrue();
      assertThat(InterpretationQuestion.byOption(q.option().get())).hasValue(q);
    }
    assertThat(InterpretationQuestion.byOption("--nothing")).isEmpty();
  }

  @Test
  void everyAnswer_setsItsQuestionOnly() {
    Interpretation d = Interpretation.defaults();
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      for (Object answer : answers(q)) {
        Interpretation i = q.with(d, answer);
        assertThat(q.value(i)).as(q.label() + " " + answer)
            .isEqualTo(answer instanceof Set ? Optional.of(answer) : answer);
        for (InterpretationQuestion other : InterpretationQuestion.values()) {
          if (other != q) {
            assertThat(other.value(i)).as(other.label() + " after " + q.label()).isEqualTo(other.value(d));
          }
        }
        assertThat(q.isDefault(i)).isEqualTo(q.value(i).equals(q.value(d)));
        List<String> diffs = i.differencesFromDefaults();
        if (q.isDefault(i)) {
          assertThat(diffs).isEmpty();
        } else {
          assertThat(diffs).containsExactly(q.label() + " " + q.attribute() + "=" + q.text(i));
        }
      }
    }
  }

  @Test
  void json_andText_ofEachForm() {
    Interpretation d = Interpretation.defaults();
    assertThat(InterpretationQuestion.ABSTENTION.json(d)).isEqualTo("LETTER");
    assertThat(InterpretationQuestion.RESTRAINT_COVERS.json(d)).isEqualTo(List.of());
    assertThat(InterpretationQuestion.RESTRAINT_COVERS.text(d)).isEqualTo("per instrument");
    assertThat(InterpretationQuestion.CRIME_LIST.json(d)).isEqualTo("PER_INSTRUMENT");
    assertThat(InterpretationQuestion.CRIME_LIST.text(d)).isEqualTo("per instrument");
    assertThat(InterpretationQuestion.AMENDMENT_VETO_TRIGGERS_DEBATE.json(d)).isEqualTo(true);
    Interpretation i = InterpretationQuestion.RESTRAINT_COVERS.with(
        InterpretationQuestion.CRIME_LIST.with(d, Interpretation.CrimeList.UK),
        List.of(ProposalKind.AMENDMENT, ProposalKind.DRAFT_RESOLUTION));
    assertThat(InterpretationQuestion.RESTRAINT_COVERS.json(i)).isEqualTo(List.of("DRAFT_RESOLUTION", "AMENDMENT"));
    assertThat(InterpretationQuestion.CRIME_LIST.json(i)).isEqualTo("UK");
    assertThat(InterpretationQuestion.CRIME_LIST.with(i, Optional.empty()).crimeList()).isEmpty();
  }

  @Test
  void flags_answerTheOppositeOfTheDefault() {
    assertThat(InterpretationQuestion.NO_ON_FAILED_DRAFT_BREACHES.flagAnswer()).isTrue();
    assertThat(InterpretationQuestion.AMENDMENT_VETO_TRIGGERS_DEBATE.flagAnswer()).isFalse();
    assertThatThrownBy(InterpretationQuestion.ABSTENTION::flagAnswer).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void help_namesTheQuestion_theAnswers_andTheDefault() {
    assertThat(InterpretationQuestion.ABSENCE.help())
        .isEqualTo("Q10: How are absence and non-participation treated? AS_ABSTENTION (default) or FLAG_CONTESTED.");
    assertThat(InterpretationQuestion.ABSTENTION.help())
        .isEqualTo("Q1: Is an abstention by a Code signatory a breach? LETTER (default: only a NO breaches) or SPIRIT.");
    assertThat(InterpretationQuestion.ABSTENTION.defaultText()).isEqualTo("LETTER: only a NO breaches");
    assertThat(InterpretationQuestion.CRIME_LIST.defaultText()).isEqualTo("each instrument its own list");
    assertThat(InterpretationQuestion.AMENDMENT_VETO_TRIGGERS_DEBATE.help()).startsWith(
        "Q13: Does a veto on an amendment trigger the GA res 76/262 debate? This option: no. Default: yes");
    assertThat(InterpretationQuestion.RESTRAINT_COVERS.help())
        .contains("DRAFT_RESOLUTION, AMENDMENT, PRELIMINARY_QUESTION, PROCEDURAL_MOTION, SEPARATE_PARAGRAPH")
        .contains("Default: each instrument its own: the ACT Code and the UK pledge DRAFT_RESOLUTION, France's pledge every kind");
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      assertThat(q.help()).startsWith(q.label() + ": " + q.question());
    }
  }

  @Test
  void q5Help_statesTheScopeEachRuleApplies_whenQ5IsUnset() {
    java.util.Map<org.r2p.core.Instrument, Set<ProposalKind>> covered = new java.util.EnumMap<>(org.r2p.core.Instrument.class);
    java.util.Map<org.r2p.core.Instrument, org.r2p.core.MemberState> voter = java.util.Map.of(
        org.r2p.core.Instrument.ACT_CODE_OF_CONDUCT, CommitmentRulesTest.URUGUAY,
        org.r2p.core.Instrument.FRENCH_PLEDGE, org.r2p.core.MemberStates.FRANCE,
        org.r2p.core.Instrument.UK_PLEDGE, org.r2p.core.MemberStates.UNITED_KINGDOM);
    for (ProposalKind kind : ProposalKind.values()) {
      org.r2p.core.Proposal p = CommitmentRulesTest.atrocityDraft(org.r2p.core.AtrocityCrime.GENOCIDE).withKind(kind);
      voter.forEach((instrument, state) -> {
        Finding f = CommitmentRulesTest.RULES.check(state, org.r2p.core.VotePosition.NO, p, p.date()).stream()
            .filter(x -> x.instrument() == instrument).findFirst().orElseThrow();
        Condition c = f.explanation().conditions().stream().filter(x -> x.name().equals("proposal-kind-covered"))
            .findFirst().orElseThrow(() -> new AssertionError(instrument + " " + kind + ": " + f.explain()));
        if (c.result() == Ternary.TRUE) {
          covered.computeIfAbsent(instrument, k -> EnumSet.noneOf(ProposalKind.class)).add(kind);
        }
      });
    }
    assertThat(covered.get(org.r2p.core.Instrument.ACT_CODE_OF_CONDUCT)).containsExactly(ProposalKind.DRAFT_RESOLUTION);
    assertThat(covered.get(org.r2p.core.Instrument.UK_PLEDGE)).containsExactly(ProposalKind.DRAFT_RESOLUTION);
    assertThat(covered.get(org.r2p.core.Instrument.FRENCH_PLEDGE)).containsExactlyInAnyOrder(ProposalKind.values());
    assertThat(InterpretationQuestion.RESTRAINT_COVERS.help())
        .contains("the ACT Code and the UK pledge DRAFT_RESOLUTION, France's pledge every kind");
  }

  @Test
  void aWrongAnswer_isRefusedWithTheQuestionNamed() {
    assertThatThrownBy(() -> InterpretationQuestion.ABSTENTION.with(Interpretation.defaults(), "SPIRIT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Q1 abstention must be answered with AbstentionReading: SPIRIT");
    assertThatThrownBy(() -> InterpretationQuestion.RESTRAINT_COVERS.with(Interpretation.defaults(), List.of("AMENDMENT")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Q5 restraintCovers must be answered with a collection of ProposalKind");
  }

  /** Q14 was removed in 0.3.0 (read by no rule): the questions go from Q13 to Q15, none deprecated. */
  @Test
  void q14_isRemoved_andNoQuestionIsDeprecated() {
    assertThat(InterpretationQuestion.values()).extracting(InterpretationQuestion::number)
        .doesNotContain(14).contains(13, 15);
    assertThat(InterpretationQuestion.values()).noneMatch(InterpretationQuestion::deprecated);
  }

  /** Every answer a question allows: each constant, none and two sets of kinds, both flags. */
  private static List<Object> answers(InterpretationQuestion q) {
    List<Object> out = new ArrayList<>();
    switch (q.form()) {
      case FLAG:
        out.add(true);
        out.add(false);
        break;
      case KINDS:
        out.add(EnumSet.of(ProposalKind.DRAFT_RESOLUTION));
        out.add(EnumSet.allOf(ProposalKind.class));
        break;
      default:
        for (Object c : q.valueType().getEnumConstants()) {
          out.add(q.form() == InterpretationQuestion.Form.CHOICE ? c : Optional.of(c));
        }
        if (q.form() == InterpretationQuestion.Form.CHOICE_OR_EACH_OWN) {
          out.add(Optional.empty());
        }
    }
    return out;
  }
}
