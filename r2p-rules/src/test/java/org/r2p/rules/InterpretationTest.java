package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.r2p.core.ProposalKind;

final class InterpretationTest {
  @Test
  void defaults_areThoseOfDomain8() {
    Interpretation i = Interpretation.defaults();
    assertThat(i.abstention()).isEqualTo(Interpretation.AbstentionReading.LETTER);
    assertThat(i.credibility()).isEqualTo(Interpretation.CredibilityTest.SELF_ASSESSMENT);
    assertThat(i.mixedDrafts()).isEqualTo(Interpretation.MixedDrafts.PRIMARY_PURPOSE_ONLY);
    assertThat(i.restraintCovers()).as("each instrument its own scope").isEmpty();
    assertThat(i.noOnFailedDraftBreaches()).isFalse();
    assertThat(i.vitalInterest()).isEqualTo(Interpretation.VitalInterest.NONE);
    assertThat(i.crimeList()).isEmpty();
    assertThat(i.article27_3()).isEqualTo(Interpretation.Article27_3.PRACTICE);
    assertThat(i.absence()).isEqualTo(Interpretation.Absence.AS_ABSTENTION);
    assertThat(i.transitionThreshold()).isEqualTo(Interpretation.TransitionThreshold.BY_COUNCIL_SIZE);
    assertThat(i.amendmentVetoTriggersDebate()).isTrue();
    assertThat(i.positivePledge()).isEqualTo(Interpretation.PositivePledge.NOT_ENFORCED);
    assertThat(i.describe()).isEqualTo("default interpretation");
    assertThat(i).isSameAs(Interpretation.defaults());
  }

  @Test
  void describe_listsDifferencesInQuestionOrder() {
    Interpretation i = Interpretation.defaults()
        .withArticle27_3(Interpretation.Article27_3.STRICT)
        .withAbstention(Interpretation.AbstentionReading.SPIRIT)
        .withCrimeList(Interpretation.CrimeList.R2P);
    assertThat(i.differencesFromDefaults())
        .containsExactly("Q1 abstention=SPIRIT", "Q8 crimeList=R2P", "Q9 article27_3=STRICT");
    assertThat(i.describe()).isEqualTo("interpretation Q1 abstention=SPIRIT, Q8 crimeList=R2P, Q9 article27_3=STRICT");
    assertThat(Interpretation.defaults().abstention()).isEqualTo(Interpretation.AbstentionReading.LETTER);
  }

  @Test
  void transitionThreshold_q11() {
    org.r2p.core.Council sept1965 = org.r2p.core.CouncilHistory.permanentOnly().councilOn(java.time.LocalDate.of(1965, 9, 15));
    assertThat(Article27.threshold(sept1965, Interpretation.defaults())).isEqualTo(7);
    assertThat(Article27.threshold(sept1965, Interpretation.defaults()
        .withTransitionThreshold(Interpretation.TransitionThreshold.BY_AMENDMENT_DATE))).isEqualTo(9);
    org.r2p.core.Council july1965 = org.r2p.core.CouncilHistory.permanentOnly().councilOn(java.time.LocalDate.of(1965, 7, 15));
    assertThat(Article27.threshold(july1965, Interpretation.defaults()
        .withTransitionThreshold(Interpretation.TransitionThreshold.BY_AMENDMENT_DATE))).isEqualTo(7);
  }
}
