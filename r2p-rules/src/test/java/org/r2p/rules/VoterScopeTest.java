package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.r2p.core.Council;
import org.r2p.core.MemberState;
import org.r2p.core.Proposal;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Interpreter.StepRule;
import org.r2p.rules.RuleLanguage.Facts;
import org.r2p.rules.RuleLanguage.Step;

/**
 * The VOTER steps of a rule are decided once per state and date and kept with the day's voter
 * for the rules that asked. Two laws make that sound: a VOTER step reads nothing of the vote
 * but its state and date (neither the position nor the proposal); and results kept for one
 * set of rules are never taken for another's, however the rules that share a day's table
 * alternate.
 */
final class VoterScopeTest {

  @Test
  void aVoterStep_readsNeitherThePositionNorTheProposal() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      R2pRules rules = R2pRules.builder().councilHistory(ScreeningPropertiesTest.history(r))
          .registry(ScreeningPropertiesTest.registry(r)).interpretation(ScreeningPropertiesTest.interpretation(r)).build();
      VoteRecord record = ScreeningPropertiesTest.record(r);
      Proposal other = ScreeningPropertiesTest.record(r).proposal();
      Council council = rules.councilOn(record.date());
      for (Vote v : record.votes()) {
        Facts cast = Facts.of(VoteContext.inRecord(record, v, council, rules.registry(), rules.interpretation(),
            rules.decide(record)));
        VotePosition position = ScreeningPropertiesTest.pick(r, VotePosition.values());
        Facts otherwise = Facts.of(new VoteContext(v.member(), position, other, record.date(), council,
            rules.registry(), rules.interpretation(), Optional.empty()));
        for (StepRule rule : KleeneLawsTest.RULES) {
          for (Step s : rule.steps().applying(Step.Scope.VOTER)) {
            assertThat(s.test().test(otherwise)).as(rule.steps().rule() + " " + s.id() + " " + v)
                .isEqualTo(s.test().test(cast));
          }
        }
      }
    });
  }

  @Test
  void rulesSharingADay_neverTakeEachOthersVoterResults() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      org.r2p.core.CouncilHistory history = ScreeningPropertiesTest.history(r);
      R2pRules first = R2pRules.builder().councilHistory(history)
          .registry(ScreeningPropertiesTest.registry(r)).interpretation(ScreeningPropertiesTest.interpretation(r)).build();
      Interpretation otherReading = ScreeningPropertiesTest.interpretation(r);
      // a copy under another reading shares the first's per-date table
      R2pRules second = first.withInterpretation(otherReading);
      R2pRules alone = R2pRules.builder().councilHistory(history).registry(first.registry())
          .interpretation(otherReading).build();
      VoteRecord record = ScreeningPropertiesTest.record(r);
      List<Verdict> firstBefore = first.screen(record).verdicts();
      assertThat(second.screen(record).verdicts()).isEqualTo(alone.screen(record).verdicts());
      assertThat(first.screen(record).verdicts()).isEqualTo(firstBefore);
      assertThat(first.review(record).findings().stream().map(Finding::verdict).toList()).isEqualTo(firstBefore);
      assertThat(second.review(record).findings().stream().map(Finding::verdict).toList())
          .isEqualTo(alone.screen(record).verdicts());
      for (Vote v : record.votes()) {
        MemberState s = v.member();
        assertThat(first.check(record, v, first.decide(record)).stream().map(Finding::verdict).toList())
            .as(s.code()).isEqualTo(first.screen(record).verdictsOn(v));
      }
    });
  }
}
