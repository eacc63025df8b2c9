package org.r2p.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.r2p.core.internal.Checks;

/**
 * A vote as it happened (or as it might have): the proposal, the meeting, the date, each
 * member's vote, the outcome and the vetoes as recorded, the source, and flags carrying
 * doubts about the facts.
 *
 * <p>The model checks structure only: at most one vote per member, at most 15 votes, no date
 * before 1945-10-24, and, for a decision adopted without a vote ({@link #modality()}), no
 * vote, tally or veto at all. Whether the voters sat on the Council, or whether the recorded
 * outcome matches Article 27, is for the rules and the validator to say.
 *
 * <pre>{@code
 * VoteRecord r = VoteRecord.builder()
 *     .proposal(p)
 *     .date(LocalDate.of(2014, 5, 22))
 *     .meeting(DocumentSymbol.parse("S/PV.7180"))
 *     .addVotes(Vote.of(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO))
 *     .recordedOutcome(Outcome.FAILED_VETO)
 *     .source("SC/11407")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractVoteRecord {
  /**
   * An identifier within a dataset, e.g.&nbsp;{@code "V185"}.
   *
   * @return the id, if any
   */
  public abstract Optional<String> id();

  /**
   * What was voted on.
   *
   * @return the proposal
   */
  public abstract Proposal proposal();

  /**
   * The date of the vote.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The meeting record.
   *
   * @return the meeting, if known
   */
  public abstract Optional<DocumentSymbol> meeting();

  /**
   * Other documents of the vote, e.g.&nbsp;the letters of a vote by written procedure (2020).
   *
   * @return the documents
   */
  public abstract List<DocumentSymbol> documents();

  /**
   * How the decision was taken: by a recorded vote (the default), or without a vote. A record
   * adopted without a vote ({@link DecisionModality#WITHOUT_VOTE} or
   * {@link DecisionModality#BY_ACCLAMATION}) has no {@link #votes()}, no
   * {@link #reportedTally()} and no {@link #recordedVetoCasts()}, and its recorded outcome, if
   * any, is ADOPTED: no vote was cast, so none is recorded, none is counted and none was a
   * veto. Its other facts (proposal, date, meeting, documents, source, flags) are as for any
   * record.
   *
   * @return the modality
   */
  @Value.Default
  public DecisionModality modality() {
    return DecisionModality.RECORDED_VOTE;
  }

  /**
   * Each member's vote, as recorded; may be incomplete where sources are. Empty when no vote
   * was taken ({@link #modality()}).
   *
   * @return the votes
   */
  public abstract List<Vote> votes();

  /**
   * The tally as reported, which may exist where per-member votes do not.
   *
   * @return the tally, if reported
   */
  public abstract Optional<Tally> reportedTally();

  /**
   * The outcome as recorded by the source.
   *
   * @return the outcome, if recorded
   */
  public abstract Optional<Outcome> recordedOutcome();

  /**
   * The veto casts as the source records them: the permanent members recorded as casting a
   * veto on this proposal, one cast each (the word {@code CharterDecision.vetoCasts()} uses for
   * the casts Article 27 finds; the JSON field is {@code recordedVetoCasts}).
   *
   * @return the members recorded as casting a veto, empty if none recorded
   */
  public abstract Set<MemberState> recordedVetoCasts();

  /**
   * The veto casts as the source records them, under the name 0.1 gave them.
   *
   * @return {@link #recordedVetoCasts()}
   * @deprecated since 0.2.0, for removal: use {@link #recordedVetoCasts()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Set<MemberState> recordedVetoes() {
    return recordedVetoCasts();
  }

  /**
   * A copy with these recorded veto casts, under the name 0.1 gave them.
   *
   * @param elements the members recorded as casting a veto
   * @return {@code withRecordedVetoCasts(elements)}
   * @deprecated since 0.2.0, for removal: use {@code withRecordedVetoCasts}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public VoteRecord withRecordedVetoes(MemberState... elements) {
    return ((VoteRecord) this).withRecordedVetoCasts(elements);
  }

  /**
   * A copy with these recorded veto casts, under the name 0.1 gave them.
   *
   * @param elements the members recorded as casting a veto
   * @return {@code withRecordedVetoCasts(elements)}
   * @deprecated since 0.2.0, for removal: use {@code withRecordedVetoCasts}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public VoteRecord withRecordedVetoes(Iterable<? extends MemberState> elements) {
    return ((VoteRecord) this).withRecordedVetoCasts(elements);
  }

  /**
   * Where the facts come from.
   *
   * @return the source
   */
  @Value.Default
  public String source() {
    return "user";
  }

  /**
   * Doubts carried with the facts, as the source states them, e.g.&nbsp;
   * {@code "AMENDMENT_NOT_DRAFT_RESOLUTION"}.
   *
   * @return the flags
   */
  public abstract List<String> flags();

  /**
   * Whether, after a veto on this proposal, the General Assembly met in an emergency special
   * session on the same situation (GA res 76/262 OP1: then no separate meeting is due). An
   * input, three-valued: empty when not known, never taken as false.
   *
   * @return true or false where known, else empty
   */
  public abstract Optional<Boolean> gaEmergencySpecialSession();

  /**
   * Whether the whole record is hypothetical: a vote supposed by the user, or not yet cast
   * (every vote in it is then hypothetical, whatever {@link Vote#hypothetical()} says). Such a
   * record may be dated after today. JSON: {@code "hypothetical": true}; absent, false.
   *
   * @return true for a hypothetical record; false (the default) for a vote as it happened
   */
  @Value.Default
  public boolean hypothetical() {
    return false;
  }

  /**
   * Whether a vote of this record is hypothetical: the record is, the vote is marked so, or the
   * record does not hold it (a what-if vote).
   *
   * @param vote a vote
   * @return true if the vote was not cast as recorded here
   */
  public boolean isHypothetical(Vote vote) {
    return hypothetical() || vote.hypothetical() || !votes().contains(vote);
  }

  /**
   * The tally of {@link #votes()}.
   *
   * @return the counted tally
   */
  @Value.Lazy
  public Tally tally() {
    return Tally.from(votes());
  }

  /**
   * The position of one member.
   *
   * @param member the member
   * @return the position, or empty if the record has no vote by that member
   */
  public Optional<VotePosition> positionOf(MemberState member) {
    return Optional.ofNullable(byMember().get(member)).map(Vote::position);
  }

  /**
   * Whether every member of a Council has a vote in this record.
   *
   * @param council the Council on the record's date
   * @return true if no member's vote is missing
   */
  public boolean hasVoteOfEachMember(Council council) {
    for (MemberState m : council.members()) {
      if (!byMember().containsKey(m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The votes by member.
   *
   * @return an unmodifiable map
   */
  @Value.Lazy
  public Map<MemberState, Vote> byMember() {
    return votes().stream()
        .collect(Collectors.toUnmodifiableMap(Vote::member, Function.identity()));
  }

  /**
   * A copy in which one member votes differently (or votes, if it had no vote).
   *
   * @param member the member
   * @param position the new position
   * @return the changed record; this one is unchanged
   * @throws IllegalArgumentException if the record was adopted without a vote: it can hold no
   *     vote
   */
  public VoteRecord withVote(MemberState member, VotePosition position) {
    List<Vote> changed = new java.util.ArrayList<>(votes());
    boolean found = false;
    for (int k = 0; k < changed.size(); k++) {
      if (changed.get(k).member().equals(member)) {
        changed.set(k, Vote.of(member, position));
        found = true;
      }
    }
    if (!found) {
      changed.add(Vote.of(member, position));
    }
    return ((VoteRecord) this).withVotes(changed);
  }

  /**
   * Whether the record is known only from the veto list: it records veto casts and has no vote
   * but the vetoers' own. Its decision is inferred from the veto list; any other record that
   * lacks some members' votes is decided over every way they could have voted.
   *
   * @return true for a record from the veto list without per-member votes
   */
  public boolean knownOnlyFromVetoList() {
    if (recordedVetoCasts().isEmpty() || !modality().voteTaken()) {
      return false;
    }
    for (Vote v : votes()) {
      if (!recordedVetoCasts().contains(v.member())) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks.notBeforeCharter("vote date", date());
    Checks.between("number of votes", votes().size(), 0, Tally.MAX_VOTES);
    // each member votes once: every vote compared with those before it
    List<Vote> votes = votes();
    for (int i = 1; i < votes.size(); i++) {
      MemberState member = votes.get(i).member();
      int hash = member.hashCode();
      for (int j = 0; j < i; j++) {
        MemberState other = votes.get(j).member();
        if (other.hashCode() == hash && other.equals(member)) {
          throw new IllegalArgumentException(
              "each member may vote once: " + votes.get(i).member() + " votes twice on " + proposal().label());
        }
      }
    }
    if (recordedOutcome().isPresent() && recordedOutcome().get() == Outcome.INDETERMINATE) {
      throw new IllegalArgumentException("a recorded outcome is what the Council decided, never INDETERMINATE: "
          + proposal().label());
    }
    DecisionModality m = modality();
    if (!m.voteTaken()) {
      String what = proposal().label() + " was adopted " + m.words() + " (modality " + m + "), so ";
      if (!votes.isEmpty()) {
        throw new IllegalArgumentException(what + "it must have no votes: " + votes.size() + " given");
      }
      if (reportedTally().isPresent()) {
        throw new IllegalArgumentException(what + "it must have no reported tally: " + reportedTally().get());
      }
      if (!recordedVetoCasts().isEmpty()) {
        throw new IllegalArgumentException(what + "it must have no recorded veto casts: " + recordedVetoCasts());
      }
      if (recordedOutcome().isPresent() && recordedOutcome().get() != Outcome.ADOPTED) {
        throw new IllegalArgumentException(what + "its recorded outcome must be ADOPTED: "
            + recordedOutcome().get());
      }
    }
  }

  /**
   * What the generated {@link VoteRecord.Builder} adds to its setters: bridges for code written
   * against an earlier release.
   */
  abstract static class Builder {
    Builder() {}

    /**
     * Adds a recorded veto cast.
     *
     * @param element a member recorded as casting a veto
     * @return this builder
     */
    public abstract VoteRecord.Builder addRecordedVetoCasts(MemberState element);

    /**
     * Adds recorded veto casts.
     *
     * @param elements members recorded as casting a veto
     * @return this builder
     */
    public abstract VoteRecord.Builder addRecordedVetoCasts(MemberState... elements);

    /**
     * Sets the recorded veto casts, replacing any added before.
     *
     * @param elements the members recorded as casting a veto
     * @return this builder
     */
    public abstract VoteRecord.Builder recordedVetoCasts(Iterable<? extends MemberState> elements);

    /**
     * Adds recorded veto casts.
     *
     * @param elements members recorded as casting a veto
     * @return this builder
     */
    public abstract VoteRecord.Builder addAllRecordedVetoCasts(Iterable<? extends MemberState> elements);

    /**
     * Adds a recorded veto cast, under the name 0.1 gave it.
     *
     * @param element a member recorded as casting a veto
     * @return this builder
     * @deprecated since 0.2.0, for removal: use {@link #addRecordedVetoCasts(MemberState)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public VoteRecord.Builder addRecordedVetoes(MemberState element) {
      return addRecordedVetoCasts(element);
    }

    /**
     * Adds recorded veto casts, under the name 0.1 gave them.
     *
     * @param elements members recorded as casting a veto
     * @return this builder
     * @deprecated since 0.2.0, for removal: use {@link #addRecordedVetoCasts(MemberState...)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public VoteRecord.Builder addRecordedVetoes(MemberState... elements) {
      return addRecordedVetoCasts(elements);
    }

    /**
     * Sets the recorded veto casts, under the name 0.1 gave them.
     *
     * @param elements the members recorded as casting a veto
     * @return this builder
     * @deprecated since 0.2.0, for removal: use {@link #recordedVetoCasts(Iterable)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public VoteRecord.Builder recordedVetoes(Iterable<? extends MemberState> elements) {
      return recordedVetoCasts(elements);
    }

    /**
     * Adds recorded veto casts, under the name 0.1 gave them.
     *
     * @param elements members recorded as casting a veto
     * @return this builder
     * @deprecated since 0.2.0, for removal: use {@link #addAllRecordedVetoCasts(Iterable)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public VoteRecord.Builder addAllRecordedVetoes(Iterable<? extends MemberState> elements) {
      return addAllRecordedVetoCasts(elements);
    }
  }
}
