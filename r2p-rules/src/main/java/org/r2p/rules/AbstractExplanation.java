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
   * Whether this explains a commitment check: its conditions were tested in order until one
   * was definitely FALSE (which decides), each UNKNOWN named on the way; false where every
   * condition is always tested.
   *
   * @return true for a stop-at-first-failure walk
   */
  @Value.Default
  public boolean stopsAtFirstFailure() {
    return false;
  }

  /**
   * The outcome, in capitals as in STYLE: e.g. {@code "NOT ADOPTED"}, {@code "BREACH"}.
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
    // sized for the parts it is made of, so that it is built in one buffer
    int size = provision().length() + outcome().length() + reason().length() + interpretation().length() + 64;
    for (String f : facts()) {
      size += f.length() + 2;
    }
    StringBuilder sb = new StringBuilder(size);
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
      // the conditions that decided, the "why" behind the reason: the FALSE one, else each UNKNOWN
      if (stopsAtFirstFailure()) {
        List<String> why = new java.util.ArrayList<>();
        for (Condition c : deciding()) {
          if (!c.detail().equals(reason())) {
            why.add(c.detail());
          }
        }
        if (!why.isEmpty()) {
          sb.append(": ").append(String.join("; ", why));
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
   * The conditions that decided a commitment check: each UNKNOWN for an INDETERMINATE outcome,
   * else the one that was definitely FALSE; none for a breach.
   *
   * @return the deciding conditions, in order
   */
  public List<Condition> deciding() {
    Ternary deciding = outcome().equals(Verdict.INDETERMINATE.name()) ? Ternary.UNKNOWN : Ternary.FALSE;
    return conditions().stream().filter(c -> c.result() == deciding).collect(Collectors.toList());
  }

  /**
   * The conditions as lines, e.g. for a terminal.
   *
   * @return one line per condition
   */
  public String conditionsText() {
    return conditions().stream()
        .map(c -> "  [" + c.result() + "] " + c.name() + ": " + c.detail())
        .collect(Collectors.joining("\n"));
  }
}
