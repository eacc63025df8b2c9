package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Citation;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.CharterBasis;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * Decides the Charter outcome of a vote.
 *
 * <blockquote>2. Decisions of the Security Council on procedural matters shall be made by an
 * affirmative vote of nine members. 3. Decisions of the Security Council on all other matters
 * shall be made by an affirmative vote of nine members including the concurring votes of the
 * permanent members; provided that, in decisions under Chapter VI, and under paragraph 3 of
 * Article 52, a party to a dispute shall abstain from voting.</blockquote>
 *
 * <p>Seven of eleven before 1966. Since 1946, "concurring votes" has been read as "no
 * permanent member votes against": abstention, absence and non-participation never block
 * (1947 presidential statement; ICJ, Namibia Advisory Opinion, 1971, para. 22). A permanent
 * member's NO on a draft short of the threshold is not a veto (Repertoire of the Veto
 * 1946–1956). Procedural proposals cannot be vetoed.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://www.un.org/en/about-us/un-charter/chapter-5">Charter Art. 27</a>
 */
public final class Article27 {
  /** Art. 27(2). */
  public static final Citation PROCEDURAL = Citation.of(Instrument.UN_CHARTER, "Art. 27(2)");

  /** Art. 27(3). */
  public static final Citation NON_PROCEDURAL = Citation.of(Instrument.UN_CHARTER, "Art. 27(3)");

  private static final LocalDate AMENDMENT_IN_FORCE = LocalDate.of(1965, 8, 31);

  private Article27() {}

  /**
   * The affirmative votes required on a date.
   *
   * @param council the Council on the vote date
   * @param interpretation Q11 decides the 1965 transition
   * @return 7 or 9
   */
  public static int threshold(Council council, Interpretation interpretation) {
    if (interpretation.transitionThreshold() == Interpretation.TransitionThreshold.BY_AMENDMENT_DATE
        && !council.date().isBefore(AMENDMENT_IN_FORCE)) {
      return 9;
    }
    return council.votesRequired();
  }

  /**
   * Decides a vote under the default interpretation.
   *
   * @param record the vote
   * @param council the Council on the vote date
   * @return the decision
   */
  public static CharterDecision decide(VoteRecord record, Council council) {
    return decide(record, council, Interpretation.defaults());
  }

  /**
   * Decides a vote.
   *
   * @param record the vote
   * @param council the Council on the vote date
   * @param interpretation answers to the open questions (Q9, Q10, Q11 are used here)
   * @return the decision
   */
  public static CharterDecision decide(
      VoteRecord record, Council council, Interpretation interpretation) {
    Classification c = record.proposal().classification();
    return decide(record, council, interpretation, c == Classification.PROCEDURAL
        ? Classification.PROCEDURAL : Classification.NON_PROCEDURAL,
        c == Classification.CONTESTED
            ? "Its classification is contested and no preliminary question settled it; the"
                + " preliminary question is itself non-procedural (San Francisco Statement,"
                + " 7 June 1945)"
            : null);
  }

  static CharterDecision decide(
      VoteRecord record,
      Council council,
      Interpretation interpretation,
      Classification classification,
      @Nullable String classificationNote) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(interpretation, "interpretation");
    if (!council.date().equals(record.date())) {
      throw new IllegalArgumentException(
          "council date must equal the vote date " + record.date() + ": " + council.date());
    }
    int threshold = threshold(council, interpretation);
    int yes = 0;
    List<MemberState> p5No = new ArrayList<>();
    List<String> irregular = new ArrayList<>();
    List<MemberState> absentees = new ArrayList<>();
    for (Vote v : record.votes()) {
      if (v.position() == VotePosition.YES) {
        yes++;
      }
      if (v.position() == VotePosition.NO && council.isPermanent(v.member())) {
        p5No.add(v.member());
      }
      if (v.position() == VotePosition.ABSENT || v.position() == VotePosition.NOT_PARTICIPATING) {
        absentees.add(v.member());
      }
      if (!council.isMember(v.member()) && council.electedSeatsKnown()) {
        irregular.add(v.member() + " voted but was not a member of the Council on " + record.date());
      }
    }
    // Art. 27(3) proviso, strict mode only.
    if (interpretation.article27_3() == Interpretation.Article27_3.STRICT
        && classification == Classification.NON_PROCEDURAL
        && (record.proposal().charterBasis() == CharterBasis.CHAPTER_VI
            || record.proposal().charterBasis() == CharterBasis.ARTICLE_52_3)) {
      for (MemberState party : record.proposal().partiesToDispute()) {
        if (council.isMember(party)) {
          VotePosition p = record.positionOf(party).orElse(VotePosition.ABSENT);
          if (p != VotePosition.ABSTAIN) {
            irregular.add(party + ", a party to the dispute, voted " + p
                + "; Art. 27(3) requires it to abstain under " + record.proposal().charterBasis());
          }
        }
      }
    }
    if (interpretation.absence() == Interpretation.Absence.FLAG_CONTESTED) {
      for (MemberState m : absentees) {
        if (council.isPermanent(m) && classification == Classification.NON_PROCEDURAL) {
          irregular.add(m + " did not vote; whether a permanent member's absence allows adoption"
              + " was contested (USSR position, 1950)");
        }
      }
    }
    Outcome outcome;
    List<MemberState> vetoes = List.of();
    if (yes < threshold) {
      outcome = Outcome.FAILED_INSUFFICIENT_VOTES;
    } else if (classification == Classification.NON_PROCEDURAL && !p5No.isEmpty()) {
      outcome = Outcome.FAILED_VETO;
      vetoes = List.copyOf(p5No);
    } else {
      outcome = Outcome.ADOPTED;
    }
    List<PermanentSeat> seats = new ArrayList<>(vetoes.size());
    for (MemberState m : vetoes) {
      seats.add(council.seatOf(m).orElseThrow());
    }
    int yesFinal = yes;
    return CharterDecision.builder()
        .outcome(outcome)
        .classification(classification)
        .threshold(threshold)
        .affirmative(yes)
        .vetoCasts(vetoes)
        .vetoSeats(seats)
        .permanentNegative(p5No)
        .irregularities(irregular)
        .explainer(() -> explain(record, council, interpretation, classification, classificationNote, threshold,
            yesFinal, p5No, outcome))
        .build();
  }

  private static Explanation explain(VoteRecord record, Council council, Interpretation interpretation,
      Classification classification, @Nullable String classificationNote, int threshold, int yes,
      List<MemberState> p5No, Outcome outcome) {
    String label = record.proposal().label();
    List<String> facts = new ArrayList<>();
    facts.add(label + " was put to the vote on " + record.date() + ": " + record.tally()
        + (record.tally().absent() + record.tally().notParticipating() > 0
            ? " (" + record.tally().absent() + " absent, " + record.tally().notParticipating()
                + " not participating)"
            : ""));
    facts.add("The Council had " + council.nominalSize() + " members; " + threshold
        + " affirmative votes were required");
    if (classificationNote != null) {
      facts.add(classificationNote);
    }
    List<Condition> conditions = new ArrayList<>();
    conditions.add(Condition.of("procedural", Ternary.of(classification == Classification.PROCEDURAL),
        "classified " + classification));
    conditions.add(Condition.of("enough-affirmative-votes", Ternary.of(yes >= threshold),
        yes + " of " + threshold + " required"));
    Citation citation;
    String provision;
    String reason;
    if (classification == Classification.PROCEDURAL) {
      citation = PROCEDURAL;
      provision = "procedural decisions need " + threshold + " affirmative votes of any members;"
          + " no negative vote is a veto";
      reason = yes >= threshold
          ? yes + " affirmative votes" + (p5No.isEmpty() ? "" : "; the negative votes of " + p5No
              + " are ordinary votes on a procedural matter")
          : "only " + yes + " affirmative votes";
    } else {
      citation = NON_PROCEDURAL;
      provision = "other decisions need " + threshold + " affirmative votes including the"
          + " concurring votes of the permanent members; abstention, absence and"
          + " non-participation do not block, a permanent member's negative vote does";
      conditions.add(Condition.of("permanent-member-voted-no", Ternary.of(!p5No.isEmpty()),
          p5No.isEmpty() ? "none" : p5No.toString()));
      if (outcome == Outcome.FAILED_INSUFFICIENT_VOTES) {
        reason = "only " + yes + " affirmative votes"
            + (p5No.isEmpty() ? "" : "; the negative votes of " + p5No + " are not vetoes");
      } else if (outcome == Outcome.FAILED_VETO) {
        reason = "vetoed by " + names(p5No);
      } else {
        reason = yes + " affirmative votes and no permanent member against";
      }
    }
    return Explanation.builder()
        .facts(facts)
        .citation(citation)
        .provision(provision)
        .conditions(conditions)
        .outcome(outcome == Outcome.ADOPTED ? "ADOPTED"
            : outcome == Outcome.FAILED_VETO ? "NOT ADOPTED (VETO)" : "NOT ADOPTED")
        .reason(reason)
        .interpretation(interpretation.describe())
        .build();
  }

  static String names(List<MemberState> states) {
    List<String> n = new ArrayList<>();
    for (MemberState s : states) {
      n.add(s.name());
    }
    return String.join(" and ", n);
  }
}
