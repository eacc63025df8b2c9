package org.r2p.examples.cli;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.r2p.core.ProposalKind;
import org.r2p.rules.Interpretation;
import picocli.CommandLine.Option;

/** The open questions of interpretation (Q1–Q13, Q15–Q17), as options; each defaults as documented. */
public final class InterpretationOptions {
  @Option(names = "--abstention", paramLabel = "LETTER|SPIRIT", description = "Q1: is a signatory's abstention a breach? Default: LETTER (no).")
  Interpretation.@Nullable AbstentionReading abstention;

  @Option(names = "--credibility", paramLabel = "TEST", description = "Q2: who decides a draft is credible: SELF_ASSESSMENT (default), USER_SUPPLIED, MAJORITY_SUPPORT.")
  Interpretation.@Nullable CredibilityTest credibility;

  @Option(names = "--contested-aim", paramLabel = "HOW", description = "Q3: a CONTESTED atrocity aim: INDETERMINATE (default), TREAT_AS_YES, TREAT_AS_NO.")
  Interpretation.@Nullable ContestedAim contestedAim;

  @Option(names = "--mixed-drafts", paramLabel = "HOW", description = "Q4: PRIMARY_PURPOSE_ONLY (default), ANY_OPERATIVE_PARA, NEVER_FOR_COMMEMORATIVE.")
  Interpretation.@Nullable MixedDrafts mixedDrafts;

  @Option(names = "--restraint-covers", paramLabel = "KIND", split = ",", description = "Q5: proposal kinds restraint covers. Default: DRAFT_RESOLUTION,AMENDMENT.")
  @Nullable List<ProposalKind> restraintCovers;

  @Option(names = "--no-on-failed-draft-breaches", description = "Q6: a NO on a draft that failed for want of votes can breach a pledge. Default: off.")
  boolean noOnFailedDraftBreaches;

  @Option(names = "--vital-interest", paramLabel = "HOW", description = "Q7: NONE (default), SELF_DECLARED, REQUIRES_PUBLIC_EXPLANATION.")
  Interpretation.@Nullable VitalInterest vitalInterest;

  @Option(names = "--crime-list", paramLabel = "LIST", description = "Q8: CODE, R2P, FRENCH or UK, replacing each instrument's own list.")
  Interpretation.@Nullable CrimeList crimeList;

  @Option(names = "--article27-3", paramLabel = "HOW", description = "Q9: obligatory abstention: PRACTICE (default) or STRICT.")
  Interpretation.@Nullable Article27_3 article27;

  @Option(names = "--absence", paramLabel = "HOW", description = "Q10: AS_ABSTENTION (default) or FLAG_CONTESTED.")
  Interpretation.@Nullable Absence absence;

  @Option(names = "--transition-threshold", paramLabel = "HOW", description = "Q11: BY_COUNCIL_SIZE (default) or BY_AMENDMENT_DATE.")
  Interpretation.@Nullable TransitionThreshold transition;

  @Option(names = "--commitment-dates", paramLabel = "HOW", description = "Q12: PER_ADHERENT (default) or FROM_INSTRUMENT_LAUNCH.")
  Interpretation.@Nullable CommitmentDates commitmentDates;

  @Option(names = "--amendment-veto-no-debate", description = "Q13: a veto on an amendment does not trigger the GA res 76/262 debate. Default: it does.")
  boolean amendmentNoDebate;

  @Option(names = "--positive-pledge", paramLabel = "HOW", description = "Q15: NOT_ENFORCED (default) or EXPECT_YES.")
  Interpretation.@Nullable PositivePledge positivePledge;

  @Option(names = "--after-vote-characterisation", paramLabel = "HOW", description = "Q16: does an atrocity characterisation made only after the vote count? NOT_COUNTED (default) or COUNTED.")
  Interpretation.@Nullable AfterVoteCharacterisation afterVote;

  @Option(names = "--continuity", paramLabel = "HOW", description = "Q17: does a status known as of a date (not joined as of D) hold after it? PRESUMED_CONTINUING (default: until a dated change is recorded; findings say so) or AS_OF_EVIDENCE (unknown after D).")
  Interpretation.@Nullable Continuity continuity;

  /** @return the interpretation these options give */
  public Interpretation interpretation() {
    Interpretation i = Interpretation.defaults();
    if (abstention != null) i = i.withAbstention(abstention);
    if (credibility != null) i = i.withCredibility(credibility);
    if (contestedAim != null) i = i.withContestedAim(contestedAim);
    if (mixedDrafts != null) i = i.withMixedDrafts(mixedDrafts);
    if (restraintCovers != null) i = i.withRestraintCovers(EnumSet.copyOf(restraintCovers));
    if (noOnFailedDraftBreaches) i = i.withNoOnFailedDraftBreaches(true);
    if (vitalInterest != null) i = i.withVitalInterest(vitalInterest);
    if (crimeList != null) i = i.withCrimeList(crimeList);
    if (article27 != null) i = i.withArticle27_3(article27);
    if (absence != null) i = i.withAbsence(absence);
    if (transition != null) i = i.withTransitionThreshold(transition);
    if (commitmentDates != null) i = i.withCommitmentDates(commitmentDates);
    if (amendmentNoDebate) i = i.withAmendmentVetoTriggersDebate(false);
    if (positivePledge != null) i = i.withPositivePledge(positivePledge);
    if (afterVote != null) i = i.withAfterVoteCharacterisation(afterVote);
    if (continuity != null) i = i.withContinuity(continuity);
    return i;
  }
}
