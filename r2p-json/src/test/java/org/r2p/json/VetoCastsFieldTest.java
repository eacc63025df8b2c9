package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Types;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record's veto casts are {@code recordedVetoCasts} in JSON, as in Java. The name 0.1 wrote,
 * {@code recordedVetoes}, is read within {@code r2p.vote-record.v1} as the same field with a
 * {@code field.deprecated} warning naming the new name, and never written.
 */
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
  void theEarlierName_isReadAsTheNewOne_withAWarningNamingIt() {
    ObjectNode doc = Fixtures.record();
    doc.set("recordedVetoes", doc.remove("recordedVetoCasts"));
    ValidationResult r = Fixtures.VALIDATOR.validate(doc.toString());
    assertThat(r.errors()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("field.deprecated");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/recordedVetoes");
      assertThat(p.message()).contains("\"recordedVetoes\"").contains("\"recordedVetoCasts\"");
    });
    assertThat(r.records()).singleElement().satisfies(v -> assertThat(v.recordedVetoCasts())
        .containsExactlyInAnyOrder(MemberStates.CHINA, MemberStates.RUSSIAN_FEDERATION));
    // the same through the module
    VoteRecord viaModule = R2pJson.mapper().readValue(doc.toString(), VoteRecord.class);
    assertThat(viaModule).isEqualTo(r.records().get(0));
  }

  @Test
  void aProblemInTheOldNamesValue_pointsAtTheOldName_andBothNamesAreOneFieldGivenTwice() {
    ObjectNode doc = Fixtures.record();
    doc.set("recordedVetoes", doc.remove("recordedVetoCasts"));
    Fixtures.set(doc, "/recordedVetoes/1", Fixtures.json("\"XYZ\""));
    assertThat(Fixtures.VALIDATOR.validate(doc.toString()).errors()).singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/recordedVetoes/1"));
    ObjectNode both = Fixtures.record();
    both.set("recordedVetoes", both.get("recordedVetoCasts").deepCopy());
    assertThat(Fixtures.VALIDATOR.validate(both.toString()).errors()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("field.duplicate");
      assertThat(p.pointer()).isEqualTo("/recordedVetoes");
      assertThat(p.message()).contains("\"recordedVetoCasts\" and \"recordedVetoes\" name one field");
    });
  }

  @Test
  void theAliasIsDeclaredInTheGrammar_andMarkedDeprecatedInTheSchema() {
    assertThat(Types.VOTE_RECORD.deprecatedAliases()).containsExactly(Map.entry("recordedVetoes", "recordedVetoCasts"));
    JsonNode schema = R2pJson.mapper().readTree(VetoCastsFieldTest.class.getResourceAsStream(
        "/org/r2p/json/schema/vote-record.schema.json"));
    JsonNode old = schema.at("/$defs/record/properties/recordedVetoes");
    assertThat(old.path("deprecated").asBoolean()).isTrue();
    assertThat(old.path("description").asString()).contains("recordedVetoCasts");
  }

  @Test
  void noWriterWritesTheOldName() {
    List<VoteRecord> all = R2pDatasets.bundled().vetoes();
    assertThat(all.stream().filter(v -> !v.recordedVetoCasts().isEmpty())).isNotEmpty();
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    R2pJson.writeNdjson(all, ndjson);
    ByteArrayOutputStream collection = new ByteArrayOutputStream();
    R2pJson.writeCollection(all, collection);
    ByteArrayOutputStream reviews = new ByteArrayOutputStream();
    try (ReviewWriter w = ReviewWriter.lines(reviews, ReviewWriter.Include.RECORDS)) {
      for (VoteRecord v : all) {
        w.write(ReviewWriterTest.RULES.review(v));
      }
    }
    for (ByteArrayOutputStream out : List.of(ndjson, collection, reviews)) {
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text).contains("\"recordedVetoCasts\"").doesNotContain("recordedVetoes");
    }
    assertThat(R2pJson.mapper().writeValueAsString(all.get(0))).doesNotContain("recordedVetoes");
  }
}
