package org.r2p.json;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.PermanentSeat;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Decoder;
import org.r2p.rules.Article27;
import org.r2p.rules.Discrepancies;

/**
 * The checks of each decoded record that need more than its grammar: the Council on its date,
 * the clock and, when asked, the Article 27 outcome; and the caps on what is reported.
 * Immutable and thread-safe.
 *
 * @param history the Council's composition through time
 * @param checkOutcomes whether a recorded outcome is compared with the one Article 27 gives
 * @param clock decides "today"
 */
record RecordChecks(CouncilHistory history, boolean checkOutcomes, Clock clock) {
  /**
   * Largest record accepted, in bytes: an NDJSON line, an element of an array or collection,
   * or a single-record document (8 MiB). It holds a string at {@code R2pJson.MAX_STRING} in
   * its longest spelling (every character escaped as {@code \}{@code uXXXX}, 6 bytes each:
   * 6 MiB) with 2 MiB to spare for the rest of the record, which usually takes a few KB. Also
   * the most white space accepted before the first value of an input whose format is decided
   * by content.
   */
  static final int MAX_RECORD = 8 << 20;

  /** Most problems reported for one record; the rest are counted ("and N more"). */
  static final int MAX_PROBLEMS_PER_RECORD = 50;

  /** Most problems reported for one input; the rest are counted ("and N more"). */
  static final int MAX_PROBLEMS_PER_FILE = 1000;

  /** "Today", read once per input. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Checks a decoded record against the Council and the clock; its problems without a line are at {@code line}. */
  RecordResult accept(@Nullable VoteRecord r, Decoder d, String ptr, int index, int line, LocalDate today) {
    return accept(r, d, ptr, index, pointer -> line, today);
  }

  /** Checks a decoded record against the Council and the clock; a problem without a line is put at {@code lineOf} its pointer. */
  RecordResult accept(@Nullable VoteRecord r, Decoder d, String ptr, int index,
      java.util.function.ToIntFunction<String> lineOf, LocalDate today) {
    if (r != null) {
      // checks of the whole record: their problems are placed by their pointers, not the parser's position
      Decoder checks = new Decoder();
      domain(r, ptr, checks, today);
      d.problems().addAll(checks.problems());
    }
    boolean error = false;
    List<Problem> problems = new ArrayList<>(Math.min(d.problems().size(), MAX_PROBLEMS_PER_RECORD));
    for (Problem p : d.problems()) {
      if (problems.size() < MAX_PROBLEMS_PER_RECORD) {
        problems.add(p.at(index, p.line().orElse(lineOf.applyAsInt(p.pointer()))));
      }
      error |= p.severity() == Problem.Severity.ERROR;
    }
    return new RecordResult(r != null && !error ? Optional.of(r) : Optional.empty(), problems, true,
        d.problems().size() - problems.size());
  }

  private void domain(VoteRecord r, String ptr, Decoder d, LocalDate today) {
    // a hypothetical record asks about a vote not yet cast: it may be dated after today
    if (r.date().isAfter(today) && !r.hypothetical()) {
      d.error(ptr + "/date", "date.in-future", "vote date must not be in the future (today is " + today + "): "
          + r.date() + "; a record of a vote not yet cast is marked \"hypothetical\": true");
    }
    if (r.proposal().date().isAfter(today) && !r.hypothetical()) {
      d.error(ptr + "/proposal/date", "date.in-future",
          "proposal date must not be in the future (today is " + today + "): " + r.proposal().date());
    }
    Council council;
    try {
      council = history.councilOn(r.date());
    } catch (IllegalArgumentException e) {
      d.error(ptr + "/date", "council.unknown", "no Council composition for " + r.date() + ": " + e.getMessage());
      return;
    }
    if (r.date().isAfter(today) && r.hypothetical() && !council.electedSeatsKnown()) {
      int seats = council.nominalSize() - 5;
      int unknown = seats - council.electedMembers().size();
      d.error(ptr + "/date", "council.unknown", "a hypothetical record is decided on the Council of its date, but "
          + unknown + " of the " + seats + " elected seats have no known holder on " + r.date()
          + (council.electedMembers().isEmpty() ? "" : " (known: " + council.electedMembers() + ")")
          + history.lastTermDay().map(l -> "; the membership known ends on " + l
              + ": date the record on or before that day").orElse(""));
      return;
    }
    if (r.votes().size() > council.nominalSize()) {
      d.error(ptr + "/votes", "votes.more-than-seats", "number of votes must be at most the Council's "
          + council.nominalSize() + " seats on " + r.date() + ": " + r.votes().size());
    }
    boolean electedKnown = council.electedSeatsKnown();
    // the members as a set: one hash lookup per vote
    java.util.Set<MemberState> members = council.members();
    int byMembers = 0;
    for (int k = 0; k < r.votes().size(); k++) {
      MemberState m = r.votes().get(k).member();
      if (members.contains(m)) {
        byMembers++;
        continue;
      }
      boolean formerOrLaterPermanent = PermanentSeat.everHeldBy(m).isPresent();
      if (electedKnown || formerOrLaterPermanent) {
        d.error(ptr + "/votes/" + k + "/member", "vote.not-on-council", m + " (" + m.name()
            + ") was not a member of the Council on " + r.date()
            + (formerOrLaterPermanent ? "; the seat was held by " + PermanentSeat.everHeldBy(m).get().holderOn(r.date()) : ""));
      }
    }
    if (r.modality().voteTaken() && r.votes().size() < council.nominalSize() && !r.knownOnlyFromVetoList()) {
      incomplete(r, ptr, d, council, members);
    }
    Discrepancies.tally(r).ifPresent(t -> d.error(ptr + "/reportedTally", "tally.mismatch",
        "reported tally must match the votes: reported " + t.recorded() + ", the votes give " + t.decided()));
    // no member votes twice (the model refuses it): as many votes as members, each by a member,
    // is a vote of each member; the outcome is compared only then, the Council known to be whole
    boolean coversCouncil = electedKnown && byMembers == members.size() && r.votes().size() == byMembers;
    if (checkOutcomes && r.recordedOutcome().isPresent() && coversCouncil) {
      Discrepancies.outcome(r, Article27.outcome(r, council)).ifPresent(o -> d.warning(ptr + "/recordedOutcome", "outcome.mismatch",
          "recorded outcome contradicts Article 27: recorded " + o.recorded() + ", the votes give " + o.decided()));
    }
  }

  /**
   * Warns of the members of the Council with no vote in a record: each is UNKNOWN, never
   * ABSENT, and the outcome is decided over every way they could have voted.
   */
  private static void incomplete(VoteRecord r, String ptr, Decoder d, Council council,
      java.util.Set<MemberState> members) {
    java.util.List<String> missing = new java.util.ArrayList<>();
    int votesByElected = 0;
    for (org.r2p.core.Vote v : r.votes()) {
      votesByElected += council.isPermanent(v.member()) ? 0 : 1;
    }
    for (MemberState m : members) {
      if (r.positionOf(m).isEmpty()) {
        missing.add(m.code());
      }
    }
    int unnamed = council.electedSeatsKnown() ? 0
        : Math.max(0, council.nominalSize() - council.permanentMembers().size() - votesByElected);
    if (missing.isEmpty() && unnamed == 0) {
      return;
    }
    int n = missing.size() + unnamed;
    d.warning(ptr + "/votes", "votes.incomplete", "the record has no vote for " + n
        + (n == 1 ? " member" : " members") + " of the Council on " + r.date() + (missing.isEmpty() ? "" : ": " + String.join(", ", missing))
        + (unnamed == 0 ? "" : (missing.isEmpty() ? ": " : " and ") + unnamed + " elected members not named in the"
            + " Council history")
        + "; each is unknown, not absent, and the outcome is decided over every way they could have voted");
  }

}
