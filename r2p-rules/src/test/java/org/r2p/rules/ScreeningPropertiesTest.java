package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Classification;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Completeness;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DatePrecision;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.NonAdherence;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * The screening decides each rule's record-level steps once and reads each voter's standing
 * from a per-date table; whatever the registry, the Council data, the interpretation and the
 * record, its verdicts are those of each rule checked vote by vote through its context, and the
 * review's findings and explanations agree with them.
 */
final class ScreeningPropertiesTest {
  static final MemberState[] ELECTED = new MemberState[10];
  static final MemberState OUTSIDER = MemberState.of("QQQ", "Outsider");

  static {
    ELECTED[0] = MemberState.of("URY", "Uruguay");
    for (int j = 1; j < 10; j++) {
      ELECTED[j] = MemberState.of("Z" + (char) ('A' + j) + "Z", "Z" + j);
    }
  }

  static final MemberState[] P5 = {MemberStates.FRANCE, MemberStates.UNITED_KINGDOM, MemberStates.UNITED_STATES,
      MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION};

  static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static CommitmentRegistry registry(Random r) {
    CommitmentRegistry.Builder b = CommitmentRegistry.builder();
    if (r.nextBoolean()) {
      b.add(Adherence.builder().state(MemberStates.FRANCE).instrument(Instrument.FRENCH_PLEDGE)
          .from(LocalDate.of(2015, 9, 28)).source("t").build());
    }
    if (r.nextBoolean()) {
      b.add(Adherence.builder().state(MemberStates.UNITED_KINGDOM).instrument(Instrument.UK_PLEDGE)
          .from(LocalDate.of(2015, 10, 1)).source("t").build());
    }
    for (MemberState s : List.of(ELECTED[0], ELECTED[1], ELECTED[2], MemberStates.FRANCE, MemberStates.UNITED_KINGDOM)) {
      if (r.nextInt(3) > 0) {
        b.add(Adherence.builder().state(s).instrument(Instrument.ACT_CODE_OF_CONDUCT)
            .from(LocalDate.of(2015, 10, 23).plusDays(r.nextInt(900)))
            .precision(pick(r, DatePrecision.values())).source("t").build());
      }
    }
    if (r.nextBoolean()) {
      b.addNonAdherence(new NonAdherence(ELECTED[3], Instrument.ACT_CODE_OF_CONDUCT,
          LocalDate.of(2016, 1, 1).plusDays(r.nextInt(1500)), "t"));
    }
    if (r.nextBoolean()) {
      b.completeness(Instrument.ACT_CODE_OF_CONDUCT, Completeness.PARTIAL);
    }
    return b.build();
  }

  static CouncilHistory history(Random r) {
    if (r.nextInt(4) == 0) {
      return CouncilHistory.permanentOnly();
    }
    List<ElectedTerm> terms = new ArrayList<>();
    for (MemberState s : ELECTED) {
      for (int y = 2013; y <= 2024; y++) {
        terms.add(ElectedTerm.ofYear(s, y));
      }
    }
    return CouncilHistory.of(terms);
  }

  static Interpretation interpretation(Random r) {
    Interpretation i = Interpretation.defaults()
        .withAbstention(pick(r, Interpretation.AbstentionReading.values()))
        .withCredibility(pick(r, Interpretation.CredibilityTest.values()))
        .withContestedAim(pick(r, Interpretation.ContestedAim.values()))
        .withMixedDrafts(pick(r, Interpretation.MixedDrafts.values()))
        .withNoOnFailedDraftBreaches(r.nextBoolean())
        .withVitalInterest(r.nextInt(3) == 0 ? pick(r, Interpretation.VitalInterest.values())
            : Interpretation.VitalInterest.NONE)
        .withCommitmentDates(pick(r, Interpretation.CommitmentDates.values()))
        .withPositivePledge(pick(r, Interpretation.PositivePledge.values()))
        .withAbsence(pick(r, Interpretation.Absence.values()));
    if (r.nextBoolean()) {
      i = i.withCrimeList(pick(r, Interpretation.CrimeList.values()));
    }
    if (r.nextInt(4) == 0) {
      i = i.withRestraintCovers(r.nextBoolean() ? EnumSet.of(ProposalKind.DRAFT_RESOLUTION)
          : EnumSet.of(ProposalKind.AMENDMENT, ProposalKind.PRELIMINARY_QUESTION));
    }
    return i.withContinuity(pick(r, Interpretation.Continuity.values()));
  }

  static VoteRecord record(Random r) {
    LocalDate date = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(3600));
    Proposal.Builder p = Proposal.builder().date(date).subject("random draft")
        .kind(r.nextInt(4) == 0 ? pick(r, ProposalKind.values()) : ProposalKind.DRAFT_RESOLUTION)
        .classification(pick(r, Classification.values()));
    if (r.nextInt(5) > 0) {
      Assessment assessment = pick(r, Assessment.values());
      List<AtrocityCrime> crimes = new ArrayList<>();
      for (AtrocityCrime c : AtrocityCrime.values()) {
        if (assessment != Assessment.NO && r.nextInt(3) == 0) {
          crimes.add(c);
        }
      }
      AtrocityAim.Builder aim = AtrocityAim.builder().assessment(assessment).crimes(crimes)
          .purpose(pick(r, Purpose.values())).assertedBy("t");
      if (r.nextBoolean()) {
        aim.largeScale(r.nextBoolean());
      }
      p.atrocityAim(aim.build());
    }
    if (r.nextInt(4) > 0) {
      p.credible(pick(r, Assessment.values()));
      // who asserts it: nobody named, a third party, or a voter itself (Q2 SELF_ASSESSMENT)
      int who = r.nextInt(4);
      if (who > 0) {
        p.credibleAssertedBy(who == 1 ? "t" : who == 2 ? "URY" : pick(r, P5).name());
      }
    }
    if (r.nextInt(5) == 0) {
      p.addSponsors(pick(r, ELECTED));
    }
    List<MemberState> voters = new ArrayList<>(List.of(P5));
    voters.addAll(List.of(ELECTED));
    if (r.nextInt(4) == 0) {
      voters.set(5 + r.nextInt(10), OUTSIDER);
    }
    if (r.nextInt(5) == 0) {
      voters.remove(r.nextInt(voters.size()));
    }
    VoteRecord.Builder b = VoteRecord.builder().proposal(p.build()).date(date);
    // mostly YES, so that drafts reach the threshold and vetoes happen
    for (MemberState s : voters) {
      b.addVotes(Vote.of(s, r.nextInt(3) == 0 ? pick(r, VotePosition.values()) : VotePosition.YES));
    }
    return b.build();
  }

  @Test
  void screeningGivesTheReviewsVerdictsAndOutcome() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      R2pRules rules = R2pRules.builder().councilHistory(history(r)).registry(registry(r))
          .interpretation(interpretation(r)).build();
      VoteRecord record = record(r);
      Review review = rules.review(record);
      Screening s = rules.screen(record);
      CharterDecision decision = Article27.decide(record, rules.councilOn(record.date()), rules.interpretation());
      // the walk: every rule checks every vote on its own, through VoteContext
      List<Verdict> walked = new ArrayList<>();
      for (Vote v : record.votes()) {
        VoteContext ctx = new VoteContext(v.member(), v.position(), record.proposal(), record.date(),
            rules.councilOn(record.date()), rules.registry(), rules.interpretation(), java.util.Optional.of(decision));
        for (CommitmentRule rule : rules.commitmentRules()) {
          walked.add(rule.verdict(ctx));
        }
      }
      assertThat(s.verdicts()).as("seed %d", seed).isEqualTo(walked);
      assertThat(review.findings().stream().map(Finding::verdict).toList()).isEqualTo(walked);
      assertThat(s.outcome()).isEqualTo(decision.outcome());
      assertThat(s.decision()).isEqualTo(decision);
      assertThat(review.decision()).isEqualTo(decision);
      if (seed % 10 == 0) {
        for (Finding f : review.findings()) {
          assertThat(f.explain()).contains("Outcome: " + f.verdict().name().replace('_', ' '));
        }
      }
      assertThat(rules.verdicts(record)).isEqualTo(s.verdicts());
      // a second look at the same date reads the cached standings and must not differ
      assertThat(rules.screen(record).verdicts()).isEqualTo(s.verdicts());
      for (int i = 0; i < record.votes().size(); i++) {
        Vote v = record.votes().get(i);
        assertThat(s.verdictsOn(v)).isEqualTo(rules.check(record, v, review.decision()).stream()
            .map(Finding::verdict).toList());
        for (int k = 0; k < rules.commitmentRules().size(); k++) {
          assertThat(s.verdict(i, k)).isEqualTo(s.verdicts().get(i * rules.commitmentRules().size() + k));
        }
      }
      int breaches = (int) s.verdicts().stream().filter(v -> v == Verdict.BREACH).count();
      assertThat(s.count(Verdict.BREACH)).isEqualTo(breaches);
    });
  }

  @Test
  void theScreeningSeesEveryKindOfVerdict() {
    // the generator above must reach every verdict, or the property proves little
    EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
    Random r = new Random(42);
    for (int n = 0; n < 3000 && seen.size() < Verdict.values().length; n++) {
      R2pRules rules = R2pRules.builder().councilHistory(history(r)).registry(registry(r))
          .interpretation(interpretation(r)).build();
      seen.addAll(rules.screen(record(r)).verdicts());
    }
    assertThat(seen).containsExactlyInAnyOrder(Verdict.values());
  }

  @Test
  void aScreeningRejectsIndicesOutOfRange_andHasNoVerdictsOnVotesNotInTheRecord() {
    Random r = new Random(1);
    VoteRecord record = record(r);
    Screening s = R2pRules.builder().build().screen(record);
    assertThatThrownBy(() -> s.verdict(record.votes().size(), 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.verdict(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    // an ordinary question, not an error: a vote the record does not hold has no verdicts
    assertThat(s.verdictsOn(Vote.of(MemberState.of("XYZ", "Nowhere"), VotePosition.YES))).isEmpty();
    assertThat(s.verdictsOn(record.votes().get(0))).hasSize(4);
    assertThat(s.toString()).contains(s.outcome().name()).contains("breach");
    assertThat(s.rules()).hasSize(4);
    assertThat(s.record()).isSameAs(record);
  }

  @Test
  void theReadmeSnippet_reviewsOnlyWhatTheScreeningFlags() {
    R2pRules rules = R2pRules.builder().councilHistory(CommitmentRulesTest.HISTORY)
        .registry(CommitmentRulesTest.REGISTRY).build();
    VoteRecord record = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE),
        VotePosition.NO, 12);
    Review reviewed = null;
    // as in docs/rules.md, "Screening many records"
    Screening s = rules.screen(record);
    if (s.count(Verdict.BREACH) > 0) {
      Review why = rules.review(record); // the same verdicts, each with its explanation
      reviewed = why;
    }
    assertThat(reviewed).isNotNull();
    assertThat(reviewed.findings().stream().filter(f -> f.verdict() == Verdict.BREACH).count())
        .isEqualTo(s.count(Verdict.BREACH));
  }

  /** A rule from outside the package: a NO breaches it; it counts how it is asked. */
  static final class NoIsBreach implements CommitmentRule {
    final java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger verdicts = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public org.r2p.core.Instrument instrument() {
      return org.r2p.core.Instrument.UN_CHARTER;
    }

    @Override
    public Finding check(VoteContext c) {
      checks.incrementAndGet();
      Verdict v = c.position() == VotePosition.NO ? Verdict.BREACH : Verdict.CONSISTENT;
      return Finding.builder().rule("no-is-breach").instrument(instrument()).state(c.state())
          .position(c.position()).proposal(c.proposal().label()).date(c.date()).verdict(v)
          .interpretation(c.interpretation())
          .explainer(() -> Explanation.builder().citation(org.r2p.core.Citation.of(instrument(), "x"))
              .provision("x").outcome(v.name()).reason("x").interpretation("x").build())
          .build();
    }

    @Override
    public Verdict verdict(VoteContext c) {
      verdicts.incrementAndGet();
      return c.position() == VotePosition.NO ? Verdict.BREACH : Verdict.CONSISTENT;
    }
  }

  @Test
  void rulesFromOutsideAreAskedVoteByVote_onceEach() {
    NoIsBreach outside = new NoIsBreach();
    R2pRules rules = R2pRules.builder().councilHistory(CommitmentRulesTest.HISTORY)
        .registry(CommitmentRulesTest.REGISTRY)
        .commitmentRules(List.of(new CodeOfConductRule(), outside, new FrenchPledgeRule())).build();
    VoteRecord record = CommitmentRulesTest.record(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE),
        VotePosition.NO, 12);
    int n = record.votes().size();
    Screening s = rules.screen(record);
    assertThat(outside.verdicts.get()).isEqualTo(n);
    Review review = rules.review(record);
    assertThat(outside.checks.get()).isEqualTo(n);
    assertThat(outside.verdicts.get()).as("a review does not ask for the verdicts again").isEqualTo(n);
    for (int i = 0; i < n; i++) {
      Verdict expected = record.votes().get(i).position() == VotePosition.NO ? Verdict.BREACH : Verdict.CONSISTENT;
      assertThat(s.verdict(i, 1)).isEqualTo(expected);
      assertThat(review.findings().get(i * 3 + 1).verdict()).isEqualTo(expected);
      assertThat(review.findings().get(i * 3).verdict()).isEqualTo(s.verdict(i, 0));
      assertThat(review.findings().get(i * 3 + 2).verdict()).isEqualTo(s.verdict(i, 2));
    }
  }
}
