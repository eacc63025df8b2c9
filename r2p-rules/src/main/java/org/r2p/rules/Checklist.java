package org.r2p.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Citation;
import org.r2p.core.CommitmentAnswer;
import org.r2p.core.Instrument;
import org.r2p.core.Outcome;
import org.r2p.core.Purpose;
import org.r2p.core.VotePosition;

/**
 * Walks a rule's conditions in order and stops at the first that decides, recording every
 * condition tested. Package-private: the shared steps of the commitment rules.
 */
final class Checklist {
  private final String rule;
  private final Instrument instrument;
  private final Citation citation;
  private final String provision;
  private final VoteContext ctx;
  private final List<String> facts = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();

  Checklist(String rule, Citation citation, String provision, VoteContext ctx) {
    this.rule = rule;
    this.instrument = citation.instrument();
    this.citation = citation;
    this.provision = provision;
    this.ctx = ctx;
    facts.add(ctx.state().name() + " voted " + verb(ctx.position()) + " " + ctx.proposal().label()
        + " on " + ctx.date());
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

  void fact(String f) {
    facts.add(f);
  }

  void pass(String name, String detail) {
    conditions.add(Condition.of(name, Ternary.TRUE, detail));
  }

  Finding stop(String name, Ternary result, String detail, Verdict verdict, String reason) {
    conditions.add(Condition.of(name, result, detail));
    return finish(verdict, reason);
  }

  Finding finish(Verdict verdict, String reason) {
    return finish(verdict, reason, citation, provision);
  }

  Finding finish(Verdict verdict, String reason, Citation cite, String prov) {
    Explanation e = Explanation.builder()
        .facts(facts)
        .citation(cite)
        .provision(prov)
        .conditions(conditions)
        .stopsAtFirstFailure(true)
        .outcome(verdict.name().replace('_', ' '))
        .reason(reason)
        .interpretation(ctx.interpretation().describe())
        .build();
    return Finding.builder()
        .rule(rule)
        .instrument(instrument)
        .state(ctx.state())
        .position(ctx.position())
        .proposal(ctx.proposal().label())
        .date(ctx.date())
        .verdict(verdict)
        .explanation(e)
        .interpretation(ctx.interpretation())
        .build();
  }

  /** The instrument existed on the vote date. */
  Optional<Finding> inEffect() {
    if (!instrument.inEffectOn(ctx.date())) {
      return Optional.of(stop("instrument-in-effect", Ternary.FALSE,
          instrument.shortName() + " takes effect on " + instrument.effectiveFrom().orElseThrow(),
          Verdict.NOT_APPLICABLE, "no such commitment existed on " + ctx.date()));
    }
    pass("instrument-in-effect", "in effect from " + instrument.effectiveFrom().map(Object::toString).orElse("-"));
    return Optional.empty();
  }

  /**
   * The state adhered on the vote date. Returns the status for the caller to decide UNKNOWN.
   */
  Optional<Finding> adherent(boolean canBreach) {
    CommitmentAnswer a = ctx.registry().statusOn(ctx.state(), instrument, ctx.date());
    switch (a.status()) {
      case COMMITTED:
        pass("adherent-on-vote-date", a.reason());
        return Optional.empty();
      case NOT_COMMITTED:
        return Optional.of(stop("adherent-on-vote-date", Ternary.FALSE, a.reason(),
            Verdict.NOT_APPLICABLE, ctx.state().name() + " was not committed to "
                + instrument.shortName() + " on " + ctx.date()));
      default:
        if (ctx.interpretation().commitmentDates() == Interpretation.CommitmentDates.FROM_INSTRUMENT_LAUNCH
            && a.adherence().isPresent()) {
          pass("adherent-on-vote-date", a.reason() + "; counted from the instrument's launch (Q12)");
          return Optional.empty();
        }
        if (!canBreach) {
          return Optional.of(stop("adherent-on-vote-date", Ternary.UNKNOWN, a.reason(),
              Verdict.CONSISTENT, "whether or not " + ctx.state().name()
                  + " was committed, this vote cannot breach the commitment"));
        }
        return Optional.of(stop("adherent-on-vote-date", Ternary.UNKNOWN, a.reason(),
            Verdict.INDETERMINATE, "whether " + ctx.state().name() + " was committed on "
                + ctx.date() + " is unknown"));
    }
  }

  Optional<Finding> councilMember() {
    if (!ctx.council().isMember(ctx.state())) {
      boolean complete = ctx.council().electedMembers().size() == ctx.council().nominalSize() - 5;
      if (complete) {
        return Optional.of(stop("member-of-council", Ternary.FALSE,
            ctx.state().name() + " was not on the Council on " + ctx.date(),
            Verdict.NOT_APPLICABLE, "the commitment bites only while the state sits on the Council"));
      }
      pass("member-of-council", "voted; the membership data for " + ctx.date().getYear()
          + " is incomplete, so the vote itself is taken as evidence");
      return Optional.empty();
    }
    pass("member-of-council", ctx.state().name() + " sat on the Council");
    return Optional.empty();
  }

  Optional<Finding> kindCovered() {
    if (!ctx.interpretation().restraintCovers().contains(ctx.proposal().kind())) {
      return Optional.of(stop("proposal-kind-covered", Ternary.FALSE,
          ctx.proposal().kind() + " is not among " + ctx.interpretation().restraintCovers() + " (Q5)",
          Verdict.NOT_APPLICABLE, "restraint does not cover this kind of proposal"));
    }
    pass("proposal-kind-covered", ctx.proposal().kind().toString());
    return Optional.empty();
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
  Optional<Finding> atrocityAim() {
    Optional<AtrocityAim> aim = ctx.proposal().atrocityAim();
    if (aim.isEmpty()) {
      return Optional.of(stop("aims-at-atrocity-crimes", Ternary.UNKNOWN,
          "no assessment of the proposal's atrocity aim was supplied",
          Verdict.INDETERMINATE, "whether the draft aimed to prevent or end atrocity crimes is not known"));
    }
    AtrocityAim a = aim.get();
    String who = "asserted by " + a.assertedBy();
    switch (a.assessment()) {
      case NO:
        return Optional.of(stop("aims-at-atrocity-crimes", Ternary.FALSE,
            "not an atrocity draft, " + who, Verdict.NOT_APPLICABLE,
            "the draft did not aim to prevent or end atrocity crimes"));
      case CONTESTED:
        switch (ctx.interpretation().contestedAim()) {
          case TREAT_AS_NO:
            return Optional.of(stop("aims-at-atrocity-crimes", Ternary.FALSE,
                "atrocity aim contested, " + who + "; treated as no (Q3)", Verdict.NOT_APPLICABLE,
                "a contested atrocity aim is treated as no"));
          case INDETERMINATE:
            return Optional.of(stop("aims-at-atrocity-crimes", Ternary.UNKNOWN,
                "atrocity aim contested, " + who, Verdict.INDETERMINATE,
                "whether the draft aimed at atrocity crimes is contested"));
          default:
            fact("The atrocity aim is contested and treated as asserted (Q3)");
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
      return Optional.of(stop("primary-purpose", Ternary.FALSE,
          "atrocity content is " + a.purpose() + " (Q4 " + mixed + ")", Verdict.NOT_APPLICABLE,
          "restraint applies to drafts whose purpose is to prevent or end the crimes"));
    }
    if (a.crimes().isEmpty()) {
      return Optional.of(stop("crimes-in-scope", Ternary.UNKNOWN,
          "the crimes were not specified, " + who, Verdict.INDETERMINATE,
          "which crimes the draft addressed is not known"));
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
    String crimes = a.crimes().stream().map(AtrocityCrime::label).sorted().toList().toString();
    if (inScope) {
      pass("crimes-in-scope", crimes + ", " + who);
      return Optional.empty();
    }
    if (unknownScale) {
      return Optional.of(stop("crimes-in-scope", Ternary.UNKNOWN,
          "war crimes count only on a large scale, and the scale was not asserted", Verdict.INDETERMINATE,
          "whether the war crimes were on a large scale is not known"));
    }
    return Optional.of(stop("crimes-in-scope", Ternary.FALSE,
        crimes + " are outside " + instrument.shortName() + "'s scope", Verdict.NOT_APPLICABLE,
        "the crimes addressed are outside the commitment's scope"));
  }

  /** The draft is credible (Q2) and could pass (Q6). */
  Optional<Finding> credible() {
    if (ctx.decision().isPresent() && ctx.decision().get().outcome() == Outcome.FAILED_INSUFFICIENT_VOTES
        && !ctx.interpretation().noOnFailedDraftBreaches()) {
      return Optional.of(stop("credible-draft", Ternary.FALSE,
          "the draft failed for want of votes (" + ctx.decision().get().affirmative() + " of "
              + ctx.decision().get().threshold() + "); a draft that cannot pass is not credible (Q6)",
          Verdict.NOT_APPLICABLE, "the draft could not have been adopted"));
    }
    Interpretation.CredibilityTest test = ctx.interpretation().credibility();
    if (test == Interpretation.CredibilityTest.MAJORITY_SUPPORT) {
      if (ctx.decision().isEmpty()) {
        return Optional.of(stop("credible-draft", Ternary.UNKNOWN,
            "credibility is majority support, and the other votes are not known",
            Verdict.INDETERMINATE, "whether the draft had majority support is not known"));
      }
      CharterDecision d = ctx.decision().get();
      if (d.affirmative() < d.threshold()) {
        return Optional.of(stop("credible-draft", Ternary.FALSE,
            d.affirmative() + " affirmative votes, fewer than " + d.threshold() + " (Q2 MAJORITY_SUPPORT)",
            Verdict.NOT_APPLICABLE, "the draft lacked majority support"));
      }
      pass("credible-draft", d.affirmative() + " affirmative votes (Q2 MAJORITY_SUPPORT)");
      return Optional.empty();
    }
    String basis = test == Interpretation.CredibilityTest.SELF_ASSESSMENT
        ? "the supplied assessment, standing for the signatory's own (Q2 SELF_ASSESSMENT)"
        : "the supplied assessment (Q2 USER_SUPPLIED)";
    if (ctx.proposal().credible().isEmpty()) {
      return Optional.of(stop("credible-draft", Ternary.UNKNOWN,
          "no assessment of credibility was supplied", Verdict.INDETERMINATE,
          "whether the draft was credible is not known"));
    }
    switch (ctx.proposal().credible().get()) {
      case YES:
        pass("credible-draft", "credible by " + basis);
        return Optional.empty();
      case NO:
        return Optional.of(stop("credible-draft", Ternary.FALSE, "not credible by " + basis,
            Verdict.NOT_APPLICABLE, "the draft was not credible"));
      default:
        return Optional.of(stop("credible-draft", Ternary.UNKNOWN, "credibility contested",
            Verdict.INDETERMINATE, "whether the draft was credible is contested"));
    }
  }
}
