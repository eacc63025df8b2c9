package org.r2p.rules.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.r2p.core.Adherence;
import org.r2p.core.Classification;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Finding;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Ternary;
import org.r2p.rules.Verdict;

/**
 * A change to what happened, as a value: it takes a record and returns the record as the
 * scenario would have it. Scenarios are stateless and thread-safe, and compose with
 * {@link #andThen}.
 *
 * <pre>{@code
 * Scenario russiaAbstains = Scenario.vote(DocumentSymbol.parse("S/2014/348"),
 *     MemberStates.RUSSIAN_FEDERATION, VotePosition.ABSTAIN);
 * Scenario compliance = Scenario.fullCompliance();
 * Scenario restraint = Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2011, 1, 1));
 * }</pre>
 */
public interface Scenario {
  /** {@return a short name, e.g. "full-compliance"} */
  String name();

  /** {@return what the scenario supposes, in a sentence} */
  String description();

  /**
   * The position a vote takes in the scenario.
   *
   * @param record the record (as the scenario has it so far)
   * @param vote one of its votes
   * @param ctx the rules, the Council and the baseline decision
   * @return the new position (the same to leave it)
   */
  VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx);

  /**
   * Why the scenario changes a vote, in words, when it can say: for the scenarios that keep
   * commitments, the finding that the recorded vote breached (the instrument and its reason);
   * for restraint, whose assessment makes the draft an atrocity draft. {@link WhatIf} attaches
   * it to the {@link VoteChange}. Asked only for a vote the scenario changed.
   *
   * @param record the record (as recorded, before the scenario)
   * @param vote the vote as recorded
   * @param ctx the rules, the Council and the baseline decision
   * @return the reason, or empty if the scenario gives none
   */
  default Optional<String> reason(VoteRecord record, Vote vote, ScenarioContext ctx) {
    return Optional.empty();
  }

  /**
   * The record as the scenario would have it.
   *
   * @param record the record
   * @param ctx the context
   * @return the changed record, or the same one
   */
  default VoteRecord apply(VoteRecord record, ScenarioContext ctx) {
    return withPositions(record, v -> position(record, v, ctx));
  }

  /**
   * The rules under which the scenario judges a record's votes: the context's rules, or, for
   * a scenario that changes commitments (universal-code, adheres), those rules with the
   * scenario's commitments and any supposition it makes of credibility.
   *
   * @param record the record, as the scenario receives it
   * @param ctx the context
   * @return the rules
   */
  default R2pRules rules(VoteRecord record, ScenarioContext ctx) {
    return ctx.rules();
  }

  /** The record with each vote's position as given, the same record where none changes. */
  private static VoteRecord withPositions(VoteRecord record, Function<Vote, VotePosition> position) {
    VoteRecord out = record;
    for (Vote v : record.votes()) {
      VotePosition p = position.apply(v);
      if (p != v.position()) {
        out = out.withVote(v.member(), p);
      }
    }
    return out;
  }

  /**
   * This scenario, then another on its result.
   *
   * @param next the scenario applied second
   * @return the composition
   */
  default Scenario andThen(Scenario next) {
    Scenario first = this;
    return new Scenario() {
      @Override
      public String name() {
        return first.name() + "+" + next.name();
      }

      @Override
      public String description() {
        return first.description() + " Then: " + next.description();
      }

      @Override
      public VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx) {
        throw new UnsupportedOperationException("composed scenarios apply whole records");
      }

      @Override
      public VoteRecord apply(VoteRecord record, ScenarioContext ctx) {
        return next.apply(first.apply(record, ctx), ctx);
      }

      @Override
      public R2pRules rules(VoteRecord record, ScenarioContext ctx) {
        // the second scenario judges the first's result, under the first's commitments
        return next.rules(record, new ScenarioContext(first.rules(record, ctx), ctx.council(), ctx.baseline()));
      }

      @Override
      public Optional<String> reason(VoteRecord record, Vote vote, ScenarioContext ctx) {
        Optional<String> r = first.reason(record, vote, ctx);
        return r.isPresent() ? r : next.reason(first.apply(record, ctx), vote, ctx);
      }
    };
  }

  /** How one vote is changed by a custom scenario. */
  @FunctionalInterface
  interface VoteRule {
    /**
     * The position of one vote in the scenario.
     *
     * @param record the record
     * @param vote a vote
     * @param ctx the context
     * @return its position in the scenario
     */
    VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx);
  }

  /**
   * A scenario from a rule.
   *
   * @param name a short name
   * @param description what it supposes
   * @param rule the new position of each vote
   * @return the scenario
   */
  static Scenario of(String name, String description, VoteRule rule) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(rule, "rule");
    return new Scenario() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx) {
        return rule.position(record, vote, ctx);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * Nothing changes: the baseline.
   *
   * @return the scenario
   */
  static Scenario baseline() {
    return of("baseline", "Every vote as recorded.", (r, v, c) -> v.position());
  }

  /**
   * One member votes differently on the records a predicate selects.
   *
   * @param which the records
   * @param member the member
   * @param position its vote
   * @return the scenario
   */
  static Scenario vote(Predicate<VoteRecord> which, MemberState member, VotePosition position) {
    return of("vote:" + member.code() + "=" + position,
        member.name() + " votes " + position + " on the selected records.",
        (r, v, c) -> which.test(r) && v.member().equals(member) ? position : v.position());
  }

  /**
   * One member votes differently on one proposal.
   *
   * @param symbol the proposal's symbol
   * @param member the member
   * @param position its vote
   * @return the scenario
   */
  static Scenario vote(DocumentSymbol symbol, MemberState member, VotePosition position) {
    Scenario s = vote(r -> r.proposal().symbol().map(symbol::equals).orElse(false), member, position);
    return of(symbol + ":" + member.code() + "=" + position,
        member.name() + " votes " + position + " on " + symbol + ".", s::position);
  }

  /**
   * Every abstention counts as a negative vote: a permanent member's abstention becomes a
   * veto, as on the strict reading of "concurring votes" the 1947 practice rejected.
   *
   * @return the scenario
   */
  static Scenario abstentionsAsNo() {
    return of("abstentions-as-no", "Every abstention counts as a negative vote.",
        (r, v, c) -> v.position() == VotePosition.ABSTAIN ? VotePosition.NO : v.position());
  }

  /**
   * Every adherent keeps its commitments: a vote the rules find in BREACH becomes the nearest
   * vote that keeps them (NO becomes ABSTAIN; a non-vote found in breach of the positive
   * pledge becomes YES). INDETERMINATE findings are left alone.
   *
   * @return the scenario
   */
  static Scenario fullCompliance() {
    Scenario rule = of("full-compliance", "Every adherent keeps its commitments; INDETERMINATE cases are left as they were.",
        Scenario::complying);
    return withReason(rule, Scenario::breachReason);
  }

  private static VotePosition complying(VoteRecord r, Vote v, ScenarioContext c) {
    return breach(r, v, c).isPresent() ? (v.position() == VotePosition.NO ? VotePosition.ABSTAIN : VotePosition.YES)
        : v.position();
  }

  /** The first finding that the vote breaches a commitment: what {@link #complying} acts on. */
  private static Optional<Finding> breach(VoteRecord r, Vote v, ScenarioContext c) {
    for (Finding f : c.rules().check(r, v, c.baseline())) {
      if (f.verdict() == Verdict.BREACH) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> breachReason(VoteRecord r, Vote v, ScenarioContext c) {
    return breach(r, v, c).map(f -> "breached " + f.explanation().citation() + ": " + f.explanation().reason()
        + " (" + f.explanation().conditions().stream().filter(x -> x.result() == org.r2p.rules.Ternary.TRUE)
            .filter(x -> !x.name().equals("instrument-in-effect") && !x.name().equals("member-of-council"))
            .map(x -> x.detail()).collect(java.util.stream.Collectors.joining("; ")) + ")");
  }

  /**
   * As if every member of the Council had adhered to the ACT Code from its launch
   * (23 October 2015), and kept it, each judging a draft credible when it won the votes
   * required: {@code universalCode(CredibilityTest.MAJORITY_SUPPORT)}.
   *
   * @return the scenario
   */
  static Scenario universalCode() {
    return universalCode(Interpretation.CredibilityTest.MAJORITY_SUPPORT);
  }

  /**
   * As if every member of the Council had adhered to the ACT Code from its launch
   * (23 October 2015), and kept it. Where the rules read Q2 as SELF_ASSESSMENT, a pledge turns
   * on each state's own judgement of a draft's credibility, which no source records for a
   * state that never adhered; a scenario that makes it adhere must suppose one, and
   * {@code assumed} is that supposition ({@link #assumingCredibility}). Every change it makes
   * says when it rests on it.
   *
   * @param assumed how the adherents judge credibility where Q2 is SELF_ASSESSMENT;
   *     SELF_ASSESSMENT supposes nothing, so such verdicts stay INDETERMINATE and the votes as
   *     recorded
   * @return the scenario
   */
  static Scenario universalCode(Interpretation.CredibilityTest assumed) {
    Objects.requireNonNull(assumed, "assumed");
    return new Scenario() {
      @Override
      public String name() {
        return "universal-code";
      }

      @Override
      public String description() {
        return "Every Council member adheres to the ACT Code from 23 October 2015 and keeps it"
            + supposing(assumed, "each") + ".";
      }

      @Override
      public VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx) {
        return complying(record, vote, universal(record, ctx, assumed));
      }

      @Override
      public Optional<String> reason(VoteRecord record, Vote vote, ScenarioContext ctx) {
        ScenarioContext u = universal(record, ctx, assumed);
        return breachReason(record, vote, u).map(r -> r + supposed(ctx, u));
      }

      @Override
      public VoteRecord apply(VoteRecord record, ScenarioContext ctx) {
        ScenarioContext u = universal(record, ctx, assumed);
        return withPositions(record, v -> complying(record, v, u));
      }

      @Override
      public R2pRules rules(VoteRecord record, ScenarioContext ctx) {
        return universal(record, ctx, assumed).rules();
      }
    };
  }

  /**
   * The rules of a scenario in which states adhere that did not: where the rules read Q2 as
   * SELF_ASSESSMENT, the adherents' own judgement of credibility is supposed to be
   * {@code assumed}; under any other Q2 the rules' reading stands, and SELF_ASSESSMENT
   * supposes nothing.
   *
   * @param rules the rules
   * @param assumed the supposed test
   * @return the rules the scenario checks votes with
   */
  static R2pRules assumingCredibility(R2pRules rules, Interpretation.CredibilityTest assumed) {
    Interpretation i = rules.interpretation();
    return i.credibility() == Interpretation.CredibilityTest.SELF_ASSESSMENT
        && assumed != Interpretation.CredibilityTest.SELF_ASSESSMENT ? rules.withInterpretation(i.withCredibility(assumed))
        : rules;
  }

  /**
   * The supposition in a description.
   *
   * @param who "each" for every adherent, "it" for one state
   */
  private static String supposing(Interpretation.CredibilityTest assumed, String who) {
    switch (assumed) {
      case SELF_ASSESSMENT:
        return "; where Q2 is SELF_ASSESSMENT nothing is supposed of a judgement of credibility no source records";
      case MAJORITY_SUPPORT:
        return "; where Q2 is SELF_ASSESSMENT " + who + " is supposed to judge credible a draft that won the votes"
            + " required (Q2 MAJORITY_SUPPORT), as no source records its own judgement";
      default:
        return "; where Q2 is SELF_ASSESSMENT " + who + " is supposed to judge credibility by Q2 " + assumed
            + ", as no source records its own judgement";
    }
  }

  /** What a changed vote's reason adds when it rests on the supposition. */
  private static String supposed(ScenarioContext recorded, ScenarioContext scenario) {
    Interpretation.CredibilityTest was = recorded.rules().interpretation().credibility();
    Interpretation.CredibilityTest now = scenario.rules().interpretation().credibility();
    return was == now ? "" : "; that the state judged the draft credible is the scenario's supposition (Q2 " + now
        + " in place of " + was + "), not a recorded judgement";
  }

  /**
   * As if a state had adhered to an instrument from a date (and kept it), judging a draft
   * credible when it won the votes required:
   * {@code adheres(state, instrument, from, CredibilityTest.MAJORITY_SUPPORT)}.
   * "What if Russia had joined the Code on 2015-10-23?" is
   * {@code Scenario.adheres(MemberStates.RUSSIAN_FEDERATION, Instrument.ACT_CODE_OF_CONDUCT,
   * LocalDate.of(2015, 10, 23))}.
   *
   * @param state the state
   * @param instrument the instrument
   * @param from the first day of adherence
   * @return the scenario
   */
  static Scenario adheres(MemberState state, Instrument instrument, LocalDate from) {
    return adheres(state, instrument, from, Interpretation.CredibilityTest.MAJORITY_SUPPORT);
  }

  /**
   * As if a state had adhered to an instrument from a date (and kept it): the registry gets
   * the adherence (the instrument's completeness kept), and a vote the rules then find in
   * BREACH becomes the nearest vote that keeps the commitment, as in {@link #fullCompliance()}.
   * Where the rules read Q2 as SELF_ASSESSMENT, the state's own judgement of credibility is
   * supposed to be {@code assumed} ({@link #assumingCredibility}), and every change says when
   * it rests on that.
   *
   * @param state the state
   * @param instrument the instrument
   * @param from the first day of adherence
   * @param assumed how the state judges credibility where Q2 is SELF_ASSESSMENT; SELF_ASSESSMENT
   *     supposes nothing
   * @return the scenario
   */
  static Scenario adheres(MemberState state, Instrument instrument, LocalDate from,
      Interpretation.CredibilityTest assumed) {
    Objects.requireNonNull(assumed, "assumed");
    Adherence added = Adherence.builder().state(state).instrument(instrument).from(from)
        .source("scenario: " + state.code() + " adheres to " + instrument.shortName() + " from " + from).build();
    java.util.concurrent.atomic.AtomicReference<R2pRules[]> last = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.function.Function<ScenarioContext, ScenarioContext> with = ctx -> {
      R2pRules[] pair = last.get();
      if (pair == null || pair[0] != ctx.rules()) {
        pair = new R2pRules[] {ctx.rules(),
            assumingCredibility(ctx.rules().withRegistry(ctx.rules().registry().withAdherence(added)), assumed)};
        last.set(pair);
      }
      return new ScenarioContext(pair[1], ctx.council(), ctx.baseline());
    };
    return new Scenario() {
      @Override
      public String name() {
        return "adheres:" + state.code() + ":" + instrument.name() + ":" + from;
      }

      @Override
      public String description() {
        return state.name() + " adheres to the " + instrument.shortName() + " from " + from
            + " and keeps it" + supposing(assumed, "it") + "; every other fact as recorded.";
      }

      @Override
      public VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx) {
        return vote.member().equals(state) ? complying(record, vote, with.apply(ctx)) : vote.position();
      }

      @Override
      public Optional<String> reason(VoteRecord record, Vote vote, ScenarioContext ctx) {
        if (!vote.member().equals(state)) {
          return Optional.empty();
        }
        ScenarioContext w = with.apply(ctx);
        return breachReason(record, vote, w).map(r -> r + supposed(ctx, w));
      }

      @Override
      public R2pRules rules(VoteRecord record, ScenarioContext ctx) {
        return with.apply(ctx).rules();
      }
    };
  }

  private static ScenarioContext universal(VoteRecord record, ScenarioContext ctx,
      Interpretation.CredibilityTest assumed) {
    R2pRules rules = ctx.rules();
    CommitmentRegistry reg = rules.registry();
    LocalDate launch = Instrument.ACT_CODE_OF_CONDUCT.effectiveFrom().orElseThrow();
    CommitmentRegistry.Builder b = CommitmentRegistry.builder();
    Set<MemberState> listed = new HashSet<>();
    for (Adherence a : reg.adherences()) {
      if (a.instrument() == Instrument.ACT_CODE_OF_CONDUCT) {
        listed.add(a.state());
        if (a.statusOn(record.date()) != CommitmentStatus.COMMITTED) {
          continue;
        }
      }
      b.add(a);
    }
    List<MemberState> voters = new ArrayList<>();
    for (Vote v : record.votes()) {
      voters.add(v.member());
    }
    for (MemberState m : voters) {
      if (!listed.contains(m) || reg.statusOn(m, Instrument.ACT_CODE_OF_CONDUCT, record.date()).status()
          != CommitmentStatus.COMMITTED) {
        b.add(Adherence.builder().state(m).instrument(Instrument.ACT_CODE_OF_CONDUCT).from(launch)
            .source("scenario: universal Code").build());
      }
    }
    for (Instrument i : Instrument.values()) {
      b.completeness(i, reg.completeness(i));
    }
    return new ScenarioContext(assumingCredibility(rules.withRegistry(b.build()), assumed), ctx.council(), ctx.baseline());
  }

  /**
   * Permanent members refrain from voting against non-procedural proposals within the ACT
   * Code's scope, from a date: their NO becomes ABSTAIN. Whether a proposal is within it is the
   * Code's rule's own answer ({@link R2pRules#withinScope}): the kinds of proposal it covers
   * (Q5), and the atrocity crimes and action it names, from the supplied atrocity aim (Q3, Q4,
   * Q8, Q16); only a definite TRUE changes a vote.
   *
   * @param since the first day of restraint
   * @return the scenario
   */
  static Scenario permanentRestraintOnAtrocityDrafts(LocalDate since) {
    Scenario rule = of("p5-restraint-since-" + since, "Permanent members refrain from voting against atrocity drafts from "
        + since + ".", (r, v, c) -> {
          if (v.position() != VotePosition.NO || r.date().isBefore(since) || !c.council().isPermanent(v.member())) {
            return v.position();
          }
          return atrocityDraft(r, c.rules()) ? VotePosition.ABSTAIN : v.position();
        });
    return withReason(rule, (r, v, c) -> r.proposal().atrocityAim().map(a -> "a permanent member's NO on a draft"
        + " aimed at atrocity crimes (" + a.assessment() + ", asserted by " + a.assertedBy()
        + a.timing().map(t -> ", characterised " + t).orElse("") + ") becomes ABSTAIN from " + since));
  }

  /** How a scenario explains a change it made, as {@link Scenario#reason} does. */
  @FunctionalInterface
  interface ReasonRule {
    /**
     * Why the scenario changes a vote.
     *
     * @param record the record as recorded
     * @param vote the vote as recorded
     * @param ctx the context
     * @return the reason, or empty
     */
    Optional<String> reason(VoteRecord record, Vote vote, ScenarioContext ctx);
  }

  /** The scenario, explaining each change it makes by a rule. */
  private static Scenario withReason(Scenario s, ReasonRule why) {
    return new Scenario() {
      @Override
      public String name() {
        return s.name();
      }

      @Override
      public String description() {
        return s.description();
      }

      @Override
      public VotePosition position(VoteRecord record, Vote vote, ScenarioContext ctx) {
        return s.position(record, vote, ctx);
      }

      @Override
      public Optional<String> reason(VoteRecord record, Vote vote, ScenarioContext ctx) {
        return why.reason(record, vote, ctx);
      }

      @Override
      public String toString() {
        return s.toString();
      }
    };
  }

  /** A non-procedural proposal within the ACT Code's scope, as its rule reads it. */
  private static boolean atrocityDraft(VoteRecord r, R2pRules rules) {
    return r.proposal().classification() != Classification.PROCEDURAL
        && rules.withinScope(Instrument.ACT_CODE_OF_CONDUCT, r.proposal(), r.date()) == Ternary.TRUE;
  }
}
