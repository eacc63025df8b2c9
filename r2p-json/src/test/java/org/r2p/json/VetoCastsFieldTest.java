package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A record's veto casts are {@code recordedVetoCasts} in JSON, as in Java; the earlier name is refused by name. */
final class VetoCastsFieldTest {
  @Test
  void recordedVetoCasts_readAndWrittenUnderTheOneName() {
    VoteRecord r = Fixtures.VALIDATOR.validate(Fixtures.record().toString()).records().get(0);
    assertThat(r.recordedVetoCasts()).containsExactlyInAnyOrder(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION);
    JsonNode written = R2pJson.mapper().valueToTree(r);
    assertThat(written.has("recordedVetoCasts")).isTrue();
    assertThat(written.has("recordedVetoes")).isFalse();
  }

  @Test
  void theEarlierName_isAnUnknownField() {
    ObjectNode doc = Fixtures.record();
    doc.set("recordedVetoes", doc.remove("recordedVetoCasts"));
    ValidationResult r = Fixtures.VALIDATOR.validate(doc.toString());
    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("field.unknown");
      assertThat(p.pointer()).endsWith("/recordedVetoes");
      assertThat(p.message()).contains("recordedVetoCasts");
    });
  }
}
