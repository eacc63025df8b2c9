package org.r2p.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import org.r2p.json.R2pDatasets;
import org.r2p.json.SourcedAssessment;
import org.r2p.rules.Verdict;

/**
 * The monitor of the Council's votes on atrocity drafts, against the bundled rows: every
 * elected member's NO or abstention on a draft assessed YES or CONTESTED, 2016–2025, listed
 * with its verdict and reason; the named supporters and unknowns per draft.
 */
final class MonitorTest {
  final R2pDatasets data = R2pDatasets.bundled();
  final HistoryReport report = HistoryReport.of(data, data.rules());
  final Monitor monitor = report.monitor();

  static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);

  /** Counted from the bundled files: the elected members' NO votes and abstentions on drafts assessed YES or CONTESTED. */
  List<String> expected() {
    Set<String> assessed = data.sourcedAssessments().stream()
        .filter(a -> a.aimsToEndOrPrevent().equals("YES") || a.aimsToEndOrPrevent().equals("CONTESTED"))
        .map(SourcedAssessment::vetoId).collect(Collectors.toSet());
    return data.vetoes().stream()
        .filter(r -> assessed.contains(r.id().orElse("")) && !r.date().isBefore(FROM) && !r.date().isAfter(TO))
        .flatMap(r -> r.votes().stream()
            .filter(v -> (v.position() == VotePosition.NO || v.position() == VotePosition.ABSTAIN)
                && PermanentSeat.heldBy(v.member(), r.date()).isEmpty())
            .map(v -> key(r, v)))
        .collect(Collectors.toList());
  }

  static String key(VoteRecord r, Vote v) {
    return r.id().orElseThrow() + " " + v.member().code() + " " + v.position();
  }

  @Test
  void everyElectedNoOrAbstentionOnAYesOrContestedDraft_2016to2025_withItsVerdictAndReason() {
    List<Monitor.Row> rows = monitor.electedNoOrAbstention(FROM, TO);
    assertThat(rows).extracting(x -> key(x.record(), x.vote())).containsExactlyElementsOf(expected()).isNotEmpty();
    String md = report.markdown();
    assertThat(md).contains("## Monitor: the Council's votes on atrocity drafts");
    for (Monitor.Row x : rows) {
      assertThat(x.findings()).hasSize(4);
      // the verdict and the reason are shown on the vote's line
      assertThat(md).contains("| " + x.record().date() + " | " + x.record().proposal().label() + " | " + x.aim() + " | "
          + x.vote().member().name() + " | " + x.vote().position() + " | " + x.standing().label() + " | "
          + x.code().verdict() + " | " + x.code().explanation().reason().replace("|", "/"));
      // a NO or an abstention is never a Code breach by a state whose status is unknown
      if (x.standing() == Monitor.CodeStanding.UNKNOWN) {
        assertThat(x.code().verdict()).isNotEqualTo(Verdict.BREACH);
      }
    }
    // an abstention cannot breach the letter of the Code (Q1 LETTER): a definite no
    assertThat(rows).filteredOn(x -> x.vote().position() == VotePosition.ABSTAIN)
        .allSatisfy(x -> assertThat(x.code().verdict()).isIn(Verdict.NO_BREACH, Verdict.CONSISTENT, Verdict.NOT_APPLICABLE));
  }

  @Test
  void namedSupportersAndUnknownsPerDraft() {
    // every vote of every assessed draft with votes, each with its standing
    long votes = data.vetoes().stream().filter(r -> r.proposal().atrocityAim().isPresent())
        .mapToLong(r -> r.votes().size()).sum();
    assertThat(monitor.rows()).hasSize((int) votes);
    // France and the UK are named supporters whenever they sat after the launch
    assertThat(monitor.rows()).filteredOn(x -> !x.record().date().isBefore(LocalDate.of(2015, 10, 23))
            && (x.vote().member().code().equals("FRA") || x.vote().member().code().equals("GBR")))
        .isNotEmpty().allSatisfy(x -> assertThat(x.standing()).isEqualTo(Monitor.CodeStanding.SUPPORTER));
    assertThat(monitor.rows()).anySatisfy(x -> assertThat(x.standing()).isEqualTo(Monitor.CodeStanding.UNKNOWN));
    assertThat(monitor.markdown()).contains("named Code supporters:").contains("status unknown:");
    // the CSV: one row per vote
    assertThat(monitor.csv().lines()).hasSize(1 + monitor.rows().size());
  }
}
