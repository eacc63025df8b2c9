package org.r2p.consumer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.MemberStates;
import org.r2p.core.Proposal;
import org.r2p.core.Situation;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import org.r2p.json.R2pModule;
import org.r2p.json.RecordResult;
import org.r2p.json.ReviewWriter;
import org.r2p.json.ValidationResult;
import org.r2p.json.VoteRecordValidator;
import org.r2p.rules.CharterDecision;
import org.r2p.rules.Interpretation;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Review;
import org.r2p.rules.Screening;
import org.r2p.rules.Verdict;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java examples of the README and of the pages under docs/, each between {@code readme:NAME}
 * markers that a test of the r2p build compares with those pages, run one after the other; each checks what it got and the
 * program fails (exit status 1) on the first surprise.
 */
public final class Readme {
  private Readme() {}

  /**
   * Runs every example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    VoteRecord record = quickStart();
    screen(record);
    interpretation(record);
    whatIf();
    whatIfUnitedStatesAbstains();
    String json = R2pJson.mapper().writeValueAsString(record);
    jackson(json);
    validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    stream(new ByteArrayInputStream((json.replace("\n", "") + "\n" + json.replace("\n", "") + "\n")
        .getBytes(StandardCharsets.UTF_8)));
    System.out.println("consumer: every README and docs/ example ran as documented");
  }

  static VoteRecord quickStart() {
    // readme:quick-start:begin
    R2pRules rules = R2pDatasets.bundled().rules();
    LocalDate day = LocalDate.of(2014, 5, 22);
    VoteRecord.Builder vote = VoteRecord.builder().date(day)
        .proposal(Proposal.builder().symbol(DocumentSymbol.parse("S/2014/348")).date(day).subject("Syria: ICC referral").build());
    rules.councilOn(day).members().forEach(m -> vote.addVotes(Vote.of(m, VotePosition.YES)));
    VoteRecord record = vote.build().withVote(MemberStates.CHINA, VotePosition.NO).withVote(MemberStates.RUSSIAN_FEDERATION, VotePosition.NO);
    CharterDecision decision = rules.decide(record);
    System.out.println(decision.outcome() + ": " + decision.explanation().paragraph());
    // readme:quick-start:end
    expect(decision.outcome() + ": " + decision.explanation().paragraph(),
        "FAILED_VETO: S/2014/348 was put to the vote on 2014-05-22: 13-2-0.",
        "(vetoed by China and Russian Federation).");
    return record;
  }

  static void screen(VoteRecord record) {
    R2pRules rules = R2pDatasets.bundled().rules();
    // readme:screen:begin
    Screening s = rules.screen(record);
    if (s.count(Verdict.BREACH) > 0) {
      Review why = rules.review(record); // the same verdicts, each with its explanation
    }
    // readme:screen:end
    expect(s.count(Verdict.BREACH) + " " + rules.review(record).findings().stream()
        .filter(f -> f.verdict() == Verdict.BREACH).count(), "0 0", "");
  }

  static void interpretation(VoteRecord record) {
    // readme:interpretation:begin
    R2pRules spirit = R2pDatasets.bundled().rules()
        .withInterpretation(Interpretation.defaults().withAbstention(Interpretation.AbstentionReading.SPIRIT));
    // readme:interpretation:end
    expect(spirit.interpretation().abstention() + " " + spirit.councilOn(record.date()).members().size()
        + " " + (R2pDatasets.bundled().rules() == R2pDatasets.bundled().rules()), "SPIRIT 15 true", "");
  }

  static void whatIf() {
    // readme:what-if:begin
    R2pDatasets data = R2pDatasets.bundled();
    HistoryRun run = WhatIf.of(data.rules()).runAll(data.vetoes(),
        Scenario.permanentRestraintOnAtrocityDrafts(LocalDate.of(2007, 1, 1)));
    run.changed().forEach(c -> System.out.println(c.record().proposal().label() + " " + c.flippedBy()));
    // S/2011/24 [USA NO->ABSTAIN]
    // S/2011/612 [CHN NO->ABSTAIN, RUS NO->ABSTAIN]
    // ... 16 drafts in all, the last S/2025/583 [USA NO->ABSTAIN]
    // readme:what-if:end
    expect(run.changed().stream().map(c -> c.record().proposal().label() + " " + c.flippedBy())
        .collect(Collectors.joining("\n")),
        "S/2011/24 [USA NO->ABSTAIN]\nS/2011/612 [CHN NO->ABSTAIN, RUS NO->ABSTAIN]\n", "S/2025/583 [USA NO->ABSTAIN]");
    expect(Integer.toString(run.changed().size()), "16", "");
  }

  static void whatIfUnitedStatesAbstains() {
    R2pDatasets data = R2pDatasets.bundled();
    // readme:what-if-us:begin
    Scenario usAbstains = Scenario.vote(r -> r.proposal().concerns(Situation.ISRAEL_PALESTINE)
        && r.date().getYear() >= 2000, MemberStates.UNITED_STATES, VotePosition.ABSTAIN);
    HistoryRun usRun = WhatIf.of(data.rules()).runAll(data.vetoes(), usAbstains);
    usRun.changed().forEach(c -> System.out.println(c.record().proposal().label() + " " + c.scenarioOutcome()));
    // S/2001/270 ADOPTED
    // ... 20 drafts in all, the last S/2025/583 ADOPTED
    // readme:what-if-us:end
    expect(usRun.changed().stream().map(c -> c.record().proposal().label() + " " + c.scenarioOutcome())
        .collect(Collectors.joining("\n")), "S/2001/270 ADOPTED\n", "S/2025/583 ADOPTED");
    expect(Integer.toString(usRun.changed().size()), "20", "");
  }

  static void jackson(String json) {
    // readme:jackson:begin
    JsonMapper mapper = JsonMapper.builder().addModule(new R2pModule()).build();   // or .findAndAddModules()
    VoteRecord record = mapper.readValue(json, VoteRecord.class);
    String out = mapper.writeValueAsString(record);
    // readme:jackson:end
    expect(String.valueOf(mapper.readValue(out, VoteRecord.class).equals(record)), "true", "");
  }

  static void validate(InputStream inputStream) {
    // readme:validate:begin
    ValidationResult result = VoteRecordValidator.builder()
        .checkOutcomes()   // optional: outcome warnings
        .build()
        .validate(inputStream);
    result.records();    // the valid records
    result.problems();   // each with pointer(), code(), message(), severity(), record(), line()
    // readme:validate:end
    expect(result.records().size() + " " + result.problems(), "1 []", "");
  }

  static void stream(InputStream inputStream) {
    R2pDatasets data = R2pDatasets.bundled();
    R2pRules rules = R2pRules.builder().councilHistory(data.councilHistory()).registry(data.commitments()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // readme:stream:begin
    VoteRecordValidator validator = VoteRecordValidator.builder().build();
    try (Stream<RecordResult> results = validator.stream(inputStream, "votes.ndjson");
        ReviewWriter writer = ReviewWriter.lines(out)) {   // one review per line, as it goes
      results.forEach(r -> {
        r.problems().forEach(System.err::println);
        r.record().ifPresent(record -> writer.write(rules.review(record)));
      });
    }
    // readme:stream:end
    expect(String.valueOf(out.toString(StandardCharsets.UTF_8).lines().count()), "2", "");
  }

  static void expect(String got, String start, String end) {
    if (!got.startsWith(start) || !got.endsWith(end)) {
      throw new IllegalStateException("expected \"" + start + "...\" ending \"" + end + "\", got: " + got);
    }
  }
}
