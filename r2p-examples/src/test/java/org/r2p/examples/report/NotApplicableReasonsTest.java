package org.r2p.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.rules.Condition;
import org.r2p.rules.Finding;
import org.r2p.rules.R2pRules;
import org.r2p.rules.Ternary;
import org.r2p.rules.Verdict;

/**
 * The report groups the NOT_APPLICABLE findings on the vetoes since 2015 by every condition
 * each found definitely FALSE, per instrument: checked against the findings the library
 * computes for each cast, counted here independently of the report.
 */
final class NotApplicableReasonsTest {
  final R2pDatasets data = R2pDatasets.bundled();
  final R2pRules rules = data.rules();
  final HistoryReport report = HistoryReport.of(data, rules);

  /** instrument → set of FALSE condition names → casts, from the library's own findings. */
  Map<Instrument, Map<List<String>, Integer>> expected() {
    Map<Instrument, Map<List<String>, Integer>> m = new HashMap<>();
    for (VoteRecord r : data.vetoes()) {
      if (r.date().isBefore(HistoryReport.REASONS_SINCE)) {
        continue;
      }
      for (MemberState s : r.recordedVetoCasts()) {
        for (Finding f : rules.check(r, Vote.of(s, VotePosition.NO), org.r2p.rules.whatif.WhatIf.of(rules).decision(r))) {
          if (f.verdict() != Verdict.NOT_APPLICABLE) {
            continue;
          }
          List<String> falses = new ArrayList<>();
          for (Condition c : f.explanation().conditions()) {
            if (c.result() == Ternary.FALSE) {
              falses.add(c.name());
            }
          }
          m.computeIfAbsent(f.instrument(), k -> new HashMap<>()).merge(falses, 1, Integer::sum);
        }
      }
    }
    return m;
  }

  @Test
  void groupsEveryCastSince2015ByTheFullSetOfFalseConditions() {
    Map<Instrument, Map<List<String>, Integer>> expected = expected();
    Map<Instrument, Map<List<String>, Integer>> actual = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (HistoryReport.ReasonGroup g : report.notApplicableByReasons()) {
      assertThat(keys.add(g.instrument() + " " + g.reasons())).as("one group per set of reasons").isTrue();
      assertThat(g.casts()).allMatch(c -> !c.record().date().isBefore(HistoryReport.REASONS_SINCE));
      actual.computeIfAbsent(g.instrument(), k -> new HashMap<>()).put(g.reasons(), g.casts().size());
    }
    assertThat(actual).isEqualTo(expected).isNotEmpty();
    // every reason, not the first: some group names more than one false condition
    assertThat(report.notApplicableByReasons()).anyMatch(g -> g.reasons().size() > 1);
  }

  @Test
  void theMarkdownAndTheCsvCarryEachGroup(@TempDir Path dir) throws Exception {
    report.writeTo(dir);
    String md = Files.readString(dir.resolve("report.md"));
    List<String> csv = Files.readAllLines(dir.resolve("not_applicable_reasons.csv"));
    assertThat(csv.get(0)).isEqualTo("instrument,reasons,casts,vetoes");
    List<HistoryReport.ReasonGroup> groups = report.notApplicableByReasons();
    assertThat(csv).hasSize(groups.size() + 1);
    for (HistoryReport.ReasonGroup g : groups) {
      assertThat(md).contains("| " + g.instrument().shortName() + " | " + g.label() + " | " + g.casts().size() + " | ");
      assertThat(csv).anyMatch(l -> l.startsWith(g.instrument().name() + "," + HistoryReport.csv(g.label()) + ","
          + g.casts().size() + ","));
    }
  }
}
