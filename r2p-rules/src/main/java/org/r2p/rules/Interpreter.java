package org.r2p.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Instrument;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Step;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * The only code that runs a commitment rule's steps ({@link Steps}). It answers the two
 * questions of a check — does the commitment apply (the conjunction of the applicability
 * conditions), and is the vote of the kind the instrument forbids (the breach step) — in
 * Kleene's three-valued logic, and {@link #decide} turns the pair into a verdict by the table of
 * {@link Verdict}:
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
 * <p>A vote checked alone has every step tested once ({@link #results}), and its verdict and
 * explanation both come from those results. A record goes through a {@link Pass}: one pass
 * staged by scope — each rule's RECORD steps once per record, its VOTER steps once per state
 * and date (kept with the day's voter), its VOTE steps per vote — and a review keeps each
 * vote's results for its explanations, which are made from them and never test a step again.
 *
 * <p>As no step reads another's result, the order of evaluation changes no verdict, and
 * resolving an UNKNOWN never changes BREACH, CONSISTENT or NOT_APPLICABLE. Package-private.
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

  /**
   * Every step of a rule tested on one vote, in the rule's order: what a verdict and its
   * explanation are both made from.
   *
   * @param rule the rule
   * @param f the vote
   * @return one result per step, the breach step's last
   */
  static Ternary[] results(Steps rule, Facts f) {
    List<Step> steps = rule.steps();
    Ternary[] out = new Ternary[steps.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = steps.get(k).test().test(f);
    }
    return out;
  }

  /**
   * Whether a rule applies, from its results: the conjunction of its applicability conditions.
   *
   * @return FALSE as soon as one is FALSE, TRUE when all are TRUE, UNKNOWN otherwise
   */
  static Ternary applies(Ternary[] results) {
    return RuleLanguage.applies(results);
  }

  /** The verdict from a rule's results. */
  static Verdict verdict(Ternary[] results) {
    return decide(applies(results), results[results.length - 1]);
  }

  /**
   * The verdict of a rule on one vote.
   *
   * @param rule the rule
   * @param f the vote
   * @return the verdict
   */
  static Verdict verdict(Steps rule, Facts f) {
    return verdict(results(rule, f));
  }

  /** The verdict with its explanation, every step tested once. */
  static Explanation explain(Steps rule, Facts f) {
    return explain(rule, f, results(rule, f));
  }

  /**
   * The explanation of a verdict, from the results it was found on: every condition with the
   * fact that decided it. A NOT_APPLICABLE verdict names every condition that is definitely
   * FALSE; a NO_BREACH one names the open conditions as not deciding it; an INDETERMINATE one
   * names each UNKNOWN.
   *
   * @param rule the rule
   * @param f the vote
   * @param results the rule's results on it ({@link #results})
   * @return the explanation; its outcome is the verdict
   */
  static Explanation explain(Steps rule, Facts f, Ternary[] results) {
    List<Step> steps = rule.steps();
    List<Condition> conditions = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> notApplying = new ArrayList<>();
    int last = steps.size() - 1;
    for (int k = 0; k < last; k++) {
      Step s = steps.get(k);
      Ternary t = results[k];
      conditions.add(Condition.of(s.id().label(), t, s.detail().detail(f, t)));
      if (t == Ternary.UNKNOWN) {
        unknown.add(s.id().question());
      } else if (t == Ternary.FALSE) {
        notApplying.add(s.id().whenFalse());
      }
    }
    Step breach = steps.get(last);
    Ternary forbidden = results[last];
    Verdict verdict = verdict(results);
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

  /**
   * The commitment rules arranged for a pass over records: for each rule written
   * as steps, the positions of its steps of each scope. Immutable; one per rules and
   * interpretation.
   */
  static final class Plan {
    /** The steps of each rule written as steps, at its index; null for the others. */
    private final @Nullable Steps[] rules;
    /** For each rule, the positions in its steps of its RECORD, VOTER and VOTE applicability steps. */
    private final int[][] record;
    private final int[][] voter;
    private final int[][] vote;
    /** The same steps themselves, for the quiet pass: RECORD, VOTER and VOTE steps, and the breach step. */
    private final Step[][] recordSteps;
    private final Step[][] voterSteps;
    private final Step[][] voteSteps;
    private final Step[] breachSteps;
    /** What a voter's kept VOTER step results were decided for: these rules under this interpretation. */
    private final Object voterKey;

    /**
     * @param steps each rule's steps, null for a rule not written as steps (asked vote by vote)
     * @param voterKey what the VOTER step results kept with a voter are decided for (rules and
     *     interpretation): plans with equal keys share them
     */
    Plan(List<@Nullable Steps> steps, Object voterKey) {
      int n = steps.size();
      rules = new Steps[n];
      record = new int[n][];
      voter = new int[n][];
      vote = new int[n][];
      recordSteps = new Step[n][];
      voterSteps = new Step[n][];
      voteSteps = new Step[n][];
      breachSteps = new Step[n];
      for (int r = 0; r < n; r++) {
        Steps s = steps.get(r);
        if (s != null) {
          rules[r] = s;
          record[r] = positions(s, Step.Scope.RECORD);
          voter[r] = positions(s, Step.Scope.VOTER);
          vote[r] = positions(s, Step.Scope.VOTE);
          recordSteps[r] = at(s, record[r]);
          voterSteps[r] = at(s, voter[r]);
          voteSteps[r] = at(s, vote[r]);
          breachSteps[r] = s.breach();
        }
      }
      this.voterKey = voterKey;
    }

    private static Step[] at(Steps steps, int[] positions) {
      Step[] out = new Step[positions.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = steps.steps().get(positions[k]);
      }
      return out;
    }

    private static int[] positions(Steps steps, Step.Scope scope) {
      List<Step> all = steps.steps();
      int[] out = new int[all.size()];
      int n = 0;
      for (int k = 0; k < all.size() - 1; k++) {
        if (all.get(k).scope() == scope) {
          out[n++] = k;
        }
      }
      return java.util.Arrays.copyOf(out, n);
    }

    /**
     * One pass over the votes of a record, staged by scope, writing each step rule's verdict on
     * each vote. One {@link Facts} is moved from vote to vote for the tests, and a rule is left
     * as soon as a condition is FALSE, unless every result is kept. Quietly ({@code keep} null)
     * nothing is allocated per vote; when {@code keep} is given, a vote whose results are kept
     * gets facts of its own and every step's result on it, for its findings' explanations.
     *
     * @param hypothetical whether the whole record is marked hypothetical (a vote may be marked
     *     on its own); kept facts say so, for their explanations
     * @param out the verdicts, vote-major, {@code votes × rules}; other rules' cells untouched
     * @param keep null, or where each vote's facts and results are put; a vote with nothing
     *     kept is left null
     * @param keepNotApplicable whether the results of a NOT_APPLICABLE verdict are kept too (a
     *     review that builds those findings): every step is then tested
     */
    void run(Facts.Occasion occasion, List<Vote> votes, CouncilDays.Voter[] voters, boolean hypothetical,
        Verdict[] out, Kept @Nullable [] keep, boolean keepNotApplicable) {
      int n = votes.size();
      if (n == 0) {
        return;
      }
      int columns = rules.length;
      boolean every = keep != null && keepNotApplicable;
      Vote first = votes.get(0);
      Facts f = new Facts(occasion, first.member(), first.position(), voters[0], false);
      // where a review puts each rule's results in the rule's order: its RECORD step results
      // once per record, and beside them its VOTE step results on the vote at hand
      Ternary[][] rows = keep != null ? new Ternary[columns][] : null;
      Ternary[] recordAll = new Ternary[columns];
      for (int r = 0; r < columns; r++) {
        Steps s = rules[r];
        if (s == null) {
          continue;
        }
        // RECORD steps, once per record
        if (rows != null) {
          rows[r] = new Ternary[s.steps().size()];
          recordAll[r] = testInto(s, record[r], f, rows[r]);
        } else {
          recordAll[r] = RuleLanguage.all(recordSteps[r], f);
        }
      }
      for (int i = 0; i < n; i++) {
        Vote v = votes.get(i);
        if (i > 0) {
          f.moveTo(v.member(), v.position(), voters[i]);
        }
        Ternary[][] voterResults = voterResults(f);
        Ternary[][] kept = every ? new Ternary[columns][] : null;
        for (int r = 0; r < columns; r++) {
          if (rules[r] == null) {
            continue;
          }
          Ternary applies = recordAll[r].and(voterResults[columns][r]);
          if (rows == null) {
            // quietly: a FALSE decides, and nothing after it is tested
            // the VOTE steps tested here, at a call site of their own (few kinds of step meet it)
            for (Step s : voteSteps[r]) {
              if (applies == Ternary.FALSE) {
                break;
              }
              applies = applies.and(s.test().test(f));
            }
            out[i * columns + r] = applies == Ternary.FALSE ? Verdict.NOT_APPLICABLE
                : decide(applies, breachSteps[r].test().test(f));
            continue;
          }
          // a review: each VOTE step's result beside the record's, a FALSE deciding unless every
          // result is kept
          Ternary[] row = rows[r];
          Step[] tests = voteSteps[r];
          for (int k = 0; k < tests.length && (applies != Ternary.FALSE || every); k++) {
            row[vote[r][k]] = tests[k].test().test(f);
            applies = applies.and(row[vote[r][k]]);
          }
          if (applies == Ternary.FALSE && !every) {
            out[i * columns + r] = Verdict.NOT_APPLICABLE;
            continue;
          }
          Ternary breach = breachSteps[r].test().test(f);
          out[i * columns + r] = decide(applies, breach);
          // every step's result, in the rule's order: the explanation is made from them
          Ternary[] results = row.clone();
          place(results, voter[r], voterResults[r]);
          results[results.length - 1] = breach;
          kept = kept != null ? kept : new Ternary[columns][];
          kept[r] = results;
        }
        if (kept != null) {
          java.util.Objects.requireNonNull(keep)[i] = new Kept(
              new Facts(occasion, v.member(), v.position(), voters[i], hypothetical || v.hypothetical()), kept);
        }
      }
    }

    /**
     * Each rule's VOTER step results for the voter of these facts: decided the first time
     * these rules meet the voter on its date, and kept with it (a state's standing and seat are
     * the same for every vote it casts that day).
     */
    private Ternary[][] voterResults(Facts f) {
      CouncilDays.Voter v = f.voter();
      Object kept = v.stepResults(voterKey);
      if (kept != null) {
        return (Ternary[][]) kept;
      }
      // one row per rule, each step's result; and a last row, each rule's results taken together
      int columns = rules.length;
      Ternary[][] results = new Ternary[columns + 1][];
      results[columns] = new Ternary[columns];
      for (int r = 0; r < columns; r++) {
        Steps s = rules[r];
        if (s != null) {
          results[r] = test(s, voter[r], f);
          results[columns][r] = RuleLanguage.all(results[r]);
        }
      }
      v.keepStepResults(voterKey, results);
      return results;
    }

    private static Ternary[] test(Steps steps, int[] positions, Facts f) {
      Ternary[] out = new Ternary[positions.length];
      for (int k = 0; k < positions.length; k++) {
        out[k] = steps.steps().get(positions[k]).test().test(f);
      }
      return out;
    }

    /**
     * Tests some of a rule's steps, each result put at the step's position.
     *
     * @return their conjunction
     */
    private static Ternary testInto(Steps steps, int[] positions, Facts f, Ternary[] into) {
      Ternary all = Ternary.TRUE;
      for (int k : positions) {
        into[k] = steps.steps().get(k).test().test(f);
        all = all.and(into[k]);
      }
      return all;
    }

    private static void place(Ternary[] results, int[] positions, Ternary[] these) {
      for (int k = 0; k < positions.length; k++) {
        results[positions[k]] = these[k];
      }
    }
  }

  /**
   * A commitment rule written as {@link Steps}: checking a vote, or giving its verdict alone,
   * is running the steps through this interpreter, and nothing else; a finding's verdict, two
   * answers and explanation are all made from the same results. The restraint rules extend it,
   * declare their steps and implement {@link CommitmentRule} with the methods given here; a
   * screening or a review runs the same steps through a {@link Plan}. Package-private.
   */
  abstract static class StepRule {
    private final Steps steps;

    StepRule(Steps steps) {
      this.steps = steps;
    }

    /** @return the rule's steps */
    final Steps steps() {
      return steps;
    }

    /**
     * The instrument this rule applies.
     *
     * @return the instrument
     */
    public final Instrument instrument() {
      return steps.instrument();
    }

    /**
     * Checks a vote.
     *
     * @param context the vote and everything around it
     * @return the finding
     */
    public final Finding check(VoteContext context) {
      Facts f = Facts.of(context);
      return finding(f, results(steps, f), f.proposal().label());
    }

    /**
     * The verdict alone, with no explanation built.
     *
     * @param context the vote and everything around it
     * @return the verdict {@link #check} would give
     */
    public final Verdict verdict(VoteContext context) {
      return Interpreter.verdict(steps, Facts.of(context));
    }

    /**
     * The finding on a vote from the results of the rule's steps on it: its verdict, its two
     * answers and, on first request, its explanation, all made from those results.
     *
     * @param f the vote
     * @param results every step's result, in the rule's order ({@link Interpreter#results})
     * @param label the proposal's label (a review makes it once per record)
     */
    final Finding finding(Facts f, Ternary[] results, String label) {
      Verdict verdict = Interpreter.verdict(results);
      return Finding.builder()
          .rule(steps.rule())
          .instrument(steps.instrument())
          .state(f.state())
          .position(f.position())
          .proposal(label)
          .date(f.date())
          .verdict(verdict)
          .applies(applies(results))
          .hypothetical(f.hypothetical())
          .flags(flags(f, verdict))
          .interpretation(f.interpretation())
          .explainer(() -> explain(steps, f, results))
          .build();
    }

    /**
     * What the finding flags besides its verdict: nothing, unless a rule says otherwise.
     *
     * @param f the vote
     * @param verdict the verdict on it
     * @return the flags, each a sentence citing its clause
     */
    List<String> flags(Facts f, Verdict verdict) {
      return List.of();
    }
  }

  /** A vote's facts and each step rule's results on it, kept by a review for its findings. */
  record Kept(Facts facts, Ternary[][] results) {}
}
