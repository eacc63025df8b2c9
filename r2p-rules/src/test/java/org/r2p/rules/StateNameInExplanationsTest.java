package org.r2p.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.AtrocityCrime;
import org.r2p.core.CouncilHistory;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/**
 * Explanations name a state as the Council history names it on the date, one source of names,
 * not with the name a record happened to carry (a state read by its code alone is named as the
 * JDK's locale data names it, e.g. "Congo - Kinshasa").
 */
final class StateNameInExplanationsTest {
  static final MemberState DRC = MemberState.of("COD", "Democratic Republic of the Congo");

  @Test
  void anElectedMemberIsNamedAsTheCouncilHistoryNamesIt() {
    MemberState asRead = MemberStates.byCode("COD").orElseThrow();
    List<MemberState> elected = new ArrayList<>(List.of(DRC));
    for (int k = 0; k < 9; k++) {
      elected.add(MemberState.of("E" + (char) ('A' + k) + "E", "Elected " + k));
    }
    R2pRules rules = R2pRules.builder()
        .councilHistory(CouncilHistory.of(elected.stream().map(m -> ElectedTerm.ofYear(m, 2017)).toList()))
        .registry(CommitmentRulesTest.REGISTRY).build();
    VoteRecord r = VoteRecord.builder().proposal(CommitmentRulesTest.atrocityDraft(AtrocityCrime.GENOCIDE))
        .date(CommitmentRulesTest.D).addVotes(Vote.of(asRead, VotePosition.NO)).build();
    List<Finding> findings = rules.check(r, asRead);
    assertThat(findings).isNotEmpty();
    for (Finding f : findings) {
      assertThat(f.explain()).doesNotContain(asRead.name()).contains(DRC.name());
    }
    assertThat(rules.councilOn(CommitmentRulesTest.D).nameOf(asRead)).isEqualTo(DRC.name());
    // a state not on the Council keeps its own name on the date; a renamed seat its dated name
    assertThat(rules.councilOn(CommitmentRulesTest.D).nameOf(asRead.withName("Zaire"))).isEqualTo(DRC.name());
    assertThat(rules.councilOn(java.time.LocalDate.of(1990, 1, 2)).nameOf(MemberStates.UKRAINIAN_SSR))
        .isEqualTo("Ukrainian SSR");
  }
}
