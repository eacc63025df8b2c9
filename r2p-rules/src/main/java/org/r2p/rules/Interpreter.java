package org.r2p.rules;

import java.util.ArrayList;
import java.util.List;
import org.r2p.core.VotePosition;

/**
 * Runs a commitment rule ({@link Steps}) on one vote, quietly (the verdict alone, no text
 * built) or explained (every condition tested, with the fact that decided it, the clause and
 * the interpretation). Both go through {@link #decide}, the one place where the two answers
 * (does the commitment apply? is the vote of the kind forbidden?) become a verdict, by the
 * table of {@link Verdict}, in Kleene's three-valued logic:
 *
 * <ul>
 *   <li>any condition of applicability definitely FALSE: NOT_APPLICABLE, whatever else is
 *       UNKNOWN;
 *   <li>every condition TRUE: BREACH if the vote breaches, CONSISTENT if it keeps the
 *       commitment;
 *   <li>applicability open and a vote that is not forbidden: NO_BREACH;
 *   <li>otherwise INDETERMINATE, and the explanation names each UNKNOWN.
 * </ul>
 *
 * <p>As no step reads another's result, the order of evaluation changes no verdict, and
 * resolving an UNKNOWN never changes a definite one. Package-private; stateless.
 */
final class Interpreter {
  private Interpreter() {}

  /**
   * The verdict from the conditions of applicability taken together and the breach step: the
   * table of {@link Verdict}.
   *
   * @param applies the conjunction of the applicability conditions
   * @param breach the breach step's result: whether the vote is of the kind forbidden
   * @return the verdict
   */
  static Verdict decide(Ternary applies, Ternary breach) {
    return Verdict.of(applies, breach);
  }

  /** Kleene conjunction. */
  static Ternary and(Ternary a, Ternary b) {
    if (a == Ternary.FALSE || b == Ternary.FALSE) {
      return Ternary.FALSE;
    }
    return a == Ternary.UNKNOWN || b == Ternary.UNKNOWN ? Ternary.UNKNOWN : Ternary.TRUE;
  }

  /** The conjunction of some applicability steps: stops at the first FALSE. */
  static Ternary all(Step[] steps, Facts f) {
    Ternary acc = Ternary.TRUE;
    for (Step s : steps) {
      Ternary t = s.test().test(f);
      if (t == Ternary.FALSE) {
        return Ternary.FALSE;
      }
      if (t == Ternary.UNKNOWN) {
        acc = Ternary.UNKNOWN;
      }
    }
    return acc;
  }

  /**
   * The verdict, quietly.
   *
   * @param rule the rule
   * @param f the vote
   * @return the verdict
   */
  static Verdict verdict(Steps rule, Facts f) {
    Ternary applies = Ternary.TRUE;
    for (Step s : rule.steps()) {
      if (s.role() == Step.Role.BREACH) {
        return decide(applies, s.test().test(f));
      }
      applies = and(applies, s.test().test(f));
      if (applies == Ternary.FALSE) {
        return Verdict.NOT_APPLICABLE;
      }
    }
    throw new AssertionError("no breach step: " + rule.rule());
  }

  /**
   * The verdict, quietly, with the steps of the record and the voter already decided: what a
   * screening does for every vote of a record.
   *
   * @param before the conjunction of the rule's RECORD and VOTER steps for this vote
   * @param vote the rule's VOTE applicability steps
   * @param breach the rule's breach step
   */
  static Verdict verdict(Ternary before, Step[] vote, Step breach, Facts f) {
    if (before == Ternary.FALSE) {
      return Verdict.NOT_APPLICABLE;
    }
    Ternary applies = and(before, all(vote, f));
    if (applies == Ternary.FALSE) {
      return Verdict.NOT_APPLICABLE;
    }
    return decide(applies, breach.test().test(f));
  }

  /**
   * Whether a rule applies to a vote: the conjunction of its applicability conditions.
   *
   * @param rule the rule
   * @param f the vote
   * @return FALSE as soon as one is FALSE, TRUE when all are TRUE, UNKNOWN otherwise
   */
  static Ternary applies(Steps rule, Facts f) {
    Ternary applies = Ternary.TRUE;
    for (Step s : rule.steps()) {
      if (s.role() == Step.Role.APPLIES) {
        applies = and(applies, s.test().test(f));
      }
    }
    return applies;
  }

  /**
   * The verdict with its explanation: every condition tested, with the fact that decided it.
   * A NOT_APPLICABLE verdict names every condition that is definitely FALSE; a NO_BREACH one
   * names the open conditions as not deciding it; an INDETERMINATE one names each UNKNOWN.
   *
   * @param rule the rule
   * @param f the vote
   * @return the explanation; its outcome is the verdict
   */
  static Explanation explain(Steps rule, Facts f) {
    List<Condition> conditions = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> notApplying = new ArrayList<>();
    Ternary applies = Ternary.TRUE;
    Step breach = rule.breach();
    for (Step s : rule.steps()) {
      if (s.role() != Step.Role.APPLIES) {
        continue;
      }
      Ternary t = s.test().test(f);
      conditions.add(Condition.of(s.id().label(), t, s.detail().detail(f, t)));
      if (t == Ternary.UNKNOWN) {
        unknown.add(s.id().question());
      } else if (t == Ternary.FALSE) {
        notApplying.add(s.id().whenFalse());
      }
      applies = and(applies, t);
    }
    Ternary forbidden = breach.test().test(f);
    Verdict verdict = decide(applies, forbidden);
    if (verdict != Verdict.NOT_APPLICABLE) {
      // whether the vote is forbidden does not matter where the commitment does not apply
      conditions.add(Condition.of(breach.id().label(), forbidden, breach.detail().detail(f, forbidden)));
      if (forbidden == Ternary.UNKNOWN) {
        unknown.add(breach.id().question());
      }
    }
    String reason;
    switch (verdict) {
      case BREACH:
        reason = rule.breachReason().apply(f);
        break;
      case CONSISTENT:
        reason = breach.id().whenFalse();
        break;
      case NOT_APPLICABLE:
        reason = String.join("; ", notApplying);
        break;
      case NO_BREACH:
        reason = breach.id().whenFalse() + ", so the vote cannot breach the commitment whether or not it applies;"
            + " open, and not deciding it: " + String.join("; ", unknown);
        break;
      default:
        reason = "not known: " + String.join("; ", unknown);
    }
    List<String> facts = new ArrayList<>();
    facts.add(f.stateName() + (f.hypothetical() ? " would vote " : " voted ") + verb(f.position()) + " "
        + f.proposal().label() + " on " + f.date());
    if (f.hypothetical()) {
      facts.add("This vote is hypothetical: it was not cast in a recorded vote");
    }
    return Explanation.builder()
        .facts(facts)
        .citation(rule.clause())
        .provision(rule.provision())
        .conditions(conditions)
        .stopsAtFirstFailure(true)
        .outcome(verdict.name().replace('_', ' '))
        .reason(reason)
        .interpretation(f.interpretation().describe())
        .build();
  }

  /** How a position reads in a sentence. */
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
}
