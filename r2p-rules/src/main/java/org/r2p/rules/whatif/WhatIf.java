package org.r2p.rules.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.r2p.core.Classification;
import org.r2p.core.Council;
import org.r2p.core.MemberState;
import org.r2p.core.Outcome;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Article27;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Explanation;
import org.r2p.rules.R2pRules;

/**
 * Runs scenarios over records and compares them with what happened.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(rules);
 * RecordComparison c = whatIf.run(record, Scenario.vote(symbol, MemberStates.RUSSIAN_FEDERATION, VotePosition.ABSTAIN));
 * HistoryRun run = whatIf.runAll(R2pDatasets.bundled().vetoes(), Scenario.fullCompliance());
 * run.changed().forEach(x -> System.out.println(x.record().proposal().label()));
 * }</pre>
 *
 * <p>Records with per-member votes are decided by Article 27 ({@link Basis#DECIDED}). Records
 * that have only the vetoing members (most vetoes before 1993) are compared on those votes
 * alone ({@link Basis#INFERRED}): a scenario can change the vetoers' NO; once no vetoer votes
 * NO, the draft is adopted, since a veto implies the required affirmative votes.
 *
 * <p>Immutable and thread-safe.
 */
public final class WhatIf {
  private final R2pRules rules;

  private WhatIf(R2pRules rules) {
    this.rules = rules;
  }

  /**
   * A runner with these rules.
   *
   * @param rules the rules (history, registry, interpretation)
   * @return the runner
   */
  public static WhatIf of(R2pRules rules) {
    return new WhatIf(Objects.requireNonNull(rules, "rules"));
  }

  /** @return the rules */
  public R2pRules rules() {
    return rules;
  }

  /**
   * Whether a record has a vote by every member of the Council on its date.
   *
   * @param record the record
   * @param council the Council
   * @return true if the votes are complete
   */
  static boolean complete(VoteRecord record, Council council) {
    return record.votes().size() >= council.nominalSize() && record.hasVoteOfEachMember(council);
  }

  /**
   * The record's decision as the baseline of a comparison: by Article 27 where every member's
   * vote is known, else inferred from the recorded veto casts.
   *
   * @param record the record
   * @return the decision
   */
  public CharterDecision decision(VoteRecord record) {
    Council council = rules.councilOn(record.date());
    boolean decided = decided(record, council);
    return decide(decided ? record : vetoersOnly(record), council, decided);
  }

  /** Whether a record is decided by Article 27 (every vote known) or inferred from its vetoes. */
  private static boolean decided(VoteRecord record, Council council) {
    return complete(record, council) || record.recordedVetoCasts().isEmpty();
  }

  /** A record as a comparison reads it, and the scenario's record made from it. */
  private record Applied(boolean decided, VoteRecord working, ScenarioContext ctx, VoteRecord changed) {}

  /**
   * Applies a scenario to a record: decided by Article 27 where every vote is known, else by
   * its vetoers' votes (the baseline of the comparison).
   */
  private Applied apply(VoteRecord record, Scenario scenario) {
    Council council = rules.councilOn(record.date());
    boolean decided = decided(record, council);
    VoteRecord working = decided ? record : vetoersOnly(record);
    ScenarioContext ctx = new ScenarioContext(rules, council, decide(working, council, decided));
    return new Applied(decided, working, ctx, scenario.apply(working, ctx));
  }

  /**
   * Runs a scenario on one record.
   *
   * @param record the record
   * @param scenario the scenario
   * @return the comparison
   */
  public RecordComparison run(VoteRecord record, Scenario scenario) {
    Applied a = apply(record, scenario);
    Council council = a.ctx().council();
    boolean decided = a.decided();
    VoteRecord working = a.working();
    CharterDecision baseline = a.ctx().baseline();
    ScenarioContext ctx = a.ctx();
    VoteRecord changed = a.changed();
    List<VoteChange> changes = new ArrayList<>();
    for (VoteChange ch : changes(working, changed)) {
      Optional<String> why = working.votes().stream().filter(v -> v.member().equals(ch.member())).findFirst()
          .flatMap(v -> scenario.reason(working, v, ctx));
      changes.add(why.map(ch::withReason).orElse(ch));
    }
    CharterDecision after = changes.isEmpty() ? baseline : decide(changed, council, decided);
    List<VoteChange> flipped = new ArrayList<>();
    if (after.outcome() != baseline.outcome()) {
      for (VoteChange ch : changes) {
        VoteRecord reverted = changed.withVote(ch.member(), ch.from());
        if (decide(reverted, council, decided).outcome() == baseline.outcome()) {
          flipped.add(ch);
        }
      }
    }
    return RecordComparison.builder()
        .record(record)
        .basis(decided ? Basis.DECIDED : Basis.INFERRED)
        .baseline(baseline)
        .scenario(after)
        .changes(changes)
        .flippedBy(flipped)
        .build();
  }

  /**
   * The findings under a scenario on the votes of a record that the scenario changed or that
   * cast a veto in the scenario's decision: each vote of the scenario's record checked by the
   * scenario's rules ({@link Scenario#rules}: its commitments, for universal-code and adheres)
   * against the scenario's decision, every instrument's finding. A record known only from its
   * veto list is judged as {@link #run} compares it, by its vetoers' votes.
   *
   * @param record the record
   * @param scenario the scenario
   * @return the findings, in the order of the votes, then of the rules
   */
  public List<org.r2p.rules.Finding> scenarioFindings(VoteRecord record, Scenario scenario) {
    Applied a = apply(record, scenario);
    VoteRecord changed = a.changed();
    CharterDecision after = changed == a.working() ? a.ctx().baseline() : decide(changed, a.ctx().council(), a.decided());
    R2pRules judge = scenario.rules(a.working(), a.ctx());
    List<org.r2p.rules.Finding> out = new ArrayList<>();
    for (Vote v : changed.votes()) {
      boolean moved = a.working().votes().stream()
          .anyMatch(w -> w.member().equals(v.member()) && w.position() != v.position());
      if (moved || after.vetoCasts().contains(v.member())) {
        out.addAll(judge.check(changed, v, after));
      }
    }
    return out;
  }

  /**
   * Runs a scenario on every record, in order.
   *
   * @param records the records
   * @param scenario the scenario
   * @return the run
   */
  public HistoryRun runAll(List<VoteRecord> records, Scenario scenario) {
    List<RecordComparison> out = new ArrayList<>(records.size());
    for (VoteRecord r : records) {
      out.add(run(r, scenario));
    }
    return HistoryRun.builder()
        .scenario(scenario.name())
        .description(scenario.description())
        .interpretation(rules.interpretation().describe())
        .comparisons(out)
        .build();
  }

  private CharterDecision decide(VoteRecord r, Council council, boolean decided) {
    return decided ? Article27.decide(r, council, rules.interpretation()) : Article27.inferFromVetoes(r, council);
  }

  private static List<VoteChange> changes(VoteRecord before, VoteRecord after) {
    List<VoteChange> out = new ArrayList<>();
    for (Vote v : after.votes()) {
      VotePosition old = before.positionOf(v.member()).orElse(VotePosition.ABSENT);
      if (old != v.position()) {
        out.add(VoteChange.of(v.member(), old, v.position()));
      }
    }
    return out;
  }

  /** The record reduced to what a veto list knows: each vetoer voted NO. */
  static VoteRecord vetoersOnly(VoteRecord record) {
    List<Vote> votes = new ArrayList<>();
    for (MemberState m : record.recordedVetoCasts()) {
      votes.add(Vote.of(m, VotePosition.NO));
    }
    return record.withVotes(votes);
  }
}
