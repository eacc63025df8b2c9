package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.r2p.core.Citation;
import org.r2p.core.Classification;
import org.r2p.core.Holiday;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.ProposalKind;
import org.r2p.core.VoteRecord;

/**
 * GA res 76/262, OP1: the President of the General Assembly convenes a formal meeting
 * "within 10 working days of the casting of a veto by one or more permanent members", unless
 * the Assembly meets in an emergency special session on the same situation. Applies to vetoes
 * cast on or after 26 April 2022, on any subject. Whether a veto on an amendment triggers it
 * is Q13 (default: yes).
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://undocs.org/A/RES/76/262">A/RES/76/262</a>
 */
public final class GaDebateRule {
  /** OP1. */
  public static final Citation OP1 = Citation.of(Instrument.GA_RES_76_262, "OP1");

  /** Working days allowed. */
  public static final int WORKING_DAYS = 10;

  private GaDebateRule() {}

  /**
   * The permanent members whose vote may have been a veto where the record's missing votes
   * decide whether the draft was vetoed (an INDETERMINATE non-procedural decision): those that
   * voted NO and those whose vote is missing.
   */
  private static List<MemberState> mayHaveVetoed(VoteRecord record, CharterDecision decision) {
    if (decision.outcome() != Outcome.INDETERMINATE || decision.classification() != Classification.NON_PROCEDURAL) {
      return List.of();
    }
    List<MemberState> out = new ArrayList<>(decision.permanentNegative());
    for (MemberState m : decision.unknownVotes()) {
      if (PermanentSeat.heldBy(m, record.date()).isPresent() && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The missing votes, named where the Council history names them. */
  private static String missingVotes(CharterDecision decision) {
    int n = decision.unknownVoteCount();
    List<MemberState> named = decision.unknownVotes();
    return n + " member" + (n == 1 ? "'s vote missing" : "s' votes missing") + " from the record"
        + (named.isEmpty() ? "" : " (" + Article27.names(named)
            + (named.size() < n ? " and " + (n - named.size()) + " elected members not named" : "") + ")");
  }

  /**
   * The GA debate a vote requires, if any, with the emergency-session carve-out as the record
   * gives it ({@link VoteRecord#gaEmergencySpecialSession()}; UNKNOWN when absent).
   *
   * @param record the vote
   * @param decision its Charter decision
   * @param calendar working days at UN Headquarters
   * @param interpretation Q13
   * @return the debate, or empty if no veto was cast, the veto predates 76/262, or an
   *     amendment veto does not count under Q13
   */
  public static Optional<GaDebate> debate(
      VoteRecord record, CharterDecision decision, WorkingDayCalendar calendar, Interpretation interpretation) {
    return debate(record, decision, calendar, interpretation,
        record.gaEmergencySpecialSession().map(Ternary::of).orElse(Ternary.UNKNOWN));
  }

  /**
   * The GA debate a vote requires, if any.
   *
   * @param record the vote
   * @param decision its Charter decision
   * @param calendar working days at UN Headquarters
   * @param interpretation Q13
   * @param emergencySessionOnSameSituation whether the Assembly is meeting in an emergency
   *     special session on the same situation (OP1's carve-out); an input, UNKNOWN if not known
   * @return the debate, or empty if no veto was cast, the veto predates 76/262, or an
   *     amendment veto does not count under Q13; where the record's missing votes decide
   *     whether a permanent member's vote was a veto, a debate whose {@link GaDebate#vetoCast()}
   *     and {@link GaDebate#meetingRequired()} are UNKNOWN, naming the missing votes
   */
  public static Optional<GaDebate> debate(
      VoteRecord record,
      CharterDecision decision,
      WorkingDayCalendar calendar,
      Interpretation interpretation,
      Ternary emergencySessionOnSameSituation) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(emergencySessionOnSameSituation, "emergencySessionOnSameSituation");
    List<MemberState> mayHaveVetoed = mayHaveVetoed(record, decision);
    if (!decision.vetoed() && mayHaveVetoed.isEmpty() || !Instrument.GA_RES_76_262.inEffectOn(record.date())) {
      return Optional.empty();
    }
    Ternary vetoCast = decision.vetoed() ? Ternary.TRUE : Ternary.UNKNOWN;
    if (record.proposal().kind() == ProposalKind.AMENDMENT && !interpretation.amendmentVetoTriggersDebate()) {
      return Optional.empty();
    }
    LocalDate deadline = calendar.plusWorkingDays(record.date(), WORKING_DAYS);
    List<Holiday> holidays = calendar.holidaysBetween(record.date().plusDays(1), deadline);
    List<String> facts = new ArrayList<>();
    // the missing votes are named only where they decide whether a veto was cast
    String missing = vetoCast == Ternary.TRUE ? "" : missingVotes(decision);
    if (vetoCast == Ternary.TRUE) {
      facts.add(Article27.names(decision.vetoCasts()) + " cast a veto on " + record.proposal().label()
          + " on " + record.date());
    } else {
      facts.add("Whether a veto was cast on " + record.proposal().label() + " on " + record.date()
          + " is unknown: " + missing + " decide whether it was vetoed; a veto could have come from "
          + Article27.names(mayHaveVetoed));
    }
    if (!holidays.isEmpty()) {
      facts.add("Official holidays assumed at UN Headquarters: " + holidays.stream()
          .map(h -> h.date() + " " + h.name() + " (" + h.confidence() + ")").collect(Collectors.joining(", ")));
    }
    Ternary ess = emergencySessionOnSameSituation;
    List<Condition> conds = new ArrayList<>();
    if (vetoCast != Ternary.TRUE) {
      conds.add(Condition.of("veto-cast", vetoCast, missing + " decide it"));
    }
    conds.add(Condition.of("veto-cast-on-or-after-2022-04-26", Ternary.TRUE, record.date().toString()));
    conds.add(Condition.of("emergency-special-session-on-same-situation", ess,
        ess == Ternary.TRUE ? "yes" : ess == Ternary.FALSE ? "no" : "not known"));
    String outcome;
    String reason;
    if (ess != Ternary.TRUE && vetoCast != Ternary.TRUE) {
      outcome = "MEETING REQUIRED: UNKNOWN (BY " + deadline + " IF A VETO WAS CAST"
          + (ess == Ternary.FALSE ? ")" : " AND NO EMERGENCY SPECIAL SESSION MET)");
      reason = "whether a veto was cast is unknown: " + missing + " decide it";
    } else {
      switch (ess) {
        case TRUE:
          outcome = "NO SEPARATE MEETING REQUIRED";
          reason = "the Assembly meets in an emergency special session on the same situation";
          break;
        case FALSE:
          outcome = "MEETING REQUIRED BY " + deadline;
          reason = "10 working days after " + record.date();
          break;
        default:
          outcome = "MEETING REQUIRED BY " + deadline + " UNLESS AN EMERGENCY SPECIAL SESSION MET";
          reason = "10 working days after " + record.date() + "; whether the Assembly met in an emergency special"
              + " session on the same situation is not known";
      }
    }
    Explanation e = Explanation.builder()
        .facts(facts)
        .citation(OP1)
        .provision("the President of the General Assembly convenes a formal meeting within 10 working"
            + " days of the casting of a veto, unless the Assembly meets in an emergency special"
            + " session on the same situation")
        .conditions(conds)
        .outcome(outcome)
        .reason(reason)
        .interpretation(interpretation.describe())
        .build();
    return Optional.of(GaDebate.builder()
        .vetoDate(record.date())
        .vetoingMembers(decision.vetoCasts())
        .vetoCast(vetoCast)
        .emergencySession(ess)
        .deadline(deadline)
        .holidaysAssumed(holidays)
        .explanation(e)
        .build());
  }
}
