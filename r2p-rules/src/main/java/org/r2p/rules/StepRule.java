package org.r2p.rules;

import java.util.List;
import org.r2p.core.Instrument;

/**
 * A commitment rule written as {@link Steps}: checking a vote, or giving its verdict alone,
 * is running the steps through the {@link Interpreter}, and nothing else. The restraint rules
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
    return finding(f, Interpreter.verdict(steps, f));
  }

  @Override
  public final Verdict verdict(VoteContext context) {
    return Interpreter.verdict(steps, Facts.of(context));
  }

  /**
   * The finding around a verdict already found for these facts; its explanation is built on
   * first request.
   */
  final Finding finding(Facts f, Verdict verdict) {
    return finding(f, verdict, f.proposal().label());
  }

  /**
   * The same, with the proposal's label already made (a review makes it once per record).
   */
  final Finding finding(Facts f, Verdict verdict, String label) {
    return Finding.builder()
        .rule(steps.rule())
        .instrument(steps.instrument())
        .state(f.state())
        .position(f.position())
        .proposal(label)
        .date(f.date())
        .verdict(verdict)
        .applies(verdict == Verdict.INDETERMINATE ? Interpreter.applies(steps, f) : Verdict.NOT_APPLICABLE == verdict
            ? Ternary.FALSE : verdict == Verdict.BREACH || verdict == Verdict.CONSISTENT ? Ternary.TRUE : Ternary.UNKNOWN)
        .hypothetical(f.hypothetical())
        .flags(flags(f, verdict))
        .interpretation(f.interpretation())
        .explainer(() -> Interpreter.explain(steps, f))
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
