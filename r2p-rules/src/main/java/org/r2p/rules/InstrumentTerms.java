package org.r2p.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.Instrument;
import org.r2p.core.ProposalKind;

/**
 * A restraint instrument's own terms, as its rule file states them: the words, who said them
 * where (the primary source), and the scope those words give the commitment. Each rule file
 * holds its instrument's terms as one constant ({@code TERMS}) beside the clause it encodes;
 * its steps read them, and {@code R2pRules.withinScope} answers from the same steps. The
 * instrument itself ({@link Instrument}) names the text, its date and where to read it.
 * Package-private; immutable.
 *
 * @param instrument the instrument
 * @param words its words, quoted as said or written
 * @param source the primary source of the words: who said or wrote them, where and when
 * @param crimes the crimes its words cover (Q8 may replace the list)
 * @param warCrimesOnlyOnLargeScale whether war crimes count only when committed on a large scale
 * @param action the action it covers: ending or preventing, or crimes committed or under way only
 * @param forbidden the vote it forbids
 * @param kinds the kinds of proposal its words cover (Q5 may set one scope for all)
 */
record InstrumentTerms(Instrument instrument, String words, String source, Set<AtrocityCrime> crimes,
    boolean warCrimesOnlyOnLargeScale, Action action, ForbiddenVote forbidden,
    Set<ProposalKind> kinds) {

  /** The action an instrument covers, in its own words. */
  enum Action {
    /** "to end the commission of ... or to prevent such crimes" (the ACT Code): crimes committed or risked. */
    END_OR_PREVENT,
    /**
     * "where there have been mass atrocities" (France), "to stop mass atrocities" (the UK): crimes
     * committed or under way; a prevention-only draft, against crimes only risked, is outside.
     */
    COMMITTED_OR_UNDER_WAY
  }

  /** The vote an instrument forbids. */
  enum ForbiddenVote {
    /** Any vote against ({@link StepId#VOTED_NO}). */
    NO,
    /** Only a veto: a NO that defeated the draft under Art. 27(3) ({@link StepId#USED_VETO}). */
    VETO,
    /** None: the instrument binds no signatory's own vote ({@link StepId#BINDS_OWN_VOTES}). */
    NONE
  }

  /** Genocide, crimes against humanity and war crimes: the Code's closed list. */
  static final Set<AtrocityCrime> THREE_CRIMES = Collections.unmodifiableSet(
      EnumSet.of(AtrocityCrime.GENOCIDE, AtrocityCrime.CRIMES_AGAINST_HUMANITY, AtrocityCrime.WAR_CRIMES));

  /** Every atrocity crime, ethnic cleansing included. */
  static final Set<AtrocityCrime> ALL_CRIMES = Collections.unmodifiableSet(EnumSet.allOf(AtrocityCrime.class));

  InstrumentTerms {
    crimes = crimes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(crimes));
    kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }
}
