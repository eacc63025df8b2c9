package org.r2p.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CharacterisationTiming;
import org.r2p.core.CommitmentStatus;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.NonAdherence;
import org.r2p.core.Outcome;
import org.r2p.core.ProposalKind;
import org.r2p.core.Purpose;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Step;

/**
 * The conditions several commitment rules share, each written once: the instrument in
 * effect, the voter committed and on the Council, the kind of proposal covered, the atrocity
 * aim and the draft's credibility. Each rule lists the ones its clause needs, in its own file.
 * Package-private; stateless.
 */
final class CommonSteps {
  private CommonSteps() {}

  /** The instrument existed on the vote date. */
  static Step inEffect(Instrument instrument) {
    return Step.applies(StepId.IN_EFFECT, Step.Scope.RECORD,
        f -> Ternary.of(instrument.inEffectOn(f.date())),
        (f, t) -> t == Ternary.TRUE
            ? "in effect from " + instrument.effectiveFrom().map(Object::toString).orElse("-")
            : instrument.shortName() + " takes effect on " + instrument.effectiveFrom().orElseThrow());
  }

  /**
   * The state stood committed on the vote date. An adherence whose date is known only as an
   * upper bound leaves it UNKNOWN, unless Q12 counts it from the instrument's launch; a state
   * missing from a partial list is UNKNOWN, never FALSE, unless a dated "had not joined" before
   * the vote is carried forward by Q17 PRESUMED_CONTINUING, which the detail then says.
   */
  static Step committed(Instrument instrument) {
    return Step.applies(StepId.COMMITTED, Step.Scope.VOTER, f -> committed(f, instrument), (f, t) -> {
      String why = f.registry().statusOn(f.state(), instrument, f.date()).reason();
      NonAdherence presumed = f.voter().status(instrument) == CommitmentStatus.UNKNOWN
          ? f.voter().presumedNonAdherence(instrument) : null;
      if (t == Ternary.TRUE && f.voter().status(instrument) != CommitmentStatus.COMMITTED) {
        return why + "; counted from the instrument's launch (Q12)";
      }
      if (presumed != null) {
        String evidence = "not joined as of " + presumed.asOf() + " (" + presumed.source() + ")";
        return t == Ternary.FALSE ? evidence + "; presumed unchanged (Q17 PRESUMED_CONTINUING)"
            : why + "; the latest evidence: " + evidence + "; after it the status is unknown (Q17 AS_OF_EVIDENCE)";
      }
      return why;
    });
  }

  private static Ternary committed(Facts f, Instrument instrument) {
    CouncilDays.Voter voter = f.voter();
    switch (voter.status(instrument)) {
      case COMMITTED:
        return Ternary.TRUE;
      case NOT_COMMITTED:
        return Ternary.FALSE;
      default:
        boolean fromLaunch = f.interpretation().commitmentDates() == Interpretation.CommitmentDates.FROM_INSTRUMENT_LAUNCH;
        if (fromLaunch && voter.adherenceDecides(instrument)) {
          return Ternary.TRUE;
        }
        return f.interpretation().continuity() == Interpretation.Continuity.PRESUMED_CONTINUING
            && voter.presumedNonAdherence(instrument) != null ? Ternary.FALSE : Ternary.UNKNOWN;
    }
  }

  /**
   * The state sat on the Council. A voter missing from a Council whose elected seats are not
   * all known is taken to have sat: its vote is the evidence.
   */
  static Step onCouncil() {
    return Step.applies(StepId.ON_COUNCIL, Step.Scope.VOTER,
        f -> Ternary.of(f.voter().member() || !f.electedSeatsKnown()),
        (f, t) -> f.voter().member() ? f.stateName() + " sat on the Council"
            : t == Ternary.FALSE ? f.stateName() + " was not on the Council on " + f.date()
            : "voted; the membership data for " + f.date().getYear() + " is incomplete, so the vote itself is taken"
                + " as evidence");
  }

  /**
   * The proposal is of a kind the instrument covers: its own scope, unless Q5 sets one for all.
   *
   * @param own the kinds the instrument's own words cover
   */
  static Step kindCovered(Set<ProposalKind> own) {
    Set<ProposalKind> scope = EnumSet.copyOf(own);
    return Step.applies(StepId.KIND, Step.Scope.RECORD,
        f -> Ternary.of(f.interpretation().restraintCovers().orElse(scope).contains(f.proposal().kind())),
        (f, t) -> f.proposal().kind() + (t == Ternary.TRUE ? " is" : " is not") + " among "
            + f.interpretation().restraintCovers().map(s -> s + " (Q5)").orElse(scope + " (the instrument's own scope)"));
  }

  /**
   * The proposal aims at crimes in the instrument's own scope, of crimes and of action: the
   * assessment (Q3 for a contested one; UNKNOWN where no source settles it, or where it rests on
   * a characterisation made only after the vote and Q16 does not count it), the purpose (Q4) and
   * the crimes (the instrument's own list unless Q8 sets one; war crimes on a large scale only
   * where the instrument says so; crimes only risked only where it covers prevention), each
   * three-valued, taken together.
   *
   * @param terms the instrument's terms: its own crimes (in scope unless Q8 sets a list) and action
   */
  static Step atrocityAim(InstrumentTerms terms) {
    return Step.applies(StepId.ATROCITY, Step.Scope.RECORD, f -> aim(f, terms), (f, t) -> aimDetail(f, terms));
  }

  private static Ternary aim(Facts f, InstrumentTerms terms) {
    AtrocityAim a = f.aim();
    if (a == null) {
      return Ternary.UNKNOWN;
    }
    Interpretation i = f.interpretation();
    return asserted(a, i).and(purpose(a, i)).and(crimes(a, i, terms));
  }

  private static Ternary asserted(AtrocityAim a, Interpretation i) {
    if (a.assessment() != Assessment.NO && afterVoteNotCounted(a, i)) {
      return Ternary.UNKNOWN;
    }
    switch (a.assessment()) {
      case YES:
        return Ternary.TRUE;
      case NO:
        return Ternary.FALSE;
      case UNKNOWN:
        return Ternary.UNKNOWN;
      default:
        switch (i.contestedAim()) {
          case TREAT_AS_YES:
            return Ternary.TRUE;
          case TREAT_AS_NO:
            return Ternary.FALSE;
          default:
            return Ternary.UNKNOWN;
        }
    }
  }

  /** Q16: the crimes were characterised only after the vote, and that is not counted. */
  private static boolean afterVoteNotCounted(AtrocityAim a, Interpretation i) {
    return a.timing().orElse(null) == CharacterisationTiming.AFTER_VOTE
        && i.afterVoteCharacterisation() == Interpretation.AfterVoteCharacterisation.NOT_COUNTED;
  }

  private static Ternary purpose(AtrocityAim a, Interpretation i) {
    Interpretation.MixedDrafts mixed = i.mixedDrafts();
    return Ternary.of(a.purpose() == Purpose.PRIMARY
        || mixed == Interpretation.MixedDrafts.ANY_OPERATIVE_PARA
        || (mixed == Interpretation.MixedDrafts.NEVER_FOR_COMMEMORATIVE && a.purpose() != Purpose.COMMEMORATIVE));
  }

  /** The crimes, in their declared order. */
  private static final AtrocityCrime[] CRIMES = AtrocityCrime.values();

  /**
   * The crimes in scope: TRUE if one is, UNKNOWN if only a war crime of unasserted scale might
   * be. Crimes only risked count only for an instrument that covers prevention.
   */
  private static Ternary crimes(AtrocityAim a, Interpretation i, InstrumentTerms terms) {
    Ternary committed = inScope(a.crimes(), a, i, terms);
    if (committed == Ternary.TRUE || terms.action() == InstrumentTerms.Action.COMMITTED_OR_UNDER_WAY) {
      return a.crimes().isEmpty() && a.risked().isEmpty() && a.assessment() != Assessment.NO ? Ternary.UNKNOWN
          : committed;
    }
    Ternary risked = inScope(a.risked(), a, i, terms);
    if (a.crimes().isEmpty() && a.risked().isEmpty()) {
      return a.assessment() == Assessment.NO ? Ternary.FALSE : Ternary.UNKNOWN;
    }
    return committed == Ternary.UNKNOWN || risked == Ternary.UNKNOWN
        ? (risked == Ternary.TRUE ? Ternary.TRUE : Ternary.UNKNOWN) : risked;
  }

  /** Whether some of these crimes are in the instrument's scope. */
  private static Ternary inScope(Set<AtrocityCrime> asserted, AtrocityAim a, Interpretation i, InstrumentTerms terms) {
    if (asserted.isEmpty()) {
      return Ternary.FALSE;
    }
    Interpretation.@Nullable CrimeList list = i.crimeList().orElse(null);
    Set<AtrocityCrime> scope = scope(list, terms);
    boolean largeScaleOnly = list != null ? list == Interpretation.CrimeList.FRENCH
        : terms.warCrimesOnlyOnLargeScale();
    Ternary result = Ternary.FALSE;
    // in the crimes' declared order
    for (AtrocityCrime c : CRIMES) {
      if (!asserted.contains(c) || !scope.contains(c)) {
        continue;
      }
      if (c != AtrocityCrime.WAR_CRIMES || !largeScaleOnly) {
        return Ternary.TRUE;
      }
      Ternary large = a.largeScale().map(Ternary::of).orElse(Ternary.UNKNOWN);
      if (large == Ternary.TRUE) {
        return Ternary.TRUE;
      }
      if (large == Ternary.UNKNOWN) {
        result = Ternary.UNKNOWN;
      }
    }
    return result;
  }

  /** The crimes in scope for an instrument under Q8 (null: the instrument's own list). */
  private static Set<AtrocityCrime> scope(Interpretation.@Nullable CrimeList list, InstrumentTerms terms) {
    if (list == null) {
      return terms.crimes();
    }
    return list == Interpretation.CrimeList.R2P ? InstrumentTerms.ALL_CRIMES : InstrumentTerms.THREE_CRIMES;
  }

  private static String aimDetail(Facts f, InstrumentTerms terms) {
    AtrocityAim a = f.aim();
    if (a == null) {
      return "no assessment of the proposal's atrocity aim was supplied";
    }
    Interpretation i = f.interpretation();
    List<String> parts = new ArrayList<>();
    String who = "asserted by " + a.assertedBy() + a.source().map(s -> " (" + s + ")").orElse("");
    switch (a.assessment()) {
      case YES:
        parts.add("an atrocity draft, " + who);
        break;
      case NO:
        parts.add("not an atrocity draft, " + who);
        break;
      case UNKNOWN:
        parts.add("whether it aimed at atrocity crimes is unknown, " + who);
        break;
      default:
        parts.add("atrocity aim contested, " + who + "; Q3 " + i.contestedAim());
    }
    if (a.assessment() != Assessment.NO && afterVoteNotCounted(a, i)) {
      parts.add("the crimes were characterised only after the vote; not counted (Q16 NOT_COUNTED)");
    }
    if (purpose(a, i) == Ternary.FALSE) {
      parts.add("its atrocity content is " + a.purpose() + " (Q4 " + i.mixedDrafts() + ")");
    }
    if (a.assessment() != Assessment.NO) {
      parts.add(crimesDetail(a, i, terms));
    }
    return String.join("; ", parts);
  }

  private static String crimesDetail(AtrocityAim a, Interpretation i, InstrumentTerms terms) {
    if (a.crimes().isEmpty() && a.risked().isEmpty()) {
      return "the crimes were not specified";
    }
    String name = terms.instrument().shortName();
    InstrumentTerms.Action action = terms.action();
    String committed = named(a.crimes());
    Ternary c = inScope(a.crimes(), a, i, terms);
    if (c == Ternary.TRUE) {
      return "committed: " + committed + ", in " + name + "'s scope";
    }
    if (action == InstrumentTerms.Action.COMMITTED_OR_UNDER_WAY && inScope(a.risked(), a, i, terms) != Ternary.FALSE) {
      return (a.crimes().isEmpty() ? "" : "committed: " + committed + ", outside its scope; ")
          + "only a risk of " + named(a.risked()) + ", nothing committed yet: " + name
          + " covers crimes committed or under way, not prevention alone";
    }
    Ternary r = action == InstrumentTerms.Action.END_OR_PREVENT ? inScope(a.risked(), a, i, terms) : Ternary.FALSE;
    if (r == Ternary.TRUE) {
      return "risked: " + named(a.risked()) + ", in " + name + "'s scope (it covers prevention)";
    }
    List<AtrocityCrime> all = new ArrayList<>(a.crimes());
    if (action == InstrumentTerms.Action.END_OR_PREVENT) {
      all.addAll(a.risked());
    }
    String allNamed = named(Set.copyOf(all));
    return c == Ternary.UNKNOWN || r == Ternary.UNKNOWN
        ? allNamed + ": war crimes count only on a large scale, and the scale was not asserted"
        : allNamed + " are outside " + name + "'s scope";
  }

  private static String named(Set<AtrocityCrime> crimes) {
    return crimes.stream().map(AtrocityCrime::label).sorted().toList().toString();
  }

  /**
   * The draft was credible (Q2) and could pass (Q6). Under SELF_ASSESSMENT only the voting
   * state's own assessment counts: its sponsoring the draft, or an assessment asserted by it;
   * a third party's cannot stand for it, so the step is then UNKNOWN. Its scope is VOTE: the
   * answer depends on both the voting state and the proposal, so it is never shared between
   * records as a state's standing on a date is.
   */
  static Step credible() {
    return Step.applies(StepId.CREDIBLE, Step.Scope.VOTE, CommonSteps::credible, CommonSteps::credibleDetail);
  }

  private static boolean failedAnyway(Facts f) {
    Article27.Count c = f.count();
    return c != null && c.outcome() == Outcome.FAILED_INSUFFICIENT_VOTES && !f.interpretation().noOnFailedDraftBreaches();
  }

  private static Ternary credible(Facts f) {
    if (failedAnyway(f)) {
      return Ternary.FALSE;
    }
    switch (f.interpretation().credibility()) {
      case MAJORITY_SUPPORT:
        Article27.Count c = f.count();
        // with votes missing, the affirmative votes counted are a lower bound
        return c == null || (c.yes() < c.threshold() && c.yes() + c.unknown() >= c.threshold()) ? Ternary.UNKNOWN
            : Ternary.of(c.yes() >= c.threshold());
      case USER_SUPPLIED:
        return supplied(f);
      default:
        if (f.proposal().sponsors().contains(f.state())) {
          return Ternary.TRUE;
        }
        return assertedBy(f.proposal().credibleAssertedBy(), f.state()) ? supplied(f) : Ternary.UNKNOWN;
    }
  }

  private static Ternary supplied(Facts f) {
    if (f.proposal().credible().isEmpty()) {
      return Ternary.UNKNOWN;
    }
    Assessment a = f.proposal().credible().get();
    return a == Assessment.YES ? Ternary.TRUE : a == Assessment.NO ? Ternary.FALSE : Ternary.UNKNOWN;
  }

  /** Whether an asserter names the state, by code or by name. */
  static boolean assertedBy(Optional<String> asserter, MemberState state) {
    if (asserter.isEmpty()) {
      return false;
    }
    String a = asserter.get();
    return a.equalsIgnoreCase(state.code()) || a.equalsIgnoreCase(state.name());
  }

  private static String credibleDetail(Facts f, Ternary t) {
    if (failedAnyway(f)) {
      Article27.Count c = f.count();
      return "the draft failed for want of votes (" + c.yes() + " of " + c.threshold()
          + "); a draft that cannot pass is not credible (Q6)";
    }
    Interpretation.CredibilityTest test = f.interpretation().credibility();
    if (test == Interpretation.CredibilityTest.MAJORITY_SUPPORT) {
      Article27.Count c = f.count();
      return c == null ? "credibility is majority support, and the other votes are not known"
          : c.yes() + " affirmative votes of " + c.threshold() + " required"
              + (c.unknown() > 0 ? ", " + c.unknown() + " votes missing from the record" : "") + " (Q2 MAJORITY_SUPPORT)";
    }
    String who = f.proposal().credibleAssertedBy().map(a -> "asserted by " + a).orElse("its asserter not named");
    String supplied = f.proposal().credible().map(a -> "the supplied assessment is " + a + ", " + who)
        .orElse("no assessment of credibility was supplied");
    if (test == Interpretation.CredibilityTest.USER_SUPPLIED) {
      return supplied + " (Q2 USER_SUPPLIED)";
    }
    if (f.proposal().sponsors().contains(f.state())) {
      return f.stateName() + " sponsored the draft: its own assessment is that the draft is credible (Q2 SELF_ASSESSMENT)";
    }
    if (assertedBy(f.proposal().credibleAssertedBy(), f.state())) {
      return supplied + ": " + f.stateName() + "'s own assessment (Q2 SELF_ASSESSMENT)";
    }
    return supplied + "; " + f.stateName() + "'s own assessment is not known, and a third party's cannot stand"
        + " for it (Q2 SELF_ASSESSMENT)";
  }
}
