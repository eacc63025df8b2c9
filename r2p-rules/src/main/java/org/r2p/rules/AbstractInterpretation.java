package org.r2p.rules;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.r2p.core.ProposalKind;

/**
 * The answers to every open question of interpretation, each with a default. The questions,
 * their answers and defaults are listed by {@link InterpretationQuestion}, which the command
 * line, {@link #describe()} and the review writer read; each accessor here is one question's
 * answer, its default in the method. Every {@link Finding} records the interpretation it used.
 *
 * <pre>{@code
 * Interpretation strict = Interpretation.defaults()
 *     .withArticle27_3(Interpretation.Article27_3.STRICT)
 *     .withAbstention(Interpretation.AbstentionReading.SPIRIT);
 * }</pre>
 *
 * <p>The answers each question allows are the enums of {@link InterpretationQuestions}, also
 * reached through this class: {@code Interpretation.AbstentionReading.SPIRIT}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractInterpretation implements InterpretationQuestions {
  /** For the generated subclass only. */
  AbstractInterpretation() {}

  /**
   * The defaults: the documented answer to each open question.
   *
   * @return the default interpretation (one shared instance)
   */
  public static Interpretation defaults() {
    return Defaults.VALUE;
  }

  /**
   * Holds the defaults. (A plain {@code @Value.Immutable}, not a generated singleton: an
   * annotation with attributes would stay in this class file, and an application's javac,
   * without Immutables, would warn on it.)
   */
  private static final class Defaults {
    static final Interpretation VALUE = Interpretation.builder().build();
  }

  /** {@return Q1, default LETTER} */
  @Value.Default
  public AbstentionReading abstention() {
    return AbstentionReading.LETTER;
  }

  /** {@return Q2, default SELF_ASSESSMENT} */
  @Value.Default
  public CredibilityTest credibility() {
    return CredibilityTest.SELF_ASSESSMENT;
  }

  /** {@return Q3, default INDETERMINATE} */
  @Value.Default
  public ContestedAim contestedAim() {
    return ContestedAim.INDETERMINATE;
  }

  /** {@return Q4, default PRIMARY_PURPOSE_ONLY} */
  @Value.Default
  public MixedDrafts mixedDrafts() {
    return MixedDrafts.PRIMARY_PURPOSE_ONLY;
  }

  /**
   * Q5: the proposal kinds restraint covers, one scope for every instrument. By default each
   * instrument has its own: the ACT Code and the UK pledge a draft resolution (their words:
   * "a credible draft resolution", "Council action"), France's pledge any veto (amendments,
   * preliminary questions, separate-paragraph votes too).
   *
   * @return the scope for all instruments, or empty for each instrument's own (default)
   */
  public abstract Optional<Set<ProposalKind>> restraintCovers();

  /**
   * Q6: whether a NO on a draft that failed for want of votes can breach a pledge.
   *
   * @return default false: a draft that cannot pass is not "credible"
   */
  @Value.Default
  public boolean noOnFailedDraftBreaches() {
    return false;
  }

  /** {@return Q7, default NONE} */
  @Value.Default
  public VitalInterest vitalInterest() {
    return VitalInterest.NONE;
  }

  /** {@return Q8, a list replacing every instrument's own; default: each its own} */
  public abstract Optional<CrimeList> crimeList();

  /** {@return Q9, default PRACTICE} */
  @Value.Default
  public Article27_3 article27_3() {
    return Article27_3.PRACTICE;
  }

  /** {@return Q10, default AS_ABSTENTION} */
  @Value.Default
  public Absence absence() {
    return Absence.AS_ABSTENTION;
  }

  /** {@return Q11, default BY_COUNCIL_SIZE} */
  @Value.Default
  public TransitionThreshold transitionThreshold() {
    return TransitionThreshold.BY_COUNCIL_SIZE;
  }

  /** {@return Q12, default PER_ADHERENT} */
  @Value.Default
  public CommitmentDates commitmentDates() {
    return CommitmentDates.PER_ADHERENT;
  }

  /**
   * Q13: whether a veto on an amendment triggers the GA res 76/262 debate.
   *
   * @return default true: "the casting of a veto" includes amendments
   */
  @Value.Default
  public boolean amendmentVetoTriggersDebate() {
    return true;
  }

  /** {@return Q15, default NOT_ENFORCED} */
  @Value.Default
  public PositivePledge positivePledge() {
    return PositivePledge.NOT_ENFORCED;
  }

  /**
   * Q16: whether an atrocity aim resting only on a characterisation made after the vote
   * ({@code CharacterisationTiming.AFTER_VOTE}) counts.
   *
   * @return default NOT_COUNTED
   */
  @Value.Default
  public AfterVoteCharacterisation afterVoteCharacterisation() {
    return AfterVoteCharacterisation.NOT_COUNTED;
  }

  /**
   * Q17: whether a status known as of a date (a state "had not joined" as of D) is presumed to
   * hold after D until a dated change is recorded.
   *
   * @return default PRESUMED_CONTINUING
   */
  @Value.Default
  public Continuity continuity() {
    return Continuity.PRESUMED_CONTINUING;
  }

  /**
   * The answers that differ from the defaults, e.g.&nbsp;{@code "Q1 abstention=SPIRIT"}; empty
   * for the defaults. Each question as {@link InterpretationQuestion} names it and writes its
   * answer ({@link InterpretationQuestion#text}).
   *
   * @return the differences, in question order
   */
  public java.util.List<String> differencesFromDefaults() {
    Interpretation self = (Interpretation) this;
    java.util.List<String> out = new java.util.ArrayList<>();
    for (InterpretationQuestion q : InterpretationQuestion.values()) {
      if (!q.isDefault(self)) {
        out.add(q.label() + " " + q.attribute() + "=" + q.text(self));
      }
    }
    return java.util.List.copyOf(out);
  }

  /**
   * A short description: "defaults" or the differences.
   *
   * @return the description
   */
  public String describe() {
    java.util.List<String> d = differencesFromDefaults();
    return d.isEmpty() ? "default interpretation" : "interpretation " + String.join(", ", d);
  }
}
