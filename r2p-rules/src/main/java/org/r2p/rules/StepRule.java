package org.r2p.rules;

import java.util.List;
import org.r2p.core.Instrument;

/**
 * A commitment rule written as {@link Steps}: checking a vote, or giving its verdict alone,
 * is running the steps through the {@link Interpreter}, and nothing else; a finding's verdict,
 * two answers and explanation are all made from the same results. The restraint rules
 * of this package extend it and only declare their steps; {@link R2pRules} screens whole
 * records through the same steps. Package-private.
 */
abstract class StepRule implements CommitmentRule {
  private final Steps steps;

  StepRule(Steps steps) {
    this.steps = steps;
  }

  /** @return the rule's steps */
  final Steps steps() {
    return steps;
  }

  @Override
  public final Instrument instrument() {
    return steps.instrument();
  }

  @Override
  public final Finding check(VoteContext context) {
    Facts f = Facts.of(context);
    return finding(f, Interpreter.results(steps, f), f.proposal().label());
  }

  @Override
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
        .applies(Interpreter.applies(results))
        .hypothetical(f.hypothetical())
        .flags(flags(f, verdict))
        .interpretation(f.interpretation())
        .explainer(() -> Interpreter.explain(steps, f, results))
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
