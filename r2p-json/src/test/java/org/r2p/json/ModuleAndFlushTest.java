package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.Council;
import org.r2p.core.MemberStates;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link R2pModule} alone on a mapper of the caller's reads and writes records and Councils as
 * {@link R2pJson#mapper()} does; the record writers flush what they wrote through a buffered
 * stream.
 */
final class ModuleAndFlushTest {
  static final JsonMapper MODULE_ONLY = JsonMapper.builder().addModule(new R2pModule()).build();
  static final List<VoteRecord> SOME = R2pDatasets.bundled().vetoes().subList(0, 5);

  @Test
  void aMapperWithTheModule_readsAndWritesARecord_asTheSharedMapperDoes() {
    String text = Fixtures.record().toString();
    VoteRecord r = MODULE_ONLY.readValue(text, VoteRecord.class);
    assertThat(r).isEqualTo(R2pJson.mapper().readValue(text, VoteRecord.class));
    assertThat(r.proposal().symbol()).hasValueSatisfying(s -> assertThat(s).hasToString("S/2014/348"));
    assertThat(r.votes()).hasSize(15);
    assertThat(MODULE_ONLY.readTree(MODULE_ONLY.writeValueAsString(r)))
        .isEqualTo(R2pJson.mapper().readTree(R2pJson.mapper().writeValueAsString(r)));
    assertThat(MODULE_ONLY.readValue(MODULE_ONLY.writeValueAsString(r), VoteRecord.class)).isEqualTo(r);
  }

  static final String SEATS = "{\"CHINA\":\"CHN\",\"FRANCE\":\"FRA\",\"RUSSIA\":\"RUS\",\"UNITED_KINGDOM\":\"GBR\","
      + "\"UNITED_STATES\":\"USA\"}";

  @Test
  void aMapperWithTheModule_readsAndWritesAVoteAlone() {
    Vote v = MODULE_ONLY.readValue("{\"member\":\"FRA\",\"position\":\"ABSTAIN\"}", Vote.class);
    assertThat(v).isEqualTo(Vote.of(MemberStates.FRANCE, VotePosition.ABSTAIN));
    assertThat(MODULE_ONLY.writeValueAsString(v)).isEqualTo("{\"member\":\"FRA\",\"position\":\"ABSTAIN\"}");
  }

  @Test
  void aCouncilsPermanentMembers_anObjectKeyedBySeat_eachSeatOnce() {
    Council c = MODULE_ONLY.readValue(
        "{\"date\":\"2000-01-01\",\"nominalSize\":15,\"permanentMembers\":" + SEATS + "}",
        Council.class);
    assertThat(c.permanentMembers()).containsEntry(PermanentSeat.FRANCE, MemberStates.FRANCE)
        .containsEntry(PermanentSeat.CHINA, MemberStates.CHINA)
        .containsEntry(PermanentSeat.UNITED_STATES, MemberStates.UNITED_STATES).hasSize(5);
    assertThatThrownBy(() -> MODULE_ONLY.readValue(
        "{\"date\":\"2000-01-01\",\"nominalSize\":15,\"permanentMembers\":[\"FRA\"]}", Council.class))
        .satisfies(e -> assertThat(e.getMessage().lines().findFirst()).as("no other problem").hasValue(
            "invalid Council: /permanentMembers type.object: permanent members must be a JSON object, found array: [\"FRA\"]"));
    assertThatThrownBy(() -> MODULE_ONLY.readValue("{\"date\":\"2000-01-01\",\"nominalSize\":15,"
        + "\"permanentMembers\":{\"FRANCE\":\"FRA\",\"FRANCE\":{\"code\":\"FRA\"}}}", Council.class))
        .hasMessageContaining("/permanentMembers/FRANCE field.duplicate: permanent members has seat \"FRANCE\" more"
            + " than once: a field may be given only once")
        .satisfies(e -> assertThat(e.getMessage()).as("the repeated seat's value skipped whole").doesNotContain("code"));
    // each seat's pointer is its own, not under the seat before it
    assertThatThrownBy(() -> MODULE_ONLY.readValue("{\"date\":\"2000-01-01\",\"nominalSize\":15,"
        + "\"permanentMembers\":{\"CHINA\":\"CHN\",\"ITALY\":\"ITA\"},\"x\":1}", Council.class))
        .hasMessageContaining("/permanentMembers/ITALY enum.invalid: permanent seat must be one of")
        .hasMessageContaining("invalid Council: /x field.unknown: council has no field")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("/CHINA/"));
  }

  @Test
  void theNdjsonAndCollectionWriters_flushThroughABufferedStream() {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(ndjson, 1 << 16);
    R2pJson.writeNdjson(SOME, buffered);
    assertThat(ndjson.toString(StandardCharsets.UTF_8).lines()).as("flushed, not left in the buffer").hasSize(5);
    ByteArrayOutputStream collection = new ByteArrayOutputStream();
    R2pJson.writeCollection(SOME, new BufferedOutputStream(collection, 1 << 16));
    assertThat(R2pJson.mapper().readTree(collection.toByteArray()).get("records")).hasSize(5);
  }
}
