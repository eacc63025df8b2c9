package org.r2p.rules;

/**
 * The answers the open questions of interpretation allow: one enum per question that is not a
 * yes/no question. The questions themselves, their defaults and how each is set are listed by
 * {@link InterpretationQuestion}. An {@link Interpretation} holds one answer to each, and reaches these types by its
 * own name too ({@code Interpretation.AbstentionReading.SPIRIT}).
 */
public interface InterpretationQuestions {
  /** Q1: is an abstention by a Code signatory a breach? */
  enum AbstentionReading {
    /** Only a NO breaches the Code's para 2 (its letter). Default. */
    LETTER,
    /** An abstention on a credible atrocity draft also breaches para 1's positive pledge. */
    SPIRIT
  }

  /** Q2: who decides that a draft is "credible"? */
  enum CredibilityTest {
    /**
     * Each signatory assesses for itself (A/70/621 cover letter). Default. Only the voting
     * state's own assessment counts: its sponsoring the draft, or a credibility supplied with
     * the proposal whose {@code credibleAssertedBy} names that state (by code or name). A third
     * party's assessment cannot stand for it, so without the state's own the
     * condition is UNKNOWN and the verdict at most INDETERMINATE.
     */
    SELF_ASSESSMENT,
    /**
     * The credibility supplied with the proposal counts whoever asserted it; the explanation
     * names the asserter ({@code credibleAssertedBy}), or says it was not named.
     */
    USER_SUPPLIED,
    /** A draft that obtained the required affirmative votes is credible. */
    MAJORITY_SUPPORT
  }

  /** Q3: how a CONTESTED atrocity aim is treated. */
  enum ContestedAim {
    /** The verdict is INDETERMINATE. Default. */
    INDETERMINATE,
    /** Treated as an atrocity draft. */
    TREAT_AS_YES,
    /** Treated as not an atrocity draft. */
    TREAT_AS_NO
  }

  /** Q4: does restraint apply to drafts whose atrocity content is incidental? */
  enum MixedDrafts {
    /** Only drafts whose primary purpose is to prevent or end the crimes. Default. */
    PRIMARY_PURPOSE_ONLY,
    /** Any draft with an operative paragraph on the crimes, incidental ones included. */
    ANY_OPERATIVE_PARA,
    /** Any draft, incidental ones included, except commemoration or recognition. */
    NEVER_FOR_COMMEMORATIVE
  }

  /** Q7: the vital-interest exception of the French model. */
  enum VitalInterest {
    /** No exception (Hollande's 2015 pledge). Default. */
    NONE,
    /** A permanent member may declare its vital interests at stake (Fabius 2013). */
    SELF_DECLARED,
    /** As SELF_DECLARED, with a public explanation of vote (French 2015 letters). */
    REQUIRES_PUBLIC_EXPLANATION
  }

  /** Q8: which list of crimes defines the scope of restraint. */
  enum CrimeList {
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
  enum Article27_3 {
    /** Not enforced, as in practice since 1946. Default. */
    PRACTICE,
    /** A party to a dispute must abstain under Chapter VI or Art.&nbsp;52(3); else flagged. */
    STRICT
  }

  /** Q10: absence and non-participation. */
  enum Absence {
    /** Treated as abstention (practice; Namibia AO para.&nbsp;22). Default. */
    AS_ABSTENTION,
    /** Treated as abstention, and flagged as of contested validity (USSR position, 1950). */
    FLAG_CONTESTED
  }

  /** Q11: the threshold between 31 August and 31 December 1965. */
  enum TransitionThreshold {
    /** By the Council's size on the vote date: 7 of 11 through 1965. Default. */
    BY_COUNCIL_SIZE,
    /** By the amendment's entry into force: 9 from 31 August 1965. */
    BY_AMENDMENT_DATE
  }

  /** Q12: effective dates of adherence. */
  enum CommitmentDates {
    /** Each adherent from its own date; unknown where the date is only an upper bound. Default. */
    PER_ADHERENT,
    /** Every listed adherent counts from the instrument's launch. */
    FROM_INSTRUMENT_LAUNCH
  }

  /** Q15: the Code's positive pledge (para 1). */
  enum PositivePledge {
    /** Aspirational; not checked. Default. */
    NOT_ENFORCED,
    /** A signatory is expected to vote YES on a credible atrocity draft. */
    EXPECT_YES
  }

  /** Q16: whether a characterisation of the crimes made only after the vote counts. */
  enum AfterVoteCharacterisation {
    /**
     * Not counted: a finding the voters could not have known does not make the draft an
     * atrocity draft; the aim is then UNKNOWN (never NO). Default.
     */
    NOT_COUNTED,
    /** Counted like one made before the vote. */
    COUNTED
  }

  /**
   * Q17: whether a status known as of a date holds after it. The registry answers UNKNOWN after
   * the latest dated evidence that a state had not joined an instrument (a partial list cannot
   * say no); joining is a public act a permanent member would not make unreported.
   */
  enum Continuity {
    /**
     * A status known as of a date holds until a dated change is recorded. Default. A finding
     * that rests on the presumption says so, with the date and source of the latest evidence.
     */
    PRESUMED_CONTINUING,
    /** After the latest evidence the status is UNKNOWN, and a verdict it decides INDETERMINATE. */
    AS_OF_EVIDENCE
  }
}
