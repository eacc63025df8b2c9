package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.NonAdherence;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Step;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * The laws of three-valued verdicts (FINDINGS §1), over random records, registries, Councils
 * and interpretations: resolving an UNKNOWN never changes BREACH, CONSISTENT or NOT_APPLICABLE
 * and turns NO_BREACH only into CONSISTENT or NOT_APPLICABLE; the order in which a rule's
 * conditions are tested changes no verdict, nor the outcome its explanation states.
 */
final class KleeneLawsTest {
  static final List<StepRule> RULES = List.of(new CodeOfConductRule(), new FrenchPledgeRule(),
      new FranceMexicoDeclarationRule(), new UkPledgeRule());

  static final Ternary[] T = Ternary.values();

  /** A vector of results with some UNKNOWNs resolved to TRUE or FALSE. */
  static List<Ternary> resolved(List<Ternary> v, Random r) {
    List<Ternary> out = new ArrayList<>(v);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) == Ternary.UNKNOWN && r.nextBoolean()) {
        out.set(i, r.nextBoolean() ? Ternary.TRUE : Ternary.FALSE);
      }
    }
    return out;
  }

  static Verdict decide(List<Ternary> applies, Ternary breach) {
    Ternary all = Ternary.TRUE;
    for (Ternary t : applies) {
      all = all.and(t);
    }
    return Interpreter.decide(all, breach);
  }

  /**
   * FINDINGS §1's monotonicity: resolving an UNKNOWN never changes BREACH, CONSISTENT or
   * NOT_APPLICABLE, turns NO_BREACH only into CONSISTENT or NOT_APPLICABLE, and may turn
   * INDETERMINATE into anything.
   */
  static void stillHolds(Verdict before, Verdict after, String what) {
    switch (before) {
      case INDETERMINATE -> { }
      case NO_BREACH -> assertThat(after).as(what).isIn(Verdict.NO_BREACH, Verdict.CONSISTENT, Verdict.NOT_APPLICABLE);
      default -> assertThat(after).as(what).isEqualTo(before);
    }
  }

  @Test
  void theVerdictFunction_isMonotone_andOrderFree() {
    qt().withExamples(2000).forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 8), integers().between(0, 2),
            longs().all())
        .checkAssert((codes, b, seed) -> {
          Random r = new Random(seed);
          List<Ternary> applies = new ArrayList<>(codes.stream().map(i -> T[i]).toList());
          Ternary breach = T[b];
          Verdict v = decide(applies, breach);
          List<Ternary> shuffled = new ArrayList<>(applies);
          Collections.shuffle(shuffled, r);
          assertThat(decide(shuffled, breach)).isEqualTo(v);
          List<Ternary> more = new ArrayList<>(applies);
          more.add(breach);
          List<Ternary> known = resolved(more, r);
          Verdict after = decide(known.subList(0, applies.size()), known.get(applies.size()));
          stillHolds(v, after, applies + " " + breach + " -> " + known);
          // NOT_APPLICABLE exactly when something is FALSE; otherwise NO_BREACH exactly when the vote
          // is not forbidden and applicability is open, INDETERMINATE when a breach stays possible
          boolean anyFalse = applies.contains(Ternary.FALSE);
          boolean openApplies = applies.contains(Ternary.UNKNOWN);
          assertThat(v == Verdict.NOT_APPLICABLE).isEqualTo(anyFalse);
          assertThat(v == Verdict.NO_BREACH).isEqualTo(!anyFalse && openApplies && breach == Ternary.FALSE);
          assertThat(v == Verdict.INDETERMINATE)
              .isEqualTo(!anyFalse && breach != Ternary.FALSE && (openApplies || breach == Ternary.UNKNOWN));
        });
  }

  /** Every vote of a record, and the same votes checked alone, as the rules' steps read them. */
  static List<Facts> facts(R2pRules rules, VoteRecord record) {
    List<Facts> out = new ArrayList<>();
    CharterDecision d = rules.decide(record);
    for (Vote v : record.votes()) {
      out.add(Facts.of(VoteContext.inRecord(record, v, rules.councilOn(record.date()), rules.registry(),
          rules.interpretation(), d)));
      out.add(Facts.of(new VoteContext(v.member(), v.position(), record.proposal(), record.date(),
          rules.councilOn(record.date()), rules.registry(), rules.interpretation(), Optional.empty())));
    }
    return out;
  }

  @Test
  void theOrderOfTheConditions_changesNoVerdict() {
    qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      R2pRules rules = R2pRules.builder().councilHistory(ScreeningPropertiesTest.history(r))
          .registry(ScreeningPropertiesTest.registry(r)).interpretation(ScreeningPropertiesTest.interpretation(r)).build();
      VoteRecord record = ScreeningPropertiesTest.record(r);
      for (Facts f : facts(rules, record)) {
        for (StepRule rule : RULES) {
          Steps steps = rule.steps();
          Verdict quiet = Interpreter.verdict(steps, f);
          List<Step> applicability = new ArrayList<>(steps.steps().subList(0, steps.steps().size() - 1));
          Collections.shuffle(applicability, r);
          assertThat(Interpreter.verdict(steps.reordered(applicability), f)).as(steps.rule()).isEqualTo(quiet);
          Explanation e = Interpreter.explain(steps, f);
          assertThat(e.outcome()).as(e.conditionsText()).isEqualTo(quiet.name().replace('_', ' '));
          assertThat(Interpreter.explain(steps.reordered(applicability), f).outcome()).isEqualTo(e.outcome());
        }
      }
    });
  }

  /** The proposal with some of what is unknown about it resolved, at random. */
  static Proposal resolve(Proposal p, Random r, Interpretation i, List<MemberState> voters) {
    Proposal out = p;
    if (out.atrocityAim().isEmpty()) {
      out = out.withAtrocityAim(AtrocityAim.builder().assessment(r.nextBoolean() ? Assessment.YES : Assessment.NO)
          .assertedBy("resolved").build());
    }
    AtrocityAim a = out.atrocityAim().orElseThrow();
    if (a.assessment() == Assessment.CONTESTED && i.contestedAim() == Interpretation.ContestedAim.INDETERMINATE
        && r.nextBoolean()) {
      a = r.nextBoolean() ? a.withAssessment(Assessment.YES) : AtrocityAim.builder().from(a).assessment(Assessment.NO)
          .crimes(List.of()).build();
    }
    if (a.assessment() != Assessment.NO && a.crimes().isEmpty() && r.nextBoolean()) {
      a = a.withCrimes(ScreeningPropertiesTest.pick(r, AtrocityCrime.values()));
    }
    if (a.largeScale().isEmpty() && r.nextBoolean()) {
      a = a.withLargeScale(r.nextBoolean());
    }
    out = out.withAtrocityAim(a);
    if (out.credible().isEmpty() && r.nextBoolean()) {
      out = out.withCredible(r.nextBoolean() ? Assessment.YES : Assessment.NO);
    }
    if (out.credible().isPresent() && out.credibleAssertedBy().isEmpty() && r.nextBoolean()) {
      // the assessment turns out to be a voter's own
      out = out.withCredibleAssertedBy(voters.get(r.nextInt(voters.size())).code());
    }
    return out;
  }

  /**
   * The registry with some unknown Code statuses resolved: an adherence or a known
   * non-adherence. A status Q17 PRESUMED_CONTINUING carries forward from a dated "had not
   * joined" is not unknown under that reading: a verdict resting on the presumption may change
   * when a later joining is recorded, and the finding says it rests on it.
   */
  static CommitmentRegistry resolve(CommitmentRegistry reg, Random r, List<MemberState> voters, LocalDate date,
      Interpretation interpretation) {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder().addAll(reg.adherences());
    reg.nonAdherences().forEach(b::addNonAdherence);
    for (Instrument i : Instrument.values()) {
      b.completeness(i, reg.completeness(i));
    }
    for (MemberState s : voters) {
      boolean unknown = reg.status(s, Instrument.ACT_CODE_OF_CONDUCT, date) == CommitmentStatus.UNKNOWN
          && reg.standingOn(s, date).adherence(Instrument.ACT_CODE_OF_CONDUCT).isEmpty()
          && reg.adherencesOf(s).stream().noneMatch(x -> x.instrument() == Instrument.ACT_CODE_OF_CONDUCT)
          && (interpretation.continuity() == Interpretation.Continuity.AS_OF_EVIDENCE
              || reg.presumedNonAdherence(s, Instrument.ACT_CODE_OF_CONDUCT, date).isEmpty());
      if (unknown && r.nextBoolean()) {
        if (r.nextBoolean()) {
          b.add(Adherence.builder().state(s).instrument(Instrument.ACT_CODE_OF_CONDUCT)
              .from(LocalDate.of(2015, 10, 23)).source("resolved").build());
        } else {
          b.addNonAdherence(new NonAdherence(s, Instrument.ACT_CODE_OF_CONDUCT, date.plusYears(1), "resolved"));
        }
      }
    }
    return b.build();
  }

  @Test
  void resolvingAnUnknown_neverChangesADefiniteVerdict() {
    qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      CouncilHistory history = ScreeningPropertiesTest.history(r);
      CommitmentRegistry registry = ScreeningPropertiesTest.registry(r);
      Interpretation interpretation = ScreeningPropertiesTest.interpretation(r);
      VoteRecord record = ScreeningPropertiesTest.record(r);
      R2pRules rules = R2pRules.builder().councilHistory(history).registry(registry).interpretation(interpretation)
          .build();
      List<MemberState> voters = record.votes().stream().map(Vote::member).toList();
      VoteRecord known = record.withProposal(resolve(record.proposal(), r, interpretation, voters));
      R2pRules knownRules = rules.withRegistry(resolve(registry, r, voters, record.date(), interpretation));
      List<Verdict> before = rules.verdicts(record);
      List<Verdict> after = knownRules.verdicts(known);
      for (int k = 0; k < before.size(); k++) {
        stillHolds(before.get(k), after.get(k), "vote " + k / 4 + " rule " + k % 4 + ": " + record + " then " + known);
      }
      // and for the same votes checked alone
      for (Vote v : record.votes()) {
        List<Finding> alone = rules.check(v.member(), v.position(), record.proposal(), record.date());
        List<Finding> aloneKnown = knownRules.check(v.member(), v.position(), known.proposal(), record.date());
        for (int k = 0; k < alone.size(); k++) {
          stillHolds(alone.get(k).verdict(), aloneKnown.get(k).verdict(), alone.get(k).toString());
        }
      }
    });
  }

  @Test
  void anUnknownStatus_isNeverTakenForNo() {
    // a state missing from a partial list: its NO on a credible atrocity draft is INDETERMINATE,
    // and the explanation names exactly the unknown
    MemberState bolivia = MemberState.of("BOL", "Bolivia");
    CommitmentRegistry partial = CommitmentRegistry.builder()
        .completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL).build();
    R2pRules rules = R2pRules.builder().registry(partial).build();
    Proposal p = CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE).withCredibleAssertedBy("BOL");
    Finding f = rules.check(bolivia, org.r2p.core.VotePosition.NO, p, p.date()).get(0);
    assertThat(f.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(f.explanation().deciding()).extracting(Condition::name).containsExactly("adherent-on-vote-date");
    assertThat(f.explanation().reason()).isEqualTo("not known: whether the state was committed on the vote date");
  }
}
