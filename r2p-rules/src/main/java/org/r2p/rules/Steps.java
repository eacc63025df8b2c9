package org.r2p.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.r2p.core.Citation;
import org.r2p.core.Instrument;

/**
 * A commitment rule as data: its id, the instrument and clause it encodes, what the clause
 * says, and its conditions in order, the last of them the vote that breaches. The
 * {@link Interpreter} runs it. Package-private; immutable.
 *
 * @param rule the rule's stable id, e.g. {@code "act-code.para-2"}
 * @param instrument the instrument
 * @param clause the clause cited
 * @param provision what the clause says
 * @param breachReason why a vote that meets every condition breaches, in words
 * @param steps the conditions in order, the breach step last
 */
record Steps(String rule, Instrument instrument, Citation clause, String provision,
    Function<Facts, String> breachReason, List<Step> steps) {

  Steps {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(breachReason, "breachReason");
    steps = List.copyOf(steps);
    int breach = 0;
    for (Step s : steps) {
      breach += s.role() == Step.Role.BREACH ? 1 : 0;
    }
    if (breach != 1 || steps.get(steps.size() - 1).role() != Step.Role.BREACH) {
      throw new IllegalArgumentException("a rule must end with exactly one breach step: " + rule);
    }
  }

  /** A rule from its steps, in order. */
  static Steps of(String rule, Citation clause, String provision, Function<Facts, String> breachReason,
      Step... steps) {
    return new Steps(rule, clause.instrument(), clause, provision, breachReason, List.of(steps));
  }

  /** The applicability steps of one scope, in order. */
  Step[] applying(Step.Scope scope) {
    List<Step> out = new ArrayList<>();
    for (Step s : steps) {
      if (s.role() == Step.Role.APPLIES && s.scope() == scope) {
        out.add(s);
      }
    }
    return out.toArray(new Step[0]);
  }

  /** @return the step whose TRUE breaches */
  Step breach() {
    return steps.get(steps.size() - 1);
  }

  /**
   * The same rule with its applicability steps in another order (the breach step stays last):
   * the verdict must not change, as each step is decided independently.
   */
  Steps reordered(List<Step> applicability) {
    List<Step> all = new ArrayList<>(applicability);
    all.add(breach());
    return new Steps(rule, instrument, clause, provision, breachReason, all);
  }
}
