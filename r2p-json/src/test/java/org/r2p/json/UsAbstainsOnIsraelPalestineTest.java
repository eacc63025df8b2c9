package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.Outcome;
import org.r2p.core.Situation;
import org.r2p.core.VotePosition;
import org.r2p.json.internal.CsvRows;
import org.r2p.rules.whatif.Basis;
import org.r2p.rules.whatif.HistoryRun;
import org.r2p.rules.whatif.RecordComparison;
import org.r2p.rules.whatif.Scenario;
import org.r2p.rules.whatif.WhatIf;

/**
 * Golden test of docs/research.md's what-if "the United States abstains on every Israel/Palestine
 * draft since 2000" on the bundled data. What should change is worked out here from the data
 * files themselves: the veto list and the situation table say which drafts the United States
 * alone vetoed, and the per-member votes say how many affirmative votes each would then have
 * had (Art. 27(3): nine, and no permanent member voting NO).
 */
final class UsAbstainsOnIsraelPalestineTest {
  private static final Set<String> PERMANENT = Set.of("CHN", "FRA", "RUS", "GBR", "USA");

  final R2pDatasets data = R2pDatasets.load();

  final HistoryRun run = WhatIf.of(data.rules()).runAll(data.vetoes(),
      Scenario.vote(r -> r.proposal().concerns(Situation.ISRAEL_PALESTINE) && r.date().getYear() >= 2000,
          MemberStates.UNITED_STATES, VotePosition.ABSTAIN));

  /** The veto list's rows on Israel/Palestine since 2000, by veto id. */
  private Map<String, CsvRows.Row> palestineSince2000() {
    Map<String, String> situation = new LinkedHashMap<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_veto_situations.csv")) {
      situation.put(r.get("veto_id"), r.get("situation"));
    }
    Map<String, CsvRows.Row> out = new LinkedHashMap<>();
    for (CsvRows.Row r : CsvRows.resource("unsc_vetoes.csv")) {
      if (situation.get(r.get("veto_id")).equals("ISRAEL_PALESTINE") && Integer.parseInt(r.get("year")) >= 2000) {
        out.put(r.get("veto_id"), r);
      }
    }
    return out;
  }

  /** The outcome by Art. 27(3) once the United States abstains, from the per-member votes. */
  private static Outcome withUsAbstaining(List<CsvRows.Row> votes) {
    int yes = 0;
    boolean permanentNo = false;
    for (CsvRows.Row v : votes) {
      String member = v.get("member_iso3");
      String vote = member.equals("USA") ? "A" : v.get("vote");
      yes += vote.equals("Y") ? 1 : 0;
      permanentNo |= vote.equals("N") && PERMANENT.contains(member);
    }
    return permanentNo ? Outcome.FAILED_VETO : yes >= 9 ? Outcome.ADOPTED : Outcome.FAILED_INSUFFICIENT_VOTES;
  }

  @Test
  void exactlyTheDraftsTheUnitedStatesAloneVetoedStopBeingVetoed() {
    Map<String, CsvRows.Row> rows = palestineSince2000();
    List<String> usAlone = rows.values().stream().filter(r -> r.get("vetoing_members_iso3").equals("USA"))
        .map(r -> r.get("veto_id")).collect(Collectors.toList());
    List<String> changed = run.changed().stream().map(c -> c.record().id().orElseThrow()).collect(Collectors.toList());
    assertThat(changed).isEqualTo(usAlone);
    assertThat(changed).hasSize(20);
    assertThat(run.changed()).allSatisfy(c -> {
      assertThat(c.baselineOutcome()).isEqualTo(Outcome.FAILED_VETO);
      assertThat(c.scenario().vetoed()).isFalse();
      assertThat(c.flippedBy()).extracting(ch -> ch.member().code() + " " + ch.from() + "->" + ch.to())
          .containsExactly("USA NO->ABSTAIN");
    });
    List<String> othersVetoed = new ArrayList<>(rows.keySet());
    othersVetoed.removeAll(usAlone);
    assertThat(othersVetoed).isNotEmpty();
    for (RecordComparison c : run.comparisons()) {
      if (othersVetoed.contains(c.record().id().orElseThrow())) {
        assertThat(c.scenarioOutcome()).as(c.record().id().orElseThrow()).isEqualTo(Outcome.FAILED_VETO);
      }
    }
  }

  @Test
  void eachUndoneDraftHasTheOutcomeItsOtherVotesGive() {
    Map<String, List<CsvRows.Row>> votesByDraft = new LinkedHashMap<>();
    for (CsvRows.Row v : CsvRows.resource("unsc_vetoed_draft_votes.csv")) {
      votesByDraft.computeIfAbsent(v.get("draft_symbol"), k -> new ArrayList<>()).add(v);
    }
    Map<String, CsvRows.Row> rows = palestineSince2000();
    int withVotes = 0;
    for (RecordComparison c : run.changed()) {
      CsvRows.Row row = rows.get(c.record().id().orElseThrow());
      List<CsvRows.Row> votes = votesByDraft.get(row.get("draft_symbol"));
      if (votes == null) {
        // no per-member votes (the 2023 amendment): only the veto is known, and a veto implies
        // the required affirmative votes
        assertThat(c.basis()).as(row.get("veto_id")).isEqualTo(Basis.INFERRED);
        assertThat(c.scenarioOutcome()).as(row.get("veto_id")).isEqualTo(Outcome.ADOPTED);
      } else {
        withVotes++;
        assertThat(c.scenarioOutcome()).as(row.get("veto_id") + " " + row.get("draft_symbol"))
            .isEqualTo(withUsAbstaining(votes));
      }
    }
    assertThat(withVotes).isEqualTo(19);
  }
}
