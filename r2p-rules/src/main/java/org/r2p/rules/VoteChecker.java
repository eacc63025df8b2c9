package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Council;
import org.r2p.core.CouncilHistory;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * What {@link R2pRules} asks about one record or one vote at a time: a record's Charter
 * decision, a double veto, and one vote checked against every commitment rule. Package-private;
 * immutable and thread-safe.
 */
final class VoteChecker {
  private final CouncilHistory history;
  private final CommitmentRegistry registry;
  private final Interpretation interpretation;
  private final List<CommitmentRule> rules;

  VoteChecker(CouncilHistory history, CommitmentRegistry registry, Interpretation interpretation,
      List<CommitmentRule> rules) {
    this.history = history;
    this.registry = registry;
    this.interpretation = interpretation;
    this.rules = rules;
  }

  /** A record's Charter decision; from the veto list alone where the record has no per-member votes. */
  CharterDecision decide(VoteRecord record) {
    Council council = history.councilOn(record.date());
    return record.knownOnlyFromVetoList() ? Article27.inferFromVetoes(record, council)
        : Article27.decide(record, council, interpretation);
  }

  /** Both decisions, if the first record is a preliminary question on the draft voted the same day. */
  Optional<DoubleVeto> doubleVeto(VoteRecord preliminaryQuestion, VoteRecord draft, Council council) {
    Proposal q = preliminaryQuestion.proposal();
    boolean onThisDraft = q.kind() == ProposalKind.PRELIMINARY_QUESTION
        && q.relatesTo().isPresent() && q.relatesTo().equals(draft.proposal().symbol())
        && preliminaryQuestion.date().equals(draft.date());
    return onThisDraft
        ? Optional.of(DoubleVeto.decide(preliminaryQuestion, draft, council, interpretation))
        : Optional.empty();
  }

  /** A single vote without the other votes, taken as hypothetical. */
  List<Finding> check(MemberState state, VotePosition position, Proposal proposal, LocalDate date) {
    return check(new VoteContext(state, position, proposal, date, history.councilOn(date), registry,
        interpretation, Optional.empty(), true));
  }

  /** One state's vote as it stands in a record, or its recorded veto where the record has no votes. */
  List<Finding> check(VoteRecord record, MemberState state) {
    Council council = history.councilOn(record.date());
    Optional<VotePosition> p = record.positionOf(state);
    if (p.isPresent()) {
      Vote v = record.byMember().get(state);
      return check(record, council, decide(record), v, record.isHypothetical(v));
    }
    if (record.recordedVetoCasts().contains(state)) {
      return check(record, council, Article27.inferFromVetoes(record, council), Vote.of(state, VotePosition.NO),
          record.hypothetical());
    }
    return List.of();
  }

  /** One vote of a record, given the record's decision. */
  List<Finding> check(VoteRecord record, Vote vote, CharterDecision decision) {
    return check(record, history.councilOn(record.date()), decision, vote, record.isHypothetical(vote));
  }

  private List<Finding> check(VoteRecord record, Council council, CharterDecision decision, Vote v,
      boolean hypothetical) {
    return check(new VoteContext(v.member(), v.position(), record.proposal(), record.date(), council, registry,
        interpretation, Optional.of(decision), hypothetical));
  }

  private List<Finding> check(VoteContext ctx) {
    List<Finding> out = new ArrayList<>(rules.size());
    for (CommitmentRule r : rules) {
      out.add(r.check(ctx));
    }
    return out;
  }
}
