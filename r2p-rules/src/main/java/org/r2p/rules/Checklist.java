package org.r2p.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.Citation;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Instrument;
import org.r2p.core.Outcome;
import org.r2p.core.Purpose;
import org.r2p.core.VotePosition;

/**
 * Walks a rule's conditions in order and stops at the first that decides. In quiet mode it
 * only finds the verdict; in explaining mode it records every fact and condition tested, so
 * texts are built only when an explanation is asked for. Package-private: the shared steps of
 * the commitment rules.
 */
final class Checklist {
  /** What a walk found: the verdict, and the explanation in explaining mode. */
  record Checked(Verdict verdict, @Nullable Explanation explanation) {}

  private final Citation citation;
  private final Instrument instrument;
  private final String provision;
  private final VoteContext ctx;
  private final boolean explain;
  private final List<String> facts;
  private final List<Condition> conditions;

  Checklist(Citation citation, String provision, VoteContext ctx, boolean explain) {
    this.citation = citation;
    this.instrument = citation.instrument();
    this.provision = provision;
    this.ctx = ctx;
    this.explain = explain;
    this.facts = explain ? new ArrayList<>() : List.of();
    this.conditions = explain ? new ArrayList<>() : List.of();
    if (explain) {
      facts.add(ctx.state().name() + " voted " + verb(ctx.position()) + " " + ctx.proposal().label()
          + " on " + ctx.date());
    }
  }

  /** A finding whose verdict is found now and whose explanation is built on first request. */
  static Finding finding(String rule, Instrument instrument, VoteContext ctx,
      java.util.function.BiFunction<VoteContext, Boolean, Checked> evaluate) {
    return finding(rule, instrument, ctx, evaluate.apply(ctx, false).verdict(), evaluate);
  }

  /** A finding around a verdict already found, whose explanation is built on first request. */
  static Finding finding(String rule, Instrument instrument, VoteContext ctx, Verdict v,
      java.util.function.BiFunction<VoteContext, Boolean, Checked> evaluate) {
    return Finding.builder()
        .rule(rule)
        .instrument(instrument)
        .state(ctx.state())
        .position(ctx.position())
        .proposal(ctx.proposal().label())
        .date(ctx.date())
        .verdict(v)
        .interpretation(ctx.interpretation())
        .explainer(() -> evaluate.apply(ctx, true).explanation())
        .build();
  }

  static String verb(VotePosition p) {
    switch (p) {
      case YES:
        return "in favour of";
      case NO:
        return "against";
      case ABSTAIN:
        return "to abstain on";
      case ABSENT:
        return "(absent) on";
      default:
        return "(not participating) on";
    }
  }

  void fact(Supplier<String> f) {
    if (explain) {
      facts.add(f.get());
    }
  }

  void pass(String name, Supplier<String> detail) {
    if (explain) {
      conditions.add(Condition.of(name, Ternary.TRUE, detail.get()));
    }
  }

  Checked stop(String name, Ternary result, Supplier<String> detail, Verdict verdict, Supplier<String> reason) {
    if (explain) {
      conditions.add(Condition.of(name, result, detail.get()));
    }
    return finish(verdict, reason);
  }

  Checked finish(Verdict verdict, Supplier<String> reason) {
    return finish(verdict, reason, citation, provision);
  }

  Checked finish(Verdict verdict, Supplier<String> reason, Citation cite, String prov) {
    if (!explain) {
      return new Checked(verdict, null);
    }
    return new Checked(verdict, Explanation.builder()
        .facts(facts)
        .citation(cite)
        .provision(prov)
        .conditions(conditions)
        .stopsAtFirstFailure(true)
        .outcome(verdict.name().replace('_', ' '))
        .reason(reason.get())
        .interpretation(ctx.interpretation().describe())
        .build());
  }

  /**
   * The steps every restraint rule opens with: the instrument existed on the vote date, the
   * state adhered to it, and it sat on the Council.
   *
   * @param canBreach whether the vote could breach the commitment (decides an unknown adherence)
   * @return the finding that stops the walk, or null to go on
   */
  @Nullable Checked committedMember(boolean canBreach) {
    Checked stop = inEffect();
    if (stop == null) {
      stop = adherent(canBreach);
    }
    if (stop == null) {
      stop = councilMember();
    }
    return stop;
  }

  /** The instrument existed on the vote date. */
  @Nullable Checked inEffect() {
    if (!instrument.inEffectOn(ctx.date())) {
      return stop("instrument-in-effect", Ternary.FALSE,
          () -> instrument.shortName() + " takes effect on " + instrument.effectiveFrom().orElseThrow(),
          Verdict.NOT_APPLICABLE, () -> "no such commitment existed on " + ctx.date());
    }
    pass("instrument-in-effect", () -> "in effect from " + instrument.effectiveFrom().map(Object::toString).orElse("-"));
    return null;
  }

  /**
   * The adherence step, decided: null to go on, or the verdict that stops the walk. Shared by
   * the explaining walk and the record screen.
   *
   * @param standing the voter's standing on the vote date
   * @param canBreach whether the vote could breach the commitment (decides an unknown adherence)
   */
  static @Nullable Verdict adherenceStep(CommitmentRegistry.Standing standing, Instrument instrument,
      Interpretation interpretation, boolean canBreach) {
    CommitmentStatus s = standing.status(instrument);
    return adherenceStep(s, byAdherence(standing, instrument, s), fromLaunch(interpretation), canBreach);
  }

  /** Whether an adherence of uncertain date, not an incomplete list, makes a status UNKNOWN. */
  static boolean byAdherence(CommitmentRegistry.Standing standing, Instrument instrument, CommitmentStatus status) {
    return status == CommitmentStatus.UNKNOWN && standing.adherence(instrument).isPresent();
  }

  /** Whether Q12 counts an adherence of uncertain date from the instrument's launch. */
  static boolean fromLaunch(Interpretation interpretation) {
    return interpretation.commitmentDates() == Interpretation.CommitmentDates.FROM_INSTRUMENT_LAUNCH;
  }

  /**
   * The adherence step from the status alone.
   *
   * @param status the voter's status on the vote date
   * @param byAdherence whether an adherence of uncertain date makes it UNKNOWN
   * @param fromLaunch whether Q12 counts such an adherence from the instrument's launch
   * @param canBreach whether the vote could breach the commitment
   */
  static @Nullable Verdict adherenceStep(CommitmentStatus status, boolean byAdherence, boolean fromLaunch,
      boolean canBreach) {
    if (status == CommitmentStatus.COMMITTED) {
      return null;
    }
    if (status == CommitmentStatus.NOT_COMMITTED) {
      return Verdict.NOT_APPLICABLE;
    }
    if (byAdherence && fromLaunch) {
      return null;
    }
    return canBreach ? Verdict.INDETERMINATE : Verdict.CONSISTENT;
  }

  /**
   * The membership step, decided: a voter not on a Council whose elected seats are all known
   * is outside the commitment; where the data is incomplete the vote itself is the evidence.
   */
  static @Nullable Verdict memberStep(boolean member, boolean electedSeatsKnown) {
    return !member && electedSeatsKnown ? Verdict.NOT_APPLICABLE : null;
  }

  /** The state adhered on the vote date; an unknown status decides by whether the vote can breach. */
  @Nullable Checked adherent(boolean canBreach) {
    CommitmentRegistry.Standing standing = ctx.registry().standingOn(ctx.state(), ctx.date());
    Verdict v = adherenceStep(standing, instrument, ctx.interpretation(), canBreach);
    if (!explain) {
      return v == null ? null : new Checked(v, null);
    }
    Supplier<String> why = () -> ctx.registry().statusOn(ctx.state(), instrument, ctx.date()).reason();
    if (v == null) {
      if (standing.status(instrument) == CommitmentStatus.COMMITTED) {
        pass("adherent-on-vote-date", why);
      } else {
        pass("adherent-on-vote-date", () -> why.get() + "; counted from the instrument's launch (Q12)");
      }
      return null;
    }
    switch (v) {
      case NOT_APPLICABLE:
        return stop("adherent-on-vote-date", Ternary.FALSE, why, Verdict.NOT_APPLICABLE,
            () -> ctx.state().name() + " was not committed to " + instrument.shortName() + " on " + ctx.date());
      case CONSISTENT:
        return stop("adherent-on-vote-date", Ternary.UNKNOWN, why, Verdict.CONSISTENT,
            () -> "whether or not " + ctx.state().name() + " was committed, this vote cannot breach the commitment");
      default:
        return stop("adherent-on-vote-date", Ternary.UNKNOWN, why, Verdict.INDETERMINATE,
            () -> "whether " + ctx.state().name() + " was committed on " + ctx.date() + " is unknown");
    }
  }

  @Nullable Checked councilMember() {
    boolean member = ctx.council().isMember(ctx.state());
    if (memberStep(member, ctx.council().electedSeatsKnown()) != null) {
      return stop("member-of-council", Ternary.FALSE,
          () -> ctx.state().name() + " was not on the Council on " + ctx.date(),
          Verdict.NOT_APPLICABLE, () -> "the commitment bites only while the state sits on the Council");
    }
    if (!member) {
      pass("member-of-council", () -> "voted; the membership data for " + ctx.date().getYear()
          + " is incomplete, so the vote itself is taken as evidence");
      return null;
    }
    pass("member-of-council", () -> ctx.state().name() + " sat on the Council");
    return null;
  }

  @Nullable Checked kindCovered() {
    if (!ctx.interpretation().restraintCovers().contains(ctx.proposal().kind())) {
      return stop("proposal-kind-covered", Ternary.FALSE,
          () -> ctx.proposal().kind() + " is not among " + ctx.interpretation().restraintCovers() + " (Q5)",
          Verdict.NOT_APPLICABLE, () -> "restraint does not cover this kind of proposal");
    }
    pass("proposal-kind-covered", () -> ctx.proposal().kind().toString());
    return null;
  }

  /** The crimes in scope for this instrument under the interpretation. */
  private Set<AtrocityCrime> scope() {
    Optional<Interpretation.CrimeList> list = ctx.interpretation().crimeList();
    if (list.isEmpty()) {
      return instrument.crimes();
    }
    if (list.get() == Interpretation.CrimeList.R2P) {
      return EnumSet.allOf(AtrocityCrime.class);
    }
    return EnumSet.of(AtrocityCrime.GENOCIDE, AtrocityCrime.CRIMES_AGAINST_HUMANITY, AtrocityCrime.WAR_CRIMES);
  }

  private boolean largeScaleOnly() {
    return ctx.interpretation().crimeList()
        .map(l -> l == Interpretation.CrimeList.FRENCH)
        .orElse(instrument.warCrimesOnlyOnLargeScale());
  }

  /** The proposal aims to prevent or end crimes in this instrument's scope. */
  @Nullable Checked atrocityAim() {
    Optional<AtrocityAim> aim = ctx.proposal().atrocityAim();
    if (aim.isEmpty()) {
      return stop("aims-at-atrocity-crimes", Ternary.UNKNOWN,
          () -> "no assessment of the proposal's atrocity aim was supplied",
          Verdict.INDETERMINATE, () -> "whether the draft aimed to prevent or end atrocity crimes is not known");
    }
    AtrocityAim a = aim.get();
    Supplier<String> who = () -> "asserted by " + a.assertedBy();
    if (a.assessment() != Assessment.NO && a.timing().orElse(null) == CharacterisationTiming.AFTER_VOTE
        && ctx.interpretation().afterVoteCharacterisation() == Interpretation.AfterVoteCharacterisation.NOT_COUNTED) {
      return stop("aims-at-atrocity-crimes", Ternary.UNKNOWN,
          () -> "the crimes were characterised only after the vote, " + who.get() + "; not counted (Q16)",
          Verdict.INDETERMINATE, () -> "whether the draft aimed at atrocity crimes known at the vote is not settled");
    }
    switch (a.assessment()) {
      case NO:
        return stop("aims-at-atrocity-crimes", Ternary.FALSE, () -> "not an atrocity draft, " + who.get(),
            Verdict.NOT_APPLICABLE, () -> "the draft did not aim to prevent or end atrocity crimes");
      case UNKNOWN:
        return stop("aims-at-atrocity-crimes", Ternary.UNKNOWN,
            () -> "whether the draft aimed at atrocity crimes is unknown, " + who.get(),
            Verdict.INDETERMINATE, () -> "no source settles whether the draft aimed to prevent or end atrocity crimes");
      case CONTESTED:
        switch (ctx.interpretation().contestedAim()) {
          case TREAT_AS_NO:
            return stop("aims-at-atrocity-crimes", Ternary.FALSE,
                () -> "atrocity aim contested, " + who.get() + "; treated as no (Q3)", Verdict.NOT_APPLICABLE,
                () -> "a contested atrocity aim is treated as no");
          case INDETERMINATE:
            return stop("aims-at-atrocity-crimes", Ternary.UNKNOWN, () -> "atrocity aim contested, " + who.get(),
                Verdict.INDETERMINATE, () -> "whether the draft aimed at atrocity crimes is contested");
          default:
            fact(() -> "The atrocity aim is contested and treated as asserted (Q3)");
        }
        break;
      default:
        break;
    }
    Interpretation.MixedDrafts mixed = ctx.interpretation().mixedDrafts();
    boolean purposeOk = a.purpose() == Purpose.PRIMARY
        || mixed == Interpretation.MixedDrafts.ANY_OPERATIVE_PARA
        || (mixed == Interpretation.MixedDrafts.NEVER_FOR_COMMEMORATIVE && a.purpose() != Purpose.COMMEMORATIVE);
    if (!purposeOk) {
      return stop("primary-purpose", Ternary.FALSE, () -> "atrocity content is " + a.purpose() + " (Q4 " + mixed + ")",
          Verdict.NOT_APPLICABLE, () -> "restraint applies to drafts whose purpose is to prevent or end the crimes");
    }
    if (a.crimes().isEmpty()) {
      return stop("crimes-in-scope", Ternary.UNKNOWN, () -> "the crimes were not specified, " + who.get(),
          Verdict.INDETERMINATE, () -> "which crimes the draft addressed is not known");
    }
    Set<AtrocityCrime> scope = scope();
    boolean inScope = false;
    boolean unknownScale = false;
    for (AtrocityCrime c : a.crimes()) {
      if (!scope.contains(c)) {
        continue;
      }
      if (c == AtrocityCrime.WAR_CRIMES && largeScaleOnly()) {
        if (a.largeScale().isEmpty()) {
          unknownScale = true;
          continue;
        }
        if (!a.largeScale().get()) {
          continue;
        }
      }
      inScope = true;
    }
    Supplier<String> crimes = () -> a.crimes().stream().map(AtrocityCrime::label).sorted().toList().toString();
    if (inScope) {
      pass("crimes-in-scope", () -> crimes.get() + ", " + who.get());
      return null;
    }
    if (unknownScale) {
      return stop("crimes-in-scope", Ternary.UNKNOWN,
          () -> "war crimes count only on a large scale, and the scale was not asserted", Verdict.INDETERMINATE,
          () -> "whether the war crimes were on a large scale is not known");
    }
    return stop("crimes-in-scope", Ternary.FALSE, () -> crimes.get() + " are outside " + instrument.shortName() + "'s scope",
        Verdict.NOT_APPLICABLE, () -> "the crimes addressed are outside the commitment's scope");
  }

  /** The draft is credible (Q2) and could pass (Q6). */
  @Nullable Checked credible() {
    if (ctx.decision().isPresent() && ctx.decision().get().outcome() == Outcome.FAILED_INSUFFICIENT_VOTES
        && !ctx.interpretation().noOnFailedDraftBreaches()) {
      CharterDecision d = ctx.decision().get();
      return stop("credible-draft", Ternary.FALSE,
          () -> "the draft failed for want of votes (" + d.affirmative() + " of " + d.threshold()
              + "); a draft that cannot pass is not credible (Q6)",
          Verdict.NOT_APPLICABLE, () -> "the draft could not have been adopted");
    }
    Interpretation.CredibilityTest test = ctx.interpretation().credibility();
    if (test == Interpretation.CredibilityTest.MAJORITY_SUPPORT) {
      if (ctx.decision().isEmpty()) {
        return stop("credible-draft", Ternary.UNKNOWN,
            () -> "credibility is majority support, and the other votes are not known",
            Verdict.INDETERMINATE, () -> "whether the draft had majority support is not known");
      }
      CharterDecision d = ctx.decision().get();
      if (d.affirmative() < d.threshold()) {
        return stop("credible-draft", Ternary.FALSE,
            () -> d.affirmative() + " affirmative votes, fewer than " + d.threshold() + " (Q2 MAJORITY_SUPPORT)",
            Verdict.NOT_APPLICABLE, () -> "the draft lacked majority support");
      }
      pass("credible-draft", () -> d.affirmative() + " affirmative votes (Q2 MAJORITY_SUPPORT)");
      return null;
    }
    Supplier<String> basis = () -> test == Interpretation.CredibilityTest.SELF_ASSESSMENT
        ? "the supplied assessment, standing for the signatory's own (Q2 SELF_ASSESSMENT)"
        : "the supplied assessment (Q2 USER_SUPPLIED)";
    if (ctx.proposal().credible().isEmpty()) {
      return stop("credible-draft", Ternary.UNKNOWN, () -> "no assessment of credibility was supplied",
          Verdict.INDETERMINATE, () -> "whether the draft was credible is not known");
    }
    switch (ctx.proposal().credible().get()) {
      case YES:
        pass("credible-draft", () -> "credible by " + basis.get());
        return null;
      case NO:
        return stop("credible-draft", Ternary.FALSE, () -> "not credible by " + basis.get(),
            Verdict.NOT_APPLICABLE, () -> "the draft was not credible");
      default:
        return stop("credible-draft", Ternary.UNKNOWN, () -> "credibility contested",
            Verdict.INDETERMINATE, () -> "whether the draft was credible is contested");
    }
  }
}
