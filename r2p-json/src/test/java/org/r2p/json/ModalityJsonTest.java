package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.DecisionModality;
import org.r2p.core.Outcome;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A record's decision modality in JSON: optional, RECORDED_VOTE when absent (so files written
 * before it existed read as they did), written only when no vote was taken, read back equal,
 * and a record adopted without a vote that carries votes refused by the reader and the schema.
 */
final class ModalityJsonTest {
  /** S/2014/348's fixture turned into an adoption without a vote: no votes, tally or vetoes. */
  static ObjectNode withoutVote(String modality) {
    ObjectNode doc = Fixtures.record();
    doc.put("modality", modality);
    doc.putArray("votes");
    doc.remove("reportedTally");
    doc.remove("recordedVetoCasts");
    doc.put("recordedOutcome", "ADOPTED");
    return doc;
  }

  @Test
  void aRecordWithoutTheField_readsAsARecordedVote_andIsWrittenWithoutIt() {
    ValidationResult r = Fixtures.VALIDATOR.validate(Fixtures.record().toString());
    assertThat(r.errors()).isEmpty();
    VoteRecord rec = r.records().get(0);
    assertThat(rec.modality()).isEqualTo(DecisionModality.RECORDED_VOTE);
    JsonNode written = R2pJson.mapper().valueToTree(rec);
    assertThat(written.has("modality")).isFalse();
  }

  @Test
  void withoutAVote_isReadWrittenAndReadBackEqual() {
    for (String m : List.of("WITHOUT_VOTE", "BY_ACCLAMATION")) {
      ValidationResult r = Fixtures.VALIDATOR.validate(withoutVote(m).toString());
      assertThat(r.problems()).as(m).isEmpty();
      VoteRecord rec = r.records().get(0);
      assertThat(rec.modality()).isEqualTo(DecisionModality.valueOf(m));
      assertThat(rec.votes()).isEmpty();
      assertThat(rec.recordedOutcome()).hasValue(Outcome.ADOPTED);
      JsonNode written = R2pJson.mapper().valueToTree(rec);
      assertThat(written.get("modality").stringValue()).isEqualTo(m);
      // the field sits where the schema lists it: before the votes
      List<String> names = List.copyOf(written.propertyNames());
      assertThat(names.indexOf("modality")).isEqualTo(names.indexOf("votes") - 1);
      assertThat(R2pJson.mapper().readValue(written.toString(), VoteRecord.class)).isEqualTo(rec);
      assertThat(SchemaAgreementTest.errors(SchemaAgreementTest.VOTE_RECORD, written)).isEmpty();
    }
  }

  @Test
  void ndjson_roundTripsTheModality() {
    VoteRecord rec = Fixtures.VALIDATOR.validate(withoutVote("BY_ACCLAMATION").toString()).records().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    R2pJson.writeNdjson(List.of(rec), out);
    String line = out.toString(StandardCharsets.UTF_8);
    assertThat(line).contains("\"modality\":\"BY_ACCLAMATION\"");
    assertThat(Fixtures.VALIDATOR.validate(line).records()).containsExactly(rec);
  }

  @Test
  void withoutAVote_butWithVotes_isRefusedWithTheReason() {
    ObjectNode doc = Fixtures.record();
    doc.put("modality", "WITHOUT_VOTE");
    doc.remove("reportedTally");
    doc.remove("recordedVetoCasts");
    doc.put("recordedOutcome", "ADOPTED");
    ValidationResult r = Fixtures.VALIDATOR.validate(doc.toString());
    assertThat(r.records()).isEmpty();
    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("value.invalid");
      assertThat(p.message()).isEqualTo("S/2014/348 was adopted without a vote (modality WITHOUT_VOTE), so it must"
          + " have no votes: 15 given");
    });
    assertThat(SchemaAgreementTest.errors(SchemaAgreementTest.VOTE_RECORD, doc)).isNotEmpty();
  }

  @Test
  void withoutAVote_withATallyOrAnotherOutcome_isRefusedByTheSchemaToo() {
    ObjectNode tally = withoutVote("WITHOUT_VOTE");
    tally.set("reportedTally", Fixtures.json("{\"yes\": 15, \"no\": 0, \"abstain\": 0}"));
    assertThat(Fixtures.VALIDATOR.validate(tally.toString()).errors()).singleElement()
        .satisfies(p -> assertThat(p.message()).endsWith("so it must have no reported tally: 15-0-0"));
    assertThat(SchemaAgreementTest.errors(SchemaAgreementTest.VOTE_RECORD, tally)).isNotEmpty();
    ObjectNode vetoed = withoutVote("BY_ACCLAMATION");
    vetoed.put("recordedOutcome", "FAILED_VETO");
    assertThat(Fixtures.VALIDATOR.validate(vetoed.toString()).errors()).singleElement()
        .satisfies(p -> assertThat(p.message()).endsWith("so its recorded outcome must be ADOPTED: FAILED_VETO"));
    assertThat(SchemaAgreementTest.errors(SchemaAgreementTest.VOTE_RECORD, vetoed)).isNotEmpty();
  }

  @Test
  void anUnknownModality_isAnEnumProblemAtItsPointer() {
    ObjectNode doc = Fixtures.record();
    doc.set("modality", StringNode.valueOf("CONSENSUS"));
    ValidationResult r = Fixtures.VALIDATOR.validate(doc.toString());
    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("enum.invalid");
      assertThat(p.pointer()).endsWith("/modality");
      assertThat(p.message()).contains("RECORDED_VOTE, WITHOUT_VOTE, BY_ACCLAMATION").contains("CONSENSUS");
    });
    assertThat(SchemaAgreementTest.errors(SchemaAgreementTest.VOTE_RECORD, doc)).isNotEmpty();
  }
}
