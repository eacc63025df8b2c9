package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.Instrument;
import org.r2p.core.Outcome;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Steps;

/**
 * What {@link R2pRules} hands a record to: it works out the occasion of the record's votes
 * (the day's Council and voters, and what the outcome turned on), gives it to the
 * interpreter's {@link Interpreter.Plan}, which runs every rule written as steps, asks the
 * other rules vote by vote, and makes the findings and the review from the results.
 * Package-private; immutable and thread-safe. Its parts: what {@link #of} was given, each rule
 * written as steps at its index (null for the others, asked vote by vote), and the rules' steps
 * arranged for the interpreter's pass over a record.
 */
record Reviewer(CommitmentRegistry registry, Interpretation interpretation, WorkingDayCalendar calendar,
    Function<VoteRecord, Ternary> emergencySession, List<CommitmentRule> rules, CouncilDays days,
    Function<VoteRecord, CharterDecision> decide, @Nullable StepRule[] stepRules, Interpreter.Plan plan) {

  /**
   * @param registry who is committed to what, when
   * @param interpretation the answers to the interpretation questions
   * @param calendar the working days, for the General Assembly's deadline
   * @param emergencySession whether a record's veto fell while an emergency special session was seized
   * @param rules the commitment rules, in the order of each vote's verdicts
   * @param days each date's Council and standings
   * @param decide a record's Charter decision, as the rules make it
   * @return the reviewer, with each rule written as steps arranged for the interpreter's pass
   */
  static Reviewer of(CommitmentRegistry registry, Interpretation interpretation, WorkingDayCalendar calendar,
      Function<VoteRecord, Ternary> emergencySession, List<CommitmentRule> rules, CouncilDays days,
      Function<VoteRecord, CharterDecision> decide) {
    StepRule[] stepRules = new StepRule[rules.size()];
    List<@Nullable Steps> steps = new ArrayList<>(rules.size());
    for (int r = 0; r < rules.size(); r++) {
      stepRules[r] = rules.get(r) instanceof StepRule ? (StepRule) rules.get(r) : null;
      steps.add(stepRules[r] == null ? null : stepRules[r].steps());
    }
    return new Reviewer(registry, interpretation, calendar, emergencySession, rules, days, decide, stepRules,
        new Interpreter.Plan(steps, new VoterStepsKey(rules, interpretation)));
  }

  /**
   * What the VOTER step results kept with a voter were decided for. Rules and interpretation
   * decide them, with the voter's own standing and seat on its date.
   */
  private record VoterStepsKey(List<CommitmentRule> rules, Interpretation interpretation) {}

  /**
   * Every rule's verdict on every vote of a record, with no finding built.
   *
   * @param record the record
   * @param out where the verdicts go, vote-major, {@code votes × rules}
   * @return the outcome Article 27 gives
   */
  Outcome screen(VoteRecord record, Verdict[] out) {
    CouncilDays.Day day = days.on(record.date());
    List<Vote> votes = record.votes();
    CouncilDays.Voter[] voters = voters(day, votes);
    CharterDecision inferred = record.knownOnlyFromVetoList() ? Article27.inferFromVetoes(record, day.council) : null;
    IntPredicate permanent = i -> voters[i].permanent();
    Article27.Count count = inferred != null ? Article27.Count.of(inferred)
        : Article27.count(Article27.threshold(day.council, interpretation), Article27.classification(record),
            record.modality(), votes, permanent, Article27.missing(day.council, record.modality(), votes, permanent),
            record.reportedTally().orElse(null));
    Facts.Occasion occasion = new Facts.Occasion(record.proposal(), record.date(), day, registry, interpretation,
        count, inferred);
    plan.run(occasion, votes, voters, false, out, null, false);
    int columns = rules.size();
    CharterDecision decision = null;
    for (int r = 0; r < columns; r++) {
      if (stepRules[r] == null) {
        decision = decision != null ? decision : decide.apply(record);
        CommitmentRule rule = rules.get(r);
        for (int i = 0; i < votes.size(); i++) {
          out[i * columns + r] = rule.verdict(VoteContext.inRecord(record, votes.get(i), day.council, registry,
              interpretation, decision));
        }
      }
    }
    return count.outcome();
  }

  /**
   * Whether a proposal is within an instrument's scope, by the scope steps of the rule that
   * applies it.
   *
   * @throws IllegalArgumentException if no rule written as steps applies the instrument
   */
  Ternary withinScope(Instrument instrument, Proposal proposal, LocalDate date) {
    for (StepRule s : stepRules) {
      if (s != null && s.instrument() == instrument) {
        return RuleLanguage.all(s.steps().scope(),
            Facts.ofProposal(proposal, date, days.on(date), registry, interpretation));
      }
    }
    throw new IllegalArgumentException("instrument: no commitment rule of these rules applies " + instrument.name());
  }

  private static CouncilDays.Voter[] voters(CouncilDays.Day day, List<Vote> votes) {
    CouncilDays.Voter[] voters = new CouncilDays.Voter[votes.size()];
    for (int i = 0; i < voters.length; i++) {
      voters[i] = day.voter(votes.get(i).member());
    }
    return voters;
  }

  /**
   * A record reviewed: its decision, the findings wanted, the discrepancies and the GA debate.
   *
   * @param record the record
   * @param notApplicable whether to build the NOT_APPLICABLE findings too
   * @return the review
   */
  Review review(VoteRecord record, boolean notApplicable) {
    CouncilDays.Day day = days.on(record.date());
    List<Vote> votes = record.votes();
    CouncilDays.Voter[] voters = voters(day, votes);
    CharterDecision decision = record.knownOnlyFromVetoList() ? Article27.inferFromVetoes(record, day.council)
        : Article27.decide(record, day.council, interpretation, i -> voters[i].member(), i -> voters[i].permanent());
    Facts.Occasion occasion = new Facts.Occasion(record.proposal(), record.date(), day, registry, interpretation,
        Article27.Count.of(decision), decision);
    int columns = rules.size();
    Verdict[] verdicts = new Verdict[votes.size() * columns];
    // a vote keeps its facts and every step's result for the findings built: they are explained from them
    Interpreter.Kept[] kept = new Interpreter.Kept[votes.size()];
    plan.run(occasion, votes, voters, record.hypothetical(), verdicts, kept, notApplicable);
    List<Finding> findings = new ArrayList<>(notApplicable ? verdicts.length : columns);
    int omitted = 0;
    String label = record.proposal().label();
    for (int i = 0; i < votes.size(); i++) {
      Vote v = votes.get(i);
      for (int r = 0; r < columns; r++) {
        StepRule s = stepRules[r];
        Verdict verdict = verdicts[i * columns + r];
        if (s != null && !notApplicable && verdict == Verdict.NOT_APPLICABLE) {
          omitted++;
          continue;
        }
        Finding f;
        if (s != null) {
          f = s.finding(kept[i].facts(), kept[i].results()[r], label);
        } else {
          f = rules.get(r).check(VoteContext.inRecord(record, v, day.council, registry, interpretation, decision));
        }
        if (notApplicable || f.verdict() != Verdict.NOT_APPLICABLE) {
          findings.add(f);
        } else {
          omitted++;
        }
      }
    }
    return Review.builder()
        .record(record)
        .decision(decision)
        .findings(findings)
        .notApplicableOmitted(omitted)
        .discrepancies(Discrepancies.of(record, decision))
        .gaDebate(GaDebateRule.debate(record, decision, calendar, interpretation, emergencySession.apply(record)))
        .build();
  }
}
