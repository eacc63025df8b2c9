package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Citation;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.DecisionModality;
import org.r2p.core.CharterBasis;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.ProposalKind;
import org.r2p.core.Tally;
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
 * <p>A decision adopted without a vote, or by acclamation ({@link VoteRecord#modality()}), is
 * decided as ADOPTED with that modality: the Council took it without counting votes, so no
 * affirmative vote is counted, no permanent member voted against and none cast a veto, and the
 * explanation says so in words rather than giving a tally.
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
    return decide(record, council, interpretation, classification(record), classificationNote(record));
  }

  /**
   * The outcome alone, under the default interpretation: what {@link #decide(VoteRecord, Council)}
   * gives as {@code outcome()}, from the same count, without building the decision (its lists
   * and explanation). For checking many records' recorded outcomes.
   *
   * @param record the vote
   * @param council the Council on the vote date
   * @return the outcome
   * @throws IllegalArgumentException if the Council is not of the vote's date
   */
  public static Outcome outcome(VoteRecord record, Council council) {
    sameDate(record, council);
    List<Vote> votes = record.votes();
    IntPredicate permanent = i -> council.isPermanent(votes.get(i).member());
    return count(threshold(council, Interpretation.defaults()), classification(record), record.modality(), votes,
        permanent, missing(council, record.modality(), votes, permanent), record.reportedTally().orElse(null)).outcome();
  }

  /** Checks both are given and the Council is of the vote's date. */
  private static void sameDate(VoteRecord record, Council council) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(council, "council");
    if (!council.date().equals(record.date())) {
      throw new IllegalArgumentException(
          "council date must equal the vote date " + record.date() + ": " + council.date());
    }
  }

  /**
   * The classification Article 27 applies: a preliminary question is non-procedural (San
   * Francisco Statement, 7 June 1945), whatever its input says; CONTESTED is decided as
   * non-procedural.
   */
  static Classification classification(VoteRecord record) {
    return record.proposal().kind() != ProposalKind.PRELIMINARY_QUESTION
        && record.proposal().classification() == Classification.PROCEDURAL
        ? Classification.PROCEDURAL : Classification.NON_PROCEDURAL;
  }

  private static @Nullable String classificationNote(VoteRecord record) {
    if (record.proposal().kind() == ProposalKind.PRELIMINARY_QUESTION) {
      return PRELIMINARY_NOTE;
    }
    return record.proposal().classification() == Classification.CONTESTED
        ? "Its classification is contested and no preliminary question settled it; the"
            + " preliminary question is itself non-procedural (San Francisco Statement,"
            + " 7 June 1945)"
        : null;
  }

  /** Why a preliminary question is decided as non-procedural. */
  static final String PRELIMINARY_NOTE = "The question whether the draft is procedural is itself decided as a"
      + " non-procedural matter (San Francisco Statement, 7 June 1945)";

  /**
   * What the outcome turns on, from one pass over the votes: the threshold, the affirmative
   * votes, and the outcome itself.
   */
  record Count(int threshold, int yes, Outcome outcome, int unknown) {
    /** What a decision turned on. */
    static Count of(CharterDecision d) {
      return new Count(d.threshold(), d.affirmative(), d.outcome(), d.unknownVoteCount());
    }
  }

  /**
   * The members of the Council on the vote date with no vote in a record: how many hold a
   * permanent seat, how many an elected one. Each is UNKNOWN, never ABSENT.
   */
  record Missing(int permanent, int elected) {
    static final Missing NONE = new Missing(0, 0);

    int total() {
      return permanent + elected;
    }
  }

  /**
   * The members a record lacks, by kind: none for a decision taken without a vote, or a record
   * with as many votes as the Council has seats.
   *
   * @param permanent whether the voter of the vote at an index held a permanent seat
   */
  static Missing missing(Council council, DecisionModality modality, List<Vote> votes, IntPredicate permanent) {
    int n = votes.size();
    int size = council.nominalSize();
    if (!modality.voteTaken() || n >= size) {
      return Missing.NONE;
    }
    int p = 0;
    for (int i = 0; i < n; i++) {
      if (permanent.test(i)) {
        p++;
      }
    }
    int seats = council.permanentMembers().size();
    return new Missing(Math.max(0, seats - p), Math.max(0, size - seats - (n - p)));
  }

  /** The outcome of a complete count. */
  private static Outcome outcome(int threshold, Classification classification, int yes, boolean permanentNo) {
    if (yes < threshold) {
      return Outcome.FAILED_INSUFFICIENT_VOTES;
    }
    return classification == Classification.NON_PROCEDURAL && permanentNo ? Outcome.FAILED_VETO : Outcome.ADOPTED;
  }

  /**
   * The outcome every completion of the missing votes gives, or INDETERMINATE where two
   * completions differ. A completion gives each missing member YES, NO or neither (an
   * abstention, absence or non-participation: none of them counts or blocks); only the number
   * of YES votes and whether a permanent member votes NO decide, so the completions are
   * enumerated by those. The reported tally, where it fits the votes counted, fixes how many
   * of the missing voted YES and NO.
   */
  static Outcome completed(int threshold, Classification classification, int yes, int no, boolean permanentNo,
      Missing m, @Nullable Tally reported) {
    int dYes = -1;
    int dNo = -1;
    if (reported != null && reported.yes() >= yes && reported.no() >= no
        && reported.yes() - yes + reported.no() - no <= m.total()) {
      dYes = reported.yes() - yes;
      dNo = reported.no() - no;
    }
    Outcome common = null;
    for (int yp = 0; yp <= m.permanent(); yp++) {
      for (int np = 0; yp + np <= m.permanent(); np++) {
        for (int ye = 0; ye <= m.elected(); ye++) {
          int ne = dNo < 0 ? 0 : dNo - np;
          if (dYes >= 0 && (yp + ye != dYes || ne < 0 || ye + ne > m.elected())) {
            continue;
          }
          Outcome o = outcome(threshold, classification, yes + yp + ye, permanentNo || np > 0);
          if (common == null) {
            common = o;
          } else if (common != o) {
            return Outcome.INDETERMINATE;
          }
        }
      }
    }
    // no completion fits the reported tally: it contradicts the Council, and is not used
    return common != null ? common : completed(threshold, classification, yes, no, permanentNo, m, null);
  }

  /**
   * Counts a vote: the part of {@link #decide} the outcome depends on, with no list built.
   *
   * @param threshold the affirmative votes required
   * @param modality how the decision was taken: without a vote, it is adopted and nothing is counted
   * @param votes the votes
   * @param permanent whether the voter of the vote at an index held a permanent seat
   */
  static Count count(int threshold, Classification classification, DecisionModality modality, List<Vote> votes,
      IntPredicate permanent, Missing missing, @Nullable Tally reported) {
    if (!modality.voteTaken()) {
      return new Count(threshold, 0, Outcome.ADOPTED, 0);
    }
    int yes = 0;
    int no = 0;
    boolean permanentNo = false;
    for (int i = 0; i < votes.size(); i++) {
      VotePosition p = votes.get(i).position();
      if (p == VotePosition.YES) {
        yes++;
      } else if (p == VotePosition.NO) {
        no++;
        if (!permanentNo && permanent.test(i)) {
          permanentNo = true;
        }
      }
    }
    Outcome outcome = missing.total() == 0 ? outcome(threshold, classification, yes, permanentNo)
        : completed(threshold, classification, yes, no, permanentNo, missing, reported);
    return new Count(threshold, yes, outcome, missing.total());
  }

  /** Decides a vote under a classification already settled (e.g. by a preliminary question). */
  static CharterDecision decide(
      VoteRecord record,
      Council council,
      Interpretation interpretation,
      Classification classification,
      @Nullable String classificationNote) {
    List<Vote> votes = record.votes();
    return decide(record, council, interpretation, classification, classificationNote,
        i -> council.isMember(votes.get(i).member()), i -> council.isPermanent(votes.get(i).member()));
  }

  /**
   * Decides a vote whose voters' seats are already looked up (the rules keep them per date).
   *
   * @param member whether the voter of the vote at an index sat on the Council
   * @param permanent whether it held a permanent seat
   */
  static CharterDecision decide(VoteRecord record, Council council, Interpretation interpretation,
      IntPredicate member, IntPredicate permanent) {
    return decide(record, council, interpretation, classification(record), classificationNote(record), member,
        permanent);
  }

  private static CharterDecision decide(
      VoteRecord record,
      Council council,
      Interpretation interpretation,
      Classification classification,
      @Nullable String classificationNote,
      IntPredicate member,
      IntPredicate permanent) {
    sameDate(record, council);
    Objects.requireNonNull(interpretation, "interpretation");
    if (!record.modality().voteTaken()) {
      return withoutVote(record, council, interpretation, classification, classificationNote);
    }
    List<Vote> votes = record.votes();
    Missing missing = missing(council, DecisionModality.RECORDED_VOTE, votes, permanent);
    Count count = count(threshold(council, interpretation), classification, DecisionModality.RECORDED_VOTE, votes,
        permanent, missing, record.reportedTally().orElse(null));
    // lists are made only when something goes in them: most records have no irregularity
    List<MemberState> p5No = List.of();
    List<String> irregular = List.of();
    List<MemberState> absentees = List.of();
    boolean flagAbsence = interpretation.absence() == Interpretation.Absence.FLAG_CONTESTED;
    boolean seatsKnown = council.electedSeatsKnown();
    for (int i = 0; i < votes.size(); i++) {
      Vote v = votes.get(i);
      VotePosition p = v.position();
      MemberState m = v.member();
      if (p == VotePosition.NO && permanent.test(i)) {
        p5No = grown(p5No);
        p5No.add(m);
      } else if (flagAbsence && (p == VotePosition.ABSENT || p == VotePosition.NOT_PARTICIPATING)) {
        absentees = grown(absentees);
        absentees.add(m);
      }
      if (seatsKnown && !member.test(i)) {
        irregular = grown(irregular);
        irregular.add(m + " voted but was not a member of the Council on " + record.date());
      }
    }
    // Art. 27(3) proviso, strict mode only.
    Outcome withoutParties = null;
    if (interpretation.article27_3() == Interpretation.Article27_3.STRICT
        && classification == Classification.NON_PROCEDURAL
        && (record.proposal().charterBasis() == CharterBasis.CHAPTER_VI
            || record.proposal().charterBasis() == CharterBasis.ARTICLE_52_3)) {
      // abstaining, absence and non-participation all satisfy the proviso: only a YES or a NO
      // by the party is irregular, and the outcome is also given with that vote discounted
      VoteRecord discounted = record;
      for (MemberState party : record.proposal().partiesToDispute()) {
        VotePosition p = record.positionOf(party).orElse(VotePosition.ABSENT);
        if (council.isMember(party) && (p == VotePosition.YES || p == VotePosition.NO)) {
          irregular = grown(irregular);
          irregular.add(party + ", a party to the dispute, voted " + p
              + "; Art. 27(3) requires it to abstain under " + record.proposal().charterBasis());
          discounted = discounted.withVote(party, VotePosition.ABSTAIN);
        }
      }
      if (discounted != record) {
        List<Vote> dv = discounted.votes();
        IntPredicate dp = i -> council.isPermanent(dv.get(i).member());
        withoutParties = count(threshold(council, interpretation), classification, DecisionModality.RECORDED_VOTE, dv,
            dp, missing(council, DecisionModality.RECORDED_VOTE, dv, dp), null).outcome();
        irregular.add("With the parties' votes discounted, the outcome would be " + withoutParties);
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
    List<MemberState> unknown = missing.total() == 0 ? List.of() : unknownVotes(record, council);
    int unknownCount = missing.total();
    CharterDecision d = CharterDecision.of(outcome, classification, threshold, yes, vetoes, seats, p5No, irregular,
        () -> explain(record, council, interpretation, classification, classificationNote, threshold,
            yes, p5NoFinal, outcome, unknown, unknownCount)).withOutcomeDiscountingParties(Optional.ofNullable(withoutParties));
    return unknownCount == 0 ? d : d.withUnknownVotes(unknown).withUnknownVoteCount(unknownCount);
  }

  /** The members of the Council with no vote in the record, in the Council's order. */
  private static List<MemberState> unknownVotes(VoteRecord record, Council council) {
    List<MemberState> out = new ArrayList<>();
    for (MemberState m : council.members()) {
      if (record.positionOf(m).isEmpty()) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A decision the Council took without a vote: ADOPTED, nothing counted, no negative vote, no
   * veto and no irregularity (a party to a dispute that did not vote did abstain from voting).
   */
  private static CharterDecision withoutVote(VoteRecord record, Council council, Interpretation interpretation,
      Classification classification, @Nullable String classificationNote) {
    int threshold = threshold(council, interpretation);
    DecisionModality modality = record.modality();
    return CharterDecision.builder()
        .outcome(Outcome.ADOPTED)
        .modality(modality)
        .classification(classification)
        .threshold(threshold)
        .affirmative(0)
        .explainer(() -> {
          List<String> facts = new ArrayList<>();
          facts.add(record.proposal().label() + " was adopted " + modality.words() + " on " + record.date()
              + ": it was not put to the vote, and no member's vote is recorded");
          facts.add("The Council had " + council.nominalSize() + " members; a vote would have needed " + threshold
              + " affirmative votes");
          if (classificationNote != null) {
            facts.add(classificationNote);
          }
          return Explanation.builder()
              .facts(facts)
              .citation(classification == Classification.PROCEDURAL ? PROCEDURAL : NON_PROCEDURAL)
              .provision("decisions put to the vote need " + threshold + " affirmative votes"
                  + (classification == Classification.PROCEDURAL ? ""
                      : " including the concurring votes of the permanent members")
                  + "; a decision adopted without a vote was not put to the vote, so no vote was counted and no"
                  + " negative vote, hence no veto, was cast")
              .addConditions(Condition.of("vote-taken", false, "adopted " + modality.words()))
              .outcome(modality == DecisionModality.BY_ACCLAMATION ? "ADOPTED (BY ACCLAMATION)"
                  : "ADOPTED (WITHOUT A VOTE)")
              .reason("adopted " + modality.words() + ": no vote was counted, no permanent member voted against,"
                  + " and no veto was cast")
              .interpretation(interpretation.describe())
              .build();
        })
        .build();
  }

  private static Explanation explain(VoteRecord record, Council council, Interpretation interpretation,
      Classification classification, @Nullable String classificationNote, int threshold, int yes,
      List<MemberState> p5No, Outcome outcome, List<MemberState> unknown, int unknownCount) {
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
    String missing = "";
    if (unknownCount > 0) {
      missing = unknownCount + " member" + (unknownCount == 1 ? "'s vote is" : "s' votes are") + " missing from the record"
          + (unknown.isEmpty() ? "" : " (" + names(unknown) + ")")
          + (unknown.size() < unknownCount ? ", " + (unknownCount - unknown.size()) + " of them elected members the"
              + " Council history does not name" : "");
      facts.add(missing + ": each is unknown, not absent; "
          + (outcome == Outcome.INDETERMINATE ? "the ways they could have voted give different outcomes"
              : "every way they could have voted gives " + outcome)
          + (record.reportedTally().isPresent() ? ", within the reported tally " + record.reportedTally().get() : ""));
    }
    List<Condition> conditions = new ArrayList<>();
    conditions.add(Condition.of("procedural", classification == Classification.PROCEDURAL,
        "classified " + classification));
    conditions.add(Condition.of("enough-affirmative-votes", yes >= threshold,
        yes + " of " + threshold + " required"));
    Citation citation;
    String provision;
    String reason;
    if (classification == Classification.PROCEDURAL) {
      citation = PROCEDURAL;
      provision = "procedural decisions need " + threshold + " affirmative votes of any members;"
          + " no negative vote is a veto";
      reason = outcome == Outcome.INDETERMINATE ? missing + ", and they decide whether it was adopted"
          : yes >= threshold
          ? yes + " affirmative votes" + (p5No.isEmpty() ? "" : "; the negative votes of " + p5No
              + " are ordinary votes on a procedural matter")
          : "only " + yes + " affirmative votes" + (unknownCount > 0 ? " recorded" : "");
    } else {
      citation = NON_PROCEDURAL;
      provision = "other decisions need " + threshold + " affirmative votes including the"
          + " concurring votes of the permanent members; abstention, absence and"
          + " non-participation do not block, a permanent member's negative vote does";
      conditions.add(Condition.of("permanent-member-voted-no", !p5No.isEmpty(),
          p5No.isEmpty() ? "none" : p5No.toString()));
      if (outcome == Outcome.INDETERMINATE) {
        reason = missing + ", and they decide whether it was adopted or vetoed; whether a veto was cast is unknown";
      } else if (outcome == Outcome.FAILED_INSUFFICIENT_VOTES) {
        reason = "only " + yes + " affirmative votes" + (unknownCount > 0 ? " recorded, and the missing votes could"
            + " not make " + threshold : "")
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
            : outcome == Outcome.FAILED_VETO ? "NOT ADOPTED (VETO)"
            : outcome == Outcome.INDETERMINATE ? "INDETERMINATE" : "NOT ADOPTED")
        .reason(reason)
        .interpretation(interpretation.describe())
        .build();
  }

  /**
   * The decision a veto list implies for a record without per-member votes: vetoed by the
   * states voting NO in it and the recorded vetoers without a vote in it, adopted once there is
   * none, since a veto implies the required affirmative votes.
   *
   * @param record the record, with its recorded veto casts and any of their votes
   * @param council the Council on its date
   * @return the decision, its explanation saying that it is inferred
   * @throws IllegalArgumentException if a recorded vetoer did not hold a permanent seat that day
   */
  public static CharterDecision inferFromVetoes(VoteRecord record, Council council) {
    int q = council.votesRequired();
    List<MemberState> no = new ArrayList<>();
    List<PermanentSeat> seats = new ArrayList<>();
    List<MemberState> against = new ArrayList<>();
    for (Vote v : record.votes()) {
      if (v.position() == VotePosition.NO) {
        against.add(v.member());
      }
    }
    for (MemberState m : record.recordedVetoCasts()) {
      if (record.positionOf(m).isEmpty()) {
        against.add(m);
      }
    }
    for (MemberState m : against) {
      {
        no.add(m);
        seats.add(PermanentSeat.heldBy(m, record.date()).orElseThrow(() -> new IllegalArgumentException(
            "recorded vetoer did not hold a permanent seat on " + record.date() + ": " + m)));
      }
    }
    Outcome o = no.isEmpty() ? Outcome.ADOPTED : Outcome.FAILED_VETO;
    List<MemberState> vetoes = List.copyOf(no);
    java.util.function.Supplier<Explanation> e = () -> Explanation.builder()
        .addFacts(record.proposal().label() + " was vetoed on " + record.date()
            + "; the per-member votes are not in the data")
        .addFacts("A veto implies at least " + q + " affirmative votes and lists every permanent member voting"
            + " against")
        .citation(NON_PROCEDURAL)
        .provision("a permanent member's negative vote on a draft with the required affirmative votes prevents adoption")
        .outcome(o == Outcome.ADOPTED ? "ADOPTED (INFERRED)" : "NOT ADOPTED (VETO)")
        .reason(vetoes.isEmpty() ? "no permanent member votes against" : "vetoed by " + vetoes)
        .interpretation("inferred from the veto list")
        .build();
    return CharterDecision.builder()
        .outcome(o)
        .classification(Classification.NON_PROCEDURAL)
        .threshold(q)
        .affirmative(q)
        .vetoCasts(vetoes)
        .vetoSeats(o == Outcome.FAILED_VETO ? seats : List.of())
        .permanentNegative(vetoes)
        .explainer(e)
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
