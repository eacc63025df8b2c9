package org.r2p.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.r2p.core.Citation;

/**
 * Why a rule decided as it did: the facts used, every condition tested with its result, the
 * clause cited and the conclusion: fact, then provision, then outcome.
 *
 * <pre>
 * United Kingdom voted against S/2099/12 on 2099-03-01. UN Charter Art. 27(3): a negative
 * vote of a permanent member prevents adoption. Outcome: NOT ADOPTED.
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExplanation {
  /**
   * The facts used, each a sentence.
   *
   * @return the facts
   */
  public abstract List<String> facts();

  /**
   * The clause applied.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * What the clause says, paraphrased.
   *
   * @return the provision's content
   */
  public abstract String provision();

  /**
   * Each condition tested, in order; testing stops at the first that decides.
   *
   * @return the conditions
   */
  public abstract List<Condition> conditions();

  /**
   * Whether the conditions were walked in order until one failed (commitment checks), so the
   * last condition is the one that decided; false where every condition is always tested.
   *
   * @return true for a stop-at-first-failure walk
   */
  @Value.Default
  public boolean stopsAtFirstFailure() {
    return false;
  }

  /**
   * The outcome, in capitals, e.g.&nbsp;{@code "NOT ADOPTED"}, {@code "BREACH"}.
   *
   * @return the outcome
   */
  public abstract String outcome();

  /**
   * Why this outcome, in a sentence.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * The interpretation the rule used, described.
   *
   * @return e.g. "default interpretation"
   */
  public abstract String interpretation();

  /**
   * One readable paragraph: facts, then provision, then outcome.
   *
   * @return the paragraph
   */
  @Value.Lazy
  public String paragraph() {
    StringBuilder sb = new StringBuilder();
    for (String f : facts()) {
      sb.append(f).append(f.endsWith(".") ? " " : ". ");
    }
    sb.append(citation()).append(": ").append(provision());
    if (!provision().endsWith(".")) {
      sb.append('.');
    }
    sb.append(" Outcome: ").append(outcome());
    if (!reason().isEmpty()) {
      sb.append(" (").append(reason());
      // the condition that stopped the walk, when it did not hold: the "why" behind the reason
      if (stopsAtFirstFailure() && !conditions().isEmpty()) {
        Condition last = conditions().get(conditions().size() - 1);
        if (last.result() != Ternary.TRUE && !last.detail().equals(reason())) {
          sb.append(": ").append(last.detail());
        }
      }
      sb.append(")");
    }
    sb.append('.');
    if (!interpretation().equals("default interpretation")) {
      sb.append(" Under ").append(interpretation()).append('.');
    }
    return sb.toString();
  }

  /**
   * The conditions as lines, e.g.&nbsp;for a terminal.
   *
   * @return one line per condition
   */
  public String conditionsText() {
    return conditions().stream()
        .map(c -> "  [" + c.result() + "] " + c.name() + ": " + c.detail())
        .collect(Collectors.joining("\n"));
  }
}
