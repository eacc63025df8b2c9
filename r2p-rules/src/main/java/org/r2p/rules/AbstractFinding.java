package org.r2p.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.VotePosition;

/**
 * The result of one check: a verdict about one state's vote on one proposal under one
 * instrument, with the explanation and the interpretation used. A breach is a finding, never
 * an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractFinding {
  /**
   * A stable identifier of the rule, e.g.&nbsp;{@code "act-code.para-2"}.
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * The instrument checked.
   *
   * @return the instrument
   */
  public abstract Instrument instrument();

  /**
   * The state whose vote was checked; empty for findings about a whole record.
   *
   * @return the state
   */
  public abstract Optional<MemberState> state();

  /**
   * The vote checked.
   *
   * @return the position, if a vote was checked
   */
  public abstract Optional<VotePosition> position();

  /**
   * The proposal's label (symbol or subject).
   *
   * @return the label
   */
  public abstract String proposal();

  /**
   * The date of the vote.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The verdict.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * Does the commitment apply? The conjunction of its applicability conditions: FALSE as soon
   * as one is FALSE, TRUE when all are TRUE, UNKNOWN otherwise. Unless given, what the verdict
   * says of it (TRUE for BREACH and CONSISTENT, FALSE for NOT_APPLICABLE, UNKNOWN otherwise).
   *
   * @return whether the commitment applies
   */
  @Value.Default
  public Ternary applies() {
    switch (verdict()) {
      case BREACH:
      case CONSISTENT:
        return Ternary.TRUE;
      case NOT_APPLICABLE:
        return Ternary.FALSE;
      default:
        return Ternary.UNKNOWN;
    }
  }

  /**
   * Does the vote breach the commitment? It applies and the vote is of the kind the instrument
   * forbids: TRUE for BREACH, UNKNOWN for INDETERMINATE, FALSE otherwise (a NO_BREACH is a
   * definite no).
   *
   * @return whether the vote breaches
   */
  public Ternary breach() {
    return verdict().breach();
  }

  @Value.Check
  void check() {
    Verdict implied = applies() == Ternary.UNKNOWN && verdict() == Verdict.INDETERMINATE ? Verdict.INDETERMINATE
        : Verdict.of(applies(), verdict().breach() == Ternary.TRUE ? Ternary.TRUE
            : verdict() == Verdict.INDETERMINATE ? Ternary.UNKNOWN : Ternary.FALSE);
    if (implied != verdict()) {
      throw new IllegalArgumentException("a finding that applies " + applies() + " cannot be " + verdict());
    }
  }

  /**
   * Whether the vote checked was not cast in the record: a hypothetical or what-if vote.
   * Such a finding says so in its facts too.
   *
   * @return true for a hypothetical vote
   */
  @Value.Default
  public boolean hypothetical() {
    return false;
  }

  /**
   * What the check flags besides its verdict, each a sentence citing its clause: e.g. under
   * Q1 SPIRIT, an abstention on a credible atrocity draft is flagged against the ACT Code's
   * para 1 while the verdict on para 2 stays CONSISTENT.
   *
   * @return the flags, usually none
   */
  public abstract java.util.List<String> flags();

  /**
   * How to build the explanation; called once, on the first call of {@link #explanation()}.
   * Not part of equality.
   *
   * @return the builder of the explanation
   */
  @Value.Auxiliary
  public abstract java.util.function.Supplier<Explanation> explainer();

  /**
   * Why: built on first request, so that reviews that only need verdicts never build texts.
   *
   * @return the explanation
   */
  @Value.Lazy
  public Explanation explanation() {
    return explainer().get();
  }

  /**
   * The interpretation used.
   *
   * @return the interpretation
   */
  public abstract Interpretation interpretation();

  /**
   * The explanation as one paragraph, followed by the flags if there are any.
   *
   * @return the paragraph
   */
  public String explain() {
    String p = explanation().paragraph();
    return flags().isEmpty() ? p : p + " Flagged: " + String.join("; ", flags()) + ".";
  }

  @Override
  public String toString() {
    return "Finding{" + rule() + " " + state().map(Object::toString).orElse("-") + " "
        + proposal() + " " + date() + ": " + verdict() + "}";
  }
}
