package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.Assessment;
import org.r2p.core.AtrocityAim;
import org.r2p.core.Proposal;
import org.r2p.core.VoteRecord;

/**
 * The bundled facts about a draft apply to any record of the same draft (same symbol and
 * date), labelled as bundled with their source, unless the record supplies its own.
 */
final class BundledFactsBySymbolTest {
  static VoteRecord bundled(String symbol) {
    return R2pDatasets.bundled().vetoes().stream()
        .filter(r -> r.proposal().symbol().map(s -> s.toString().equals(symbol)).orElse(false))
        .findFirst().orElseThrow();
  }

  /** The user's own record of the draft: the same votes, no assessment, no GA facts, no id. */
  static VoteRecord usersRecord(VoteRecord b) {
    Proposal p = Proposal.builder().from(b.proposal()).atrocityAim(java.util.Optional.empty()).build();
    return VoteRecord.builder().proposal(p).date(b.date()).votes(b.votes()).build();
  }

  @Test
  void aUsersRecordOfARealDraftGetsTheBundledAssessment_labelledBundled() {
    VoteRecord b = bundled("S/2017/315");
    AtrocityAim aim = b.proposal().atrocityAim().orElseThrow();
    VoteRecord mine = usersRecord(b);
    VoteRecord known = R2pDatasets.bundled().withBundledFacts(mine);
    AtrocityAim got = known.proposal().atrocityAim().orElseThrow();
    assertThat(got.assessment()).isEqualTo(aim.assessment());
    assertThat(got.crimes()).isEqualTo(aim.crimes());
    assertThat(got.assertedBy()).isEqualTo(aim.assertedBy());
    assertThat(got.source().orElseThrow()).startsWith("bundled: ");
    assertThat(known.flags()).anySatisfy(f -> assertThat(f).startsWith("bundled facts for S/2017/315 of 2017-04-12: "
        + "the atrocity assessment, asserted by " + aim.assertedBy()));
    // its verdicts are those of the bundled record, not INDETERMINATE for want of an assessment
    assertThat(R2pDatasets.bundled().rules().verdicts(known)).isEqualTo(R2pDatasets.bundled().rules().verdicts(b));
  }

  @Test
  void theRecordsOwnAssessmentStands_andAnotherDateGetsNothing() {
    VoteRecord b = bundled("S/2017/315");
    AtrocityAim own = AtrocityAim.builder().assessment(Assessment.NO).assertedBy("me").build();
    VoteRecord mine = usersRecord(b);
    VoteRecord withOwn = mine.withProposal(mine.proposal().withAtrocityAim(own));
    assertThat(R2pDatasets.bundled().withBundledFacts(withOwn)).isSameAs(withOwn);
    VoteRecord otherDay = mine.withDate(b.date().plusDays(1)).withProposal(mine.proposal().withDate(b.date().plusDays(1)));
    assertThat(R2pDatasets.bundled().withBundledFacts(otherDay)).isSameAs(otherDay);
  }

  @Test
  void theGaDebateFactsToo() {
    List<VoteRecord> withSession = R2pDatasets.bundled().vetoes().stream()
        .filter(r -> r.gaEmergencySpecialSession().isPresent() && r.proposal().symbol().isPresent()).toList();
    assertThat(withSession).isNotEmpty();
    VoteRecord b = withSession.get(0);
    VoteRecord known = R2pDatasets.bundled().withBundledFacts(usersRecord(b));
    assertThat(known.gaEmergencySpecialSession()).isEqualTo(b.gaEmergencySpecialSession());
    assertThat(known.flags()).anySatisfy(f -> assertThat(f).contains("whether an emergency special session met instead"));
  }
}
