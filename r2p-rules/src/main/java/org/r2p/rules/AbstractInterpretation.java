package org.r2p.rules;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.r2p.core.ProposalKind;

/**
 * The answers to every open question of interpretation (Q1–Q15, and Q16 on the timing of atrocity findings), each with a
 * documented default. Every {@link Finding} records the interpretation it used.
 *
 * <pre>{@code
 * Interpretation strict = Interpretation.defaults()
 *     .withArticle27_3(Interpretation.Article27_3.STRICT)
 *     .withAbstention(Interpretation.AbstentionReading.SPIRIT);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Use the generated {@code Interpretation}; this abstract
 * type is public only because its nested enums are part of the API.
 */
@Value.Immutable
public abstract class AbstractInterpretation {
  /** For the generated subclass only. */
  AbstractInterpretation() {}


  /** Q1: is an abstention by a Code signatory a breach? */
  public enum AbstentionReading {
    /** Only a NO breaches the Code's para 2 (its letter). Default. */
    LETTER,
    /** An abstention on a credible atrocity draft also breaches para 1's positive pledge. */
    SPIRIT
  }

  /** Q2: who decides that a draft is "credible"? */
  public enum CredibilityTest {
    /**
     * Each signatory assesses for itself (A/70/621 cover letter). Default. The library cannot
     * see that assessment: it uses the credibility supplied with the proposal as the best
     * available evidence of it, and is INDETERMINATE without one.
     */
    SELF_ASSESSMENT,
    /** The credibility supplied with the proposal, asserted by the user. */
    USER_SUPPLIED,
    /** A draft that obtained the required affirmative votes is credible. */
    MAJORITY_SUPPORT
  }

  /** Q3: how a CONTESTED atrocity aim is treated. */
  public enum ContestedAim {
    /** The verdict is INDETERMINATE. Default. */
    INDETERMINATE,
    /** Treated as an atrocity draft. */
    TREAT_AS_YES,
    /** Treated as not an atrocity draft. */
    TREAT_AS_NO
  }

  /** Q4: does restraint apply to drafts whose atrocity content is incidental? */
  public enum MixedDrafts {
    /** Only drafts whose primary purpose is to prevent or end the crimes. Default. */
    PRIMARY_PURPOSE_ONLY,
    /** Any draft with an operative paragraph on the crimes, incidental ones included. */
    ANY_OPERATIVE_PARA,
    /** Any draft, incidental ones included, except commemoration or recognition. */
    NEVER_FOR_COMMEMORATIVE
  }

  /** Q7: the vital-interest exception of the French model. */
  public enum VitalInterest {
    /** No exception (Hollande's 2015 pledge). Default. */
    NONE,
    /** A permanent member may declare its vital interests at stake (Fabius 2013). */
    SELF_DECLARED,
    /** As SELF_DECLARED, with a public explanation of vote (French 2015 letters). */
    REQUIRES_PUBLIC_EXPLANATION
  }

  /** Q8: which list of crimes defines the scope of restraint. */
  public enum CrimeList {
    /** Genocide, crimes against humanity, war crimes. */
    CODE,
    /** The Code's three and ethnic cleansing. */
    R2P,
    /** The Code's three, war crimes only on a large scale. */
    FRENCH,
    /** "Mass atrocities and crimes against humanity": taken as the Code's three. */
    UK
  }

  /** Q9: enforcement of Art.&nbsp;27(3)'s obligatory abstention. */
  public enum Article27_3 {
    /** Not enforced, as in practice since 1946. Default. */
    PRACTICE,
    /** A party to a dispute must abstain under Chapter VI or Art.&nbsp;52(3); else flagged. */
    STRICT
  }

  /** Q10: absence and non-participation. */
  public enum Absence {
    /** Treated as abstention (practice; Namibia AO para.&nbsp;22). Default. */
    AS_ABSTENTION,
    /** Treated as abstention, and flagged as of contested validity (USSR position, 1950). */
    FLAG_CONTESTED
  }

  /** Q11: the threshold between 31 August and 31 December 1965. */
  public enum TransitionThreshold {
    /** By the Council's size on the vote date: 7 of 11 through 1965. Default. */
    BY_COUNCIL_SIZE,
    /** By the amendment's entry into force: 9 from 31 August 1965. */
    BY_AMENDMENT_DATE
  }

  /** Q12: effective dates of adherence. */
  public enum CommitmentDates {
    /** Each adherent from its own date; unknown where the date is only an upper bound. Default. */
    PER_ADHERENT,
    /** Every listed adherent counts from the instrument's launch. */
    FROM_INSTRUMENT_LAUNCH
  }

  /** Q14: counting vetoes of the China and Russia seats. */
  public enum VetoAttribution {
    /** By seat: USSR vetoes count for Russia, the ROC's for China. Default. */
    BY_SEAT,
    /** By state: USSR, Russian Federation, ROC and PRC apart. */
    BY_STATE
  }

  /** Q15: the Code's positive pledge (para 1). */
  public enum PositivePledge {
    /** Aspirational; not checked. Default. */
    NOT_ENFORCED,
    /** A signatory is expected to vote YES on a credible atrocity draft. */
    EXPECT_YES
  }

  /** Q16: whether a characterisation of the crimes made only after the vote counts. */
  public enum AfterVoteCharacterisation {
    /**
     * Not counted: a finding the voters could not have known does not make the draft an
     * atrocity draft; the aim is then UNKNOWN (never NO). Default.
     */
    NOT_COUNTED,
    /** Counted like one made before the vote. */
    COUNTED
  }

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

  /** {@return Q5, the proposal kinds restraint covers; default drafts and amendments} */
  @Value.Default
  public Set<ProposalKind> restraintCovers() {
    return EnumSet.of(ProposalKind.DRAFT_RESOLUTION, ProposalKind.AMENDMENT);
  }

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

  /** {@return Q14, default BY_SEAT} */
  @Value.Default
  public VetoAttribution vetoAttribution() {
    return VetoAttribution.BY_SEAT;
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
   * The answers that differ from the defaults, e.g.&nbsp;{@code "Q1 abstention=SPIRIT"}; empty
   * for the defaults.
   *
   * @return the differences, in question order
   */
  public java.util.List<String> differencesFromDefaults() {
    Interpretation d = defaults();
    java.util.List<String> out = new java.util.ArrayList<>();
    diff(out, "Q1 abstention", abstention(), d.abstention());
    diff(out, "Q2 credibility", credibility(), d.credibility());
    diff(out, "Q3 contestedAim", contestedAim(), d.contestedAim());
    diff(out, "Q4 mixedDrafts", mixedDrafts(), d.mixedDrafts());
    diff(out, "Q5 restraintCovers", restraintCovers(), d.restraintCovers());
    diff(out, "Q6 noOnFailedDraftBreaches", noOnFailedDraftBreaches(), d.noOnFailedDraftBreaches());
    diff(out, "Q7 vitalInterest", vitalInterest(), d.vitalInterest());
    diff(out, "Q8 crimeList", crimeList().map(Object::toString).orElse("per instrument"), "per instrument");
    diff(out, "Q9 article27_3", article27_3(), d.article27_3());
    diff(out, "Q10 absence", absence(), d.absence());
    diff(out, "Q11 transitionThreshold", transitionThreshold(), d.transitionThreshold());
    diff(out, "Q12 commitmentDates", commitmentDates(), d.commitmentDates());
    diff(out, "Q13 amendmentVetoTriggersDebate", amendmentVetoTriggersDebate(), d.amendmentVetoTriggersDebate());
    diff(out, "Q14 vetoAttribution", vetoAttribution(), d.vetoAttribution());
    diff(out, "Q15 positivePledge", positivePledge(), d.positivePledge());
    diff(out, "Q16 afterVoteCharacterisation", afterVoteCharacterisation(), d.afterVoteCharacterisation());
    return java.util.List.copyOf(out);
  }

  private static void diff(java.util.List<String> out, String name, Object value, Object def) {
    if (!value.equals(def)) {
      out.add(name + "=" + value);
    }
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
