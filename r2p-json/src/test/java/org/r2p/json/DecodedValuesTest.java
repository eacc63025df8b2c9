package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.r2p.core.Tally;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.node.ObjectNode;

/** Numbers and booleans are read as written, by the validator and by the module alike. */
final class DecodedValuesTest {

  static VoteRecord validated(ObjectNode r) {
    ValidationResult v = VALIDATOR.validate(new ByteArrayInputStream(("[" + r + "]").getBytes(StandardCharsets.UTF_8)));
    assertThat(v.problems()).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
    assertThat(v.records()).hasSize(1);
    return v.records().get(0);
  }

  static VoteRecord bound(ObjectNode r) {
    return R2pJson.mapper().treeToValue(r, VoteRecord.class);
  }

  @Test
  void tallyCounts_areReadAsWritten() {
    // the fixture's votes: 13 in favour, 2 against (China, Russia), none abstaining
    ObjectNode r = set(record(), "/reportedTally", json("{\"yes\": 13, \"no\": 2, \"abstain\": 0, \"absent\": 0}"));
    for (VoteRecord v : new VoteRecord[] {validated(r), bound(r)}) {
      Tally t = v.reportedTally().orElseThrow();
      assertThat(t.yes()).isEqualTo(13);
      assertThat(t.no()).isEqualTo(2);
      assertThat(t.abstain()).isZero();
      assertThat(t.absent()).isZero();
      assertThat(t).isEqualTo(v.tally());
    }
    // read as written even where it contradicts the votes (the validator says so, as an error)
    ObjectNode off = set(record(), "/reportedTally", json("{\"yes\": 11, \"no\": 2, \"abstain\": 1, \"absent\": 1}"));
    Tally t = bound(off).reportedTally().orElseThrow();
    assertThat(t).isEqualTo(Tally.builder().yes(11).no(2).abstain(1).absent(1).build());
  }

  @Test
  void booleans_areReadAsWritten_trueAndFalse() {
    for (boolean b : new boolean[] {true, false}) {
      ObjectNode r = set(record(), "/proposal/atrocityAim/largeScale", json(String.valueOf(b)));
      r.put("gaEmergencySpecialSession", !b);
      for (VoteRecord v : new VoteRecord[] {validated(r), bound(r)}) {
        assertThat(v.proposal().atrocityAim().orElseThrow().largeScale()).as("largeScale").contains(b);
        assertThat(v.gaEmergencySpecialSession()).as("gaEmergencySpecialSession").contains(!b);
      }
    }
  }
}
