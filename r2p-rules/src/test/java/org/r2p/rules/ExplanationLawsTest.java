package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DatePrecision;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * Laws every explanation obeys, over random votes, proposals, registries, Councils and
 * interpretations: the interpreter records every step, in the rule's order, once (the breach
 * step left out only where the commitment does not apply, every FALSE then named); each
 * condition has a non-blank detail; the conditions
 * agree with the verdict in Kleene's logic; the paragraph carries the facts, the clause, the
 * reason and the deciding details.
 */
final class ExplanationLawsTest {
  static final MemberState URUGUAY = MemberState.of("URY", "Uruguay");
  static final MemberState AUSTRIA = MemberState.of("AUT", "Austria");
  static final MemberState[] VOTERS = {MemberStates.FRANCE, MemberStates.UNITED_KINGDOM, MemberStates.RUSSIAN_FEDERATION,
      URUGUAY, AUSTRIA};

  /** The stage of each condition name, per rule family; a walk's stages must be 0, 1, 2, ... */
  static final Map<String, Integer> CODE = Map.of("instrument-in-effect", 0, "adherent-on-vote-date", 1,
      "member-of-council", 2, "proposal-kind-covered", 3, "aims-at-atrocity-crimes", 4, "credible-draft", 5,
      "voted-against", 6);
  static final Map<String, Integer> FRENCH = Map.of("instrument-in-effect", 0, "adherent-on-vote-date", 1,
      "member-of-council", 2, "proposal-kind-covered", 3, "aims-at-atrocity-crimes", 4,
      "no-vital-interest-exception", 5, "used-veto", 6);
  static final Map<String, Integer> DECLARATION = Map.of("instrument-in-effect", 0, "binds-own-votes", 1,
      "voted-against", 2);

  static CommitmentRegistry registry(int variant) {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder();
    for (MemberState s : VOTERS) {
      if ((variant & 1) != 0 || s.equals(URUGUAY)) {
        b.add(Adherence.builder().state(s).instrument(Instrument.ACT_CODE_OF_CONDUCT).from(LocalDate.of(2015, 12, 20))
            .precision((variant & 2) != 0 ? DatePrecision.NOT_LATER_THAN : DatePrecision.DAY).source("t").build());
      }
    }
    b.add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE).from(LocalDate.of(2015, 9, 28)).source("t").build());
    b.add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRANCE_MEXICO_DECLARATION).from(LocalDate.of(2015, 9, 30)).source("t").build());
    b.add(Adherence.builder().state(MemberStates.UNITED_KINGDOM).instrument(Instrument.UK_PLEDGE).from(LocalDate.of(2015, 10, 1)).source("t").build());
    if ((variant & 4) != 0) {
      b.completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL);
    }
    return b.build();
  }

  static CouncilHistory history(boolean complete, boolean withAustria) {
    List<ElectedTerm> t = new ArrayList<>();
    t.add(ElectedTerm.of(URUGUAY, LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31)));
    if (withAustria) {
      t.add(ElectedTerm.of(AUSTRIA, LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31)));
    }
    for (int k = 0; complete && t.size() < 10; k++) {
      t.add(ElectedTerm.of(MemberState.of("Q" + (char) ('A' + k) + "Q", "S" + k), LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31)));
    }
    return CouncilHistory.of(t);
  }

  static Interpretation interpretation(int k) {
    Interpretation i = Interpretation.defaults();
    switch (k % 8) {
      case 1: return i.withAbstention(Interpretation.AbstentionReading.SPIRIT).withCredibility(Interpretation.CredibilityTest.MAJORITY_SUPPORT);
      case 2: return i.withContestedAim(Interpretation.ContestedAim.TREAT_AS_YES).withCrimeList(Interpretation.CrimeList.FRENCH);
      case 3: return i.withContestedAim(Interpretation.ContestedAim.TREAT_AS_NO).withCrimeList(Interpretation.CrimeList.R2P)
          .withMixedDrafts(Interpretation.MixedDrafts.NEVER_FOR_COMMEMORATIVE);
      case 4: return i.withVitalInterest(Interpretation.VitalInterest.SELF_DECLARED).withNoOnFailedDraftBreaches(true)
          .withCommitmentDates(Interpretation.CommitmentDates.FROM_INSTRUMENT_LAUNCH);
      case 5: return i.withPositivePledge(Interpretation.PositivePledge.EXPECT_YES).withCredibility(Interpretation.CredibilityTest.USER_SUPPLIED)
          .withMixedDrafts(Interpretation.MixedDrafts.ANY_OPERATIVE_PARA).withCrimeList(Interpretation.CrimeList.UK);
      case 6: return i.withRestraintCovers(java.util.EnumSet.of(ProposalKind.PRELIMINARY_QUESTION));
      case 7: return i.withCrimeList(Interpretation.CrimeList.CODE);
      default: return i;
    }
  }

  static Proposal proposal(LocalDate d, int aim, int crimes, int credible, int kind) {
    Proposal.Builder p = Proposal.builder().date(d).subject("random").kind(ProposalKind.values()[kind % ProposalKind.values().length]);
    if (aim % 4 != 3) {
      Assessment a = Assessment.values()[aim % 4];
      List<AtrocityCrime> cs = new ArrayList<>();
      for (AtrocityCrime c : AtrocityCrime.values()) {
        if (a != Assessment.NO && (crimes & (1 << c.ordinal())) != 0) {
          cs.add(c);
        }
      }
      AtrocityAim.Builder ab = AtrocityAim.builder().assessment(a).crimes(cs).purpose(Purpose.values()[(crimes >> 4) % 3])
          .assertedBy("asserter");
      if ((crimes >> 6) % 3 != 2) {
        ab.largeScale((crimes >> 6) % 3 == 1);
      }
      p.atrocityAim(ab.build());
    }
    if (credible < 3) {
      p.credible(Assessment.values()[credible]);
    }
    return p.build();
  }

  static void checkLaws(Finding f) {
    Explanation e = f.explanation();
    Map<String, Integer> stages = f.instrument() == Instrument.FRENCH_PLEDGE ? FRENCH
        : f.instrument() == Instrument.FRANCE_MEXICO_DECLARATION ? DECLARATION : CODE;
    List<Condition> cs = e.conditions();
    assertThat(cs).as(e.conditionsText()).isNotEmpty();
    // each step once, in order, none skipped; the breach step last, left out only where nothing applies
    for (int k = 0; k < cs.size(); k++) {
      assertThat(stages.getOrDefault(cs.get(k).name(), -1)).as(f.rule() + " " + e.conditionsText()).isEqualTo(k);
      assertThat(cs.get(k).detail()).as(cs.get(k).name()).isNotBlank();
    }
    boolean withBreach = cs.size() == stages.size();
    assertThat(withBreach || cs.size() == stages.size() - 1).as(e.conditionsText()).isTrue();
    List<Condition> applying = withBreach ? cs.subList(0, cs.size() - 1) : cs;
    Ternary last = withBreach ? cs.get(cs.size() - 1).result() : null;
    boolean unknown = applying.stream().anyMatch(c -> c.result() == Ternary.UNKNOWN);
    List<Condition> falses = applying.stream().filter(c -> c.result() == Ternary.FALSE).toList();
    assertThat(f.verdict() == Verdict.NOT_APPLICABLE).as(e.conditionsText()).isEqualTo(!withBreach);
    switch (f.verdict()) {
      case INDETERMINATE -> {
        assertThat(falses).isEmpty();
        assertThat(unknown || last == Ternary.UNKNOWN).as(e.conditionsText()).isTrue();
        assertThat(last).isNotEqualTo(Ternary.FALSE);
        assertThat(e.deciding()).isNotEmpty().allSatisfy(c -> assertThat(c.result()).isEqualTo(Ternary.UNKNOWN));
        assertThat(e.reason()).startsWith("not known: ");
        assertThat(f.breach()).isEqualTo(Ternary.UNKNOWN);
      }
      case NO_BREACH -> {
        assertThat(falses).isEmpty();
        assertThat(unknown).as(e.conditionsText()).isTrue();
        assertThat(last).isEqualTo(Ternary.FALSE);
        assertThat(e.reason()).contains("open, and not deciding it: ");
        assertThat(f.applies()).isEqualTo(Ternary.UNKNOWN);
        assertThat(f.breach()).isEqualTo(Ternary.FALSE);
      }
      case NOT_APPLICABLE -> {
        // every condition definitely FALSE is named, not only the first
        assertThat(falses).isNotEmpty();
        assertThat(e.deciding()).isEqualTo(falses);
        assertThat(f.applies()).isEqualTo(Ternary.FALSE);
      }
      case CONSISTENT -> {
        assertThat(applying).allSatisfy(c -> assertThat(c.result()).isEqualTo(Ternary.TRUE));
        assertThat(last).isEqualTo(Ternary.FALSE);
        assertThat(f.applies()).isEqualTo(Ternary.TRUE);
      }
      case BREACH -> {
        assertThat(cs).allSatisfy(c -> assertThat(c.result()).isEqualTo(Ternary.TRUE));
        assertThat(f.breach()).isEqualTo(Ternary.TRUE);
      }
    }
    assertThat(e.reason()).isNotBlank();
    assertThat(e.facts()).isNotEmpty().allSatisfy(x -> assertThat(x).isNotBlank());
    assertThat(e.facts().get(0)).matches(f.state().orElseThrow().name()
        + (f.hypothetical() ? " would vote" : " voted") + " (in favour of|against|to abstain on|\\(absent\\) on|\\(not participating\\) on) .+ on \\d{4}-\\d{2}-\\d{2}");
    String p = f.explain();
    assertThat(p).startsWith(e.facts().get(0)).contains(e.citation().toString() + ": " + e.provision())
        .contains("Outcome: " + f.verdict().name().replace('_', ' ') + " (" + e.reason());
    List<String> why = e.deciding().stream().map(Condition::detail).filter(x -> !x.equals(e.reason())).toList();
    if (!why.isEmpty()) {
      assertThat(p).contains(e.reason() + ": " + String.join("; ", why));
    }
    assertThat(f.flags().isEmpty()).isEqualTo(!p.contains("Flagged: "));
    assertThat(e.outcome()).isEqualTo(f.verdict().name().replace('_', ' '));
    assertThat(e.interpretation()).isEqualTo(f.interpretation().describe());
  }

  @Test
  void everyExplanationObeysTheLaws() {
    qt().withExamples(400).forAll(integers().between(0, 7), integers().between(0, 511), integers().between(0, 255),
            integers().between(0, 4000))
        .checkAssert((interp, crimes, packed, day) -> {
          int credible = packed / 64;
          int shape = packed % 64;
          LocalDate d = LocalDate.of(2014, 6, 1).plusDays(day);
          Proposal p = proposal(d, shape, crimes, credible, shape >> 3);
          R2pRules rules = R2pRules.builder().registry(registry(shape)).councilHistory(history((shape & 8) != 0, (shape & 16) != 0))
              .interpretation(interpretation(interp)).build();
          for (MemberState s : VOTERS) {
            for (VotePosition v : VotePosition.values()) {
              for (Finding f : rules.check(s, v, p, d)) {
                checkLaws(f);
              }
            }
          }
          // the same through whole records, where the decision is known
          VoteRecord r = CommitmentRulesTest.record(p, VotePosition.NO, (crimes % 15)).withVote(MemberStates.FRANCE,
              VotePosition.values()[credible]);
          for (Finding f : rules.review(r).findings()) {
            checkLaws(f);
          }
        });
  }
}
