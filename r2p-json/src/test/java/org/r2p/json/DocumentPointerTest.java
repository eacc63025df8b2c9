package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;
import static org.r2p.json.RecordStreamTest.named;
import static org.r2p.json.RecordStreamTest.show;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pointers as RFC 6901 means them: in an input that holds one document, a problem of the whole
 * document points at "" and a field's problem at the field ({@code /proposal/subject}); the
 * record index belongs to NDJSON (named so, or with a second record line) and to arrays.
 */
final class DocumentPointerTest {
  static final String BAD_SUBJECT = set(record(), "/proposal/subject", json("5")).toString();

  @Test
  void aWholeDocumentsProblem_inAFileOfOneDocument_pointsAtTheDocument() {
    assertThat(show(named("\"S/2014/348\"", "a.json"))).containsExactly("rec- [1 #0  type.object]");
    assertThat(show(named("]", "a.json"))).containsExactly("rec- [1 #0  json.syntax]");
    assertThat(show(named("\"S/2014/348\"\n\n  \n", ""))).containsExactly("rec- [1 #0  type.object]");
  }

  @Test
  void tenThousandLevelsOfNesting_onOneLineOrIndented_isTheDocumentsLimit() {
    String deep = "{\"format\": \"r2p.vote-record.v1\", \"proposal\": " + "{\"a\": ".repeat(10_000) + "1"
        + "}".repeat(10_000) + "}";
    assertThat(show(named(deep, "deep.json"))).containsExactly("rec- [1 #0  json.limit]");
    String indented = "{\n  \"format\": \"r2p.vote-record.v1\",\n  \"proposal\": " + "[".repeat(10_000)
        + "]".repeat(10_000) + "\n}\n";
    assertThat(named(indented, "deep.json").get(0).problems()).singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEmpty()).satisfies(p -> assertThat(p.code()).isEqualTo("json.limit"));
  }

  @Test
  void aRecordOnOneLine_inAJsonFile_isOneDocument_itsFieldsPointersHaveNoIndex() {
    assertThat(show(named(BAD_SUBJECT, "one.json"))).containsExactly("rec- [1 #0 /proposal/subject type.string]");
    assertThat(show(named(BAD_SUBJECT + "\n\n", ""))).containsExactly("rec- [1 #0 /proposal/subject type.string]");
    ObjectNode pretty = set(record(), "/proposal/subject", json("5"));
    assertThat(named(pretty.toPrettyString(), "one.json").get(0).problems()).singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/proposal/subject"));
  }

  @Test
  void theRecordIndex_belongsToNdjson_byNameOrBySecondRecordLine() {
    assertThat(show(named(BAD_SUBJECT, "one.ndjson"))).containsExactly("rec- [1 #0 /0/proposal/subject type.string]");
    assertThat(show(named(BAD_SUBJECT, "one.jsonl"))).containsExactly("rec- [1 #0 /0/proposal/subject type.string]");
    assertThat(show(named(BAD_SUBJECT + "\n\n" + BAD_SUBJECT, "two.json"))).containsExactly(
        "rec- [1 #0 /0/proposal/subject type.string]", "rec- [3 #1 /1/proposal/subject type.string]");
    assertThat(show(named("]\n]", "two.json"))).containsExactly("rec- [1 #0 /0 json.syntax]",
        "rec- [2 #1 /1 json.syntax]");
    // an array's element is an element
    assertThat(show(named("[" + BAD_SUBJECT + "]", "a.json")))
        .containsExactly("rec- [1 #0 /0/proposal/subject type.string]");
  }

  @Test
  void aLineThatIsNotUtf8_alone_isTheDocumentsEncoding_amongOthersItsRecords() {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes("{\"a\": \"caf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    b.write(0xE9);
    b.writeBytes("\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] one = b.toByteArray();
    assertThat(show(RecordStreamTest.bytes(one))).containsExactly("rec- [1 #0  json.encoding]");
    assertThat(show(StreamingTest.all(new java.io.ByteArrayInputStream(one), "one.ndjson")))
        .containsExactly("rec- [1 #0 /0 json.encoding]");
    java.io.ByteArrayOutputStream two = new java.io.ByteArrayOutputStream();
    two.writeBytes((RecordStreamTest.GOOD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    two.writeBytes(one);
    assertThat(show(RecordStreamTest.bytes(two.toByteArray()))).containsExactly("rec+", "rec- [2 #1 /1 json.encoding]");
  }

  @Test
  void aLineOverTheRecordLimit_alone_isTheDocumentsLimit_amongOthersItsRecords() {
    String big = "{\"id\": \"" + "x".repeat(VoteRecordValidator.MAX_RECORD) + "\"}";
    assertThat(show(named(big, "big.json"))).containsExactly("rec- [1 #0  json.limit]");
    assertThat(show(named(big + "\n" + big, "big.json"))).containsExactly("rec- [1 #0 /0 json.limit]",
        "rec- [2 #1 /1 json.limit]");
  }
}
