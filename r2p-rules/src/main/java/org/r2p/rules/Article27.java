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
  /** Art.&nbsp;27(2). */
  public static final Citation PROCEDURAL = Citation.of(Instrument.UN_CHARTER, "Art. 27(2)");

  /** Art.&nbsp;27(3). */
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
    return decide(record, council, interpretation, classification(record), classificationNote(record), null);
  }

  /**
   * Decides a vote whose voters' places on the Council are already found.
   *
   * @param places each vote's {@link Council#indexOf}, in the record's order; null to find them
   */
  static CharterDecision decide(
      VoteRecord record, Council council, Interpretation interpretation, int @Nullable [] places) {
    return decide(record, council, interpretation, classification(record), classificationNote(record), places);
  }

  /** The classification Article 27 applies: CONTESTED is decided as non-procedural. */
  static Classification classification(VoteRecord record) {
    return record.proposal().classification() == Classification.PROCEDURAL
        ? Classification.PROCEDURAL : Classification.NON_PROCEDURAL;
  }

  private static @Nullable String classificationNote(VoteRecord record) {
    return record.proposal().classification() == Classification.CONTESTED
        ? "Its classification is contested and no preliminary question settled it; the"
            + " preliminary question is itself non-procedural (San Francisco Statement,"
            + " 7 June 1945)"
        : null;
  }

  static CharterDecision decide(
      VoteRecord record,
      Council council,
      Interpretation interpretation,
      Classification classification,
      @Nullable String classificationNote) {
    return decide(record, council, interpretation, classification, classificationNote, null);
  }

  /**
   * What the outcome turns on, from one pass over the votes: the threshold, the affirmative
   * votes, and the outcome itself.
   */
  record Count(int threshold, int yes, Outcome outcome) {}

  private static final VotePosition[] POSITIONS = VotePosition.values();

  /**
   * Counts a vote: the part of {@link #decide} the outcome depends on, with no list built.
   *
   * @param positions each vote's position as its ordinal, in the record's order
   * @param places each vote's {@link Council#indexOf}, in the same order
   */
  static Count count(Council council, Interpretation interpretation, Classification classification,
      byte[] positions, int[] places) {
    int threshold = threshold(council, interpretation);
    int permanent = council.permanentCount();
    int yes = 0;
    boolean permanentNo = false;
    for (int i = 0; i < positions.length; i++) {
      VotePosition p = POSITIONS[positions[i]];
      if (p == VotePosition.YES) {
        yes++;
      } else if (permanentNo(p, places[i], permanent)) {
        permanentNo = true;
      }
    }
    Outcome outcome;
    if (yes < threshold) {
      outcome = Outcome.FAILED_INSUFFICIENT_VOTES;
    } else if (classification == Classification.NON_PROCEDURAL && permanentNo) {
      outcome = Outcome.FAILED_VETO;
    } else {
      outcome = Outcome.ADOPTED;
    }
    return new Count(threshold, yes, outcome);
  }

  /** A NO by the holder of a permanent seat: the only vote that can be a veto. */
  static boolean permanentNo(VotePosition p, int place, int permanentCount) {
    return p == VotePosition.NO && place >= 0 && place < permanentCount;
  }

  /**
   * Each vote's place on the Council.
   *
   * @return {@link Council#indexOf} of each voter, in the record's order
   */
  static int[] places(VoteRecord record, Council council) {
    List<Vote> votes = record.votes();
    int[] places = new int[votes.size()];
    for (int i = 0; i < places.length; i++) {
      places[i] = council.indexOf(votes.get(i).member());
    }
    return places;
  }

  private static CharterDecision decide(
      VoteRecord record,
      Council council,
      Interpretation interpretation,
      Classification classification,
      @Nullable String classificationNote,
      int @Nullable [] found) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(interpretation, "interpretation");
    if (!council.date().equals(record.date())) {
      throw new IllegalArgumentException(
          "council date must equal the vote date " + record.date() + ": " + council.date());
    }
    int[] places = found == null ? places(record, council) : found;
    byte[] positions = new byte[places.length];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = (byte) record.votes().get(i).position().ordinal();
    }
    Count count = count(council, interpretation, classification, positions, places);
    // lists are made only when something goes in them: most records have no irregularity
    List<MemberState> p5No = List.of();
    List<String> irregular = List.of();
    List<MemberState> absentees = List.of();
    boolean flagAbsence = interpretation.absence() == Interpretation.Absence.FLAG_CONTESTED;
    boolean seatsKnown = council.electedSeatsKnown();
    int permanent = council.permanentCount();
    List<Vote> votes = record.votes();
    for (int i = 0; i < votes.size(); i++) {
      Vote v = votes.get(i);
      VotePosition p = v.position();
      MemberState m = v.member();
      if (permanentNo(p, places[i], permanent)) {
        p5No = grown(p5No);
        p5No.add(m);
      } else if (flagAbsence && (p == VotePosition.ABSENT || p == VotePosition.NOT_PARTICIPATING)) {
        absentees = grown(absentees);
        absentees.add(m);
      }
      if (seatsKnown && places[i] < 0) {
        irregular = grown(irregular);
        irregular.add(m + " voted but was not a member of the Council on " + record.date());
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
            irregular = grown(irregular);
            irregular.add(party + ", a party to the dispute, voted " + p
                + "; Art. 27(3) requires it to abstain under " + record.proposal().charterBasis());
          }
        }
      }
    }
    if (flagAbsence) {
      for (MemberState m : absentees) {
        if (council.isPermanent(m) && classification == Classification.NON_PROCEDURAL) {
          irregular = grown(irregular);
          irregular.add(m + " did not vote; whether a permanent member's absence allows adoption"
              + " was contested (USSR position, 1950)");
        }
      }
    }
    Outcome outcome = count.outcome();
    List<MemberState> vetoes = outcome == Outcome.FAILED_VETO ? p5No : List.of();
    List<PermanentSeat> seats = vetoes.isEmpty() ? List.of() : new ArrayList<>(vetoes.size());
    for (MemberState m : vetoes) {
      seats.add(council.seatOf(m).orElseThrow());
    }
    int threshold = count.threshold();
    int yes = count.yes();
    List<MemberState> p5NoFinal = p5No;
    return CharterDecision.of(outcome, classification, threshold, yes, vetoes, seats, p5No, irregular,
        () -> explain(record, council, interpretation, classification, classificationNote, threshold,
            yes, p5NoFinal, outcome));
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

  /** The list itself if it can take elements, else a new one: empty lists are shared until used. */
  private static <T> List<T> grown(List<T> list) {
    return list instanceof ArrayList ? list : new ArrayList<>(4);
  }

  static String names(List<MemberState> states) {
    List<String> n = new ArrayList<>();
    for (MemberState s : states) {
      n.add(s.name());
    }
    return String.join(" and ", n);
  }
}
