package org.r2p.rules;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.VoteRecord;

/**
 * A preliminary question and the draft whose classification it decided. Under the San
 * Francisco Statement (7 June 1945) the preliminary question is itself non-procedural: a
 * permanent member can veto the characterisation as procedural, then veto the substance —
 * the "double veto" (Czechoslovak question, S/PV.303, 24 May 1948).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDoubleVeto {
  /**
   * The decision on the preliminary question.
   *
   * @return the decision
   */
  public abstract CharterDecision preliminary();

  /**
   * The decision on the draft, under the classification the preliminary question gave it.
   *
   * @return the decision
   */
  public abstract CharterDecision draft();

  /**
   * Whether both the preliminary question and the draft were vetoed.
   *
   * @return true for a double veto
   */
  @Value.Derived
  public boolean doubleVeto() {
    return preliminary().vetoed() && draft().vetoed();
  }

  /**
   * Every veto cast, on the preliminary question then on the draft.
   *
   * @return the casts
   */
  @Value.Derived
  public List<MemberState> vetoCasts() {
    List<MemberState> all = new ArrayList<>(preliminary().vetoCasts());
    all.addAll(draft().vetoCasts());
    return List.copyOf(all);
  }

  /**
   * Decides a preliminary question ("is the draft procedural?") and then the draft.
   * Adoption of the preliminary question makes the draft procedural; otherwise it is
   * non-procedural.
   *
   * @param preliminaryQuestion the vote on the preliminary question
   * @param draft the vote on the draft
   * @param council the Council (both votes on its date)
   * @param interpretation the interpretation
   * @return both decisions
   */
  public static DoubleVeto decide(
      VoteRecord preliminaryQuestion,
      VoteRecord draft,
      Council council,
      Interpretation interpretation) {
    CharterDecision pre = Article27.decide(
        preliminaryQuestion, council, interpretation, Classification.NON_PROCEDURAL, Article27.PRELIMINARY_NOTE);
    boolean procedural = pre.outcome() == Outcome.ADOPTED;
    CharterDecision d = Article27.decide(
        draft, council, interpretation,
        procedural ? Classification.PROCEDURAL : Classification.NON_PROCEDURAL,
        "The preliminary question was " + (procedural ? "adopted: the draft is procedural"
            : pre.vetoed() ? "vetoed: the draft is non-procedural"
            : "not adopted: the draft is non-procedural"));
    return DoubleVeto.builder().preliminary(pre).draft(d).build();
  }
}
