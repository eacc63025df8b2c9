package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.r2p.core.Adherence;
import org.r2p.core.Citation;
import org.r2p.core.Council;
import org.r2p.core.ElectedTerm;
import org.r2p.core.Tally;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.CsvRows;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The CSV reader, the module's errors, reading limits and the validator's finer points. */
final class EdgeCasesTest {
  static List<CsvRows.Row> csv(String text) throws Exception {
    return CsvRows.read("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void csv_quotesCommasNewlinesAndLineEndings() throws Exception {
    List<CsvRows.Row> rows = csv("a,b,c\r\n1,\"x, \"\"y\"\"\",3\r\n\n2,\"line\nbreak\",\r\n4,,last");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("b")).isEqualTo("x, \"y\"");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).get("b")).isEqualTo("line\nbreak");
    assertThat(rows.get(1).get("c")).isEmpty();
    assertThat(rows.get(1).line()).isEqualTo(4);
    assertThat(rows.get(2).get("c")).isEqualTo("last");
    assertThat(rows.get(2).line()).isEqualTo(6);
    assertThat(rows.get(2).where()).isEqualTo("t.csv line 6");
    assertThat(csv("")).isEmpty();
    assertThat(csv("a,b\r1,2\r")).singleElement().satisfies(r -> assertThat(r.get("b")).isEqualTo("2"));
  }

  @Test
  void csv_errors() {
    assertThatThrownBy(() -> csv("a,b\n1,2,3\n")).hasMessageStartingWith("t.csv line 2: ")
        .hasMessageContaining("Too many entries");
    assertThatThrownBy(() -> csv("a,b\n1,2\n3\n")).hasMessageStartingWith("t.csv line 3: ")
        .hasMessageContaining("Not enough column values");
    assertThatThrownBy(() -> csv("a,b\n1,\"open\n")).hasMessageStartingWith("t.csv line ")
        .hasMessageContaining("Missing closing quote");
    assertThatThrownBy(() -> csv("a\n1\n").get(0).get("z")).hasMessage("t.csv has no column 'z'");
    assertThatThrownBy(() -> CsvRows.resource("missing.csv")).hasMessage("bundled data file missing: missing.csv");
  }

  @Test
  void module_everyTypeRejectsUnknownFieldsWithThePointer() {
    JsonMapper m = JsonMapper.builder().addModule(new R2pModule()).build();
    assertThatThrownBy(() -> m.readValue("{\"instrument\":\"UN_CHARTER\",\"provision\":\"Art. 27\",\"x\":1}", Citation.class))
        .hasMessageContaining("/x field.unknown: citation has no field \"x\"");
    assertThatThrownBy(() -> m.readValue("{\"state\":\"FRA\",\"from\":\"2000-01-01\",\"to\":\"2001-01-01\",\"x\":1}", ElectedTerm.class))
        .hasMessageContaining("/x field.unknown: elected term has no field");
    assertThatThrownBy(() -> m.readValue("{\"date\":\"2000-01-01\",\"nominalSize\":15,\"permanentMembers\":{},\"x\":1}", Council.class))
        .hasMessageContaining("/x field.unknown: council has no field");
    assertThatThrownBy(() -> m.readValue("{\"date\":\"2000-01-01\",\"nominalSize\":15,\"permanentMembers\":{\"ITALY\":\"ITA\"}}", Council.class))
        .hasMessageContaining("/permanentMembers/ITALY enum.invalid: permanent seat must be one of");
    assertThatThrownBy(() -> m.readValue("{\"state\":\"FRA\",\"instrument\":\"UK_PLEDGE\",\"from\":\"2016-01-01\",\"source\":\"s\",\"x\":1}", Adherence.class))
        .hasMessageContaining("/x field.unknown: adherence has no field");
    assertThatThrownBy(() -> m.readValue("{\"yes\":1,\"no\":1,\"abstain\":1,\"x\":1}", Tally.class))
        .hasMessageContaining("/x field.unknown: tally has no field");
    assertThatThrownBy(() -> m.readValue("\"S/RES/x\"", org.r2p.core.DocumentSymbol.class))
        .hasMessageContaining("symbol.invalid");
    assertThatThrownBy(() -> m.readValue("{\"state\":\"FRA\",\"instrument\":\"UK_PLEDGE\",\"from\":\"2016-01-01\",\"source\":\"s\",\"format\":\"v0\"}", Adherence.class))
        .hasMessageContaining("/format format.unsupported");
    Tally t = m.readValue("{\"yes\":1,\"no\":2,\"abstain\":3,\"absent\":4,\"notParticipating\":5}", Tally.class);
    assertThat(t).isEqualTo(Tally.builder().yes(1).no(2).abstain(3).absent(4).notParticipating(5).build());
  }

  @Test
  void module_listsFiveErrorsAndCountsTheRest() {
    ObjectNode r = record();
    for (int k = 0; k < 7; k++) {
      set(r, "/votes/" + k + "/position", json("\"MAYBE\""));
    }
    JsonMapper m = JsonMapper.builder().addModule(new R2pModule()).build();
    assertThatThrownBy(() -> m.readValue(r.toString(), VoteRecord.class))
        .hasMessageStartingWith("invalid VoteRecord: /votes/0/position enum.invalid: ")
        .hasMessageContaining("; /votes/4/position enum.invalid")
        .hasMessageContaining("; and 2 more")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("/votes/5/position"));
    ObjectNode six = record();
    for (int k = 0; k < 5; k++) {
      set(six, "/votes/" + k + "/position", json("\"MAYBE\""));
    }
    assertThatThrownBy(() -> m.readValue(six.toString(), VoteRecord.class))
        .satisfies(e -> assertThat(e.getMessage()).contains("/votes/4/position").doesNotContain("more"));
  }

  @Test
  void limits() {
    assertThat(R2pJson.limits().getMaxNestingDepth()).isEqualTo(64);
    assertThat(R2pJson.limits().getMaxStringLength()).isEqualTo(1 << 20);
    assertThat(R2pJson.limits().getMaxNumberLength()).isEqualTo(32);
    assertThat(R2pJson.limits().getMaxNameLength()).isEqualTo(256);
    assertThat(R2pJson.limits().getMaxDocumentLength()).isEqualTo(256L << 20);
    assertThat(R2pJson.factory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(64);
  }

  @Test
  void validationResult_partsAndArrayLines() {
    VoteRecordValidator v = VoteRecordValidator.builder().clock(Fixtures.CLOCK).checkOutcomes().build();
    String doc = "[\n" + record() + ",\n" + set(record(), "/recordedOutcome", json("\"ADOPTED\"")) + ",\n"
        + set(record(), "/date", json("\"x\"")) + "\n]";
    ValidationResult r = v.validate(doc);
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.records()).hasSize(2);
    assertThat(r.errors()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/2/date");
      assertThat(p.line()).hasValue(4);
      assertThat(p.record()).hasValue(2);
    });
    assertThat(r.warnings()).singleElement().satisfies(p -> {
      assertThat(p.line()).hasValue(3);
      assertThat(p.toString()).startsWith("/1/recordedOutcome outcome.mismatch: ");
    });
    assertThat(r.isValid()).isFalse();
    assertThat(v.validate("[" + record() + "]").isValid()).isTrue();
    assertThat(Problem.error("", "json.empty", "m").toString()).isEqualTo("(document) json.empty: m");
  }

  @Test
  void validator_outcomeAndTally_asTheReviewComparesThem() {
    ObjectNode wrong = set(set(record(), "/recordedOutcome", json("\"ADOPTED\"")), "/reportedTally",
        json("{\"yes\":13,\"no\":1,\"abstain\":1}"));
    ValidationResult checked = VoteRecordValidator.builder().clock(Fixtures.CLOCK).checkOutcomes().build()
        .validate("[" + wrong + "]");
    assertThat(checked.problems()).extracting(p -> p.pointer() + " " + p.code() + ": " + p.message()).containsExactly(
        "/0/reportedTally tally.mismatch: reported tally must match the votes: reported 13-1-1, the votes give 13-2-0",
        "/0/recordedOutcome outcome.mismatch: recorded outcome contradicts Article 27: recorded ADOPTED, the votes give"
            + " FAILED_VETO");
    // the same comparison as a review's
    ObjectNode outcome = set(record(), "/recordedOutcome", json("\"ADOPTED\""));
    VoteRecord r = R2pJson.mapper().treeToValue(outcome, VoteRecord.class);
    org.r2p.rules.Discrepancy review = org.r2p.rules.Discrepancies.outcome(r,
        org.r2p.rules.Article27.outcome(r, R2pDatasets.bundled().councilHistory().councilOn(r.date()))).orElseThrow();
    assertThat(VoteRecordValidator.builder().clock(Fixtures.CLOCK).checkOutcomes().build()
        .validate("[" + outcome + "]").warnings()).extracting(Problem::message).containsExactly(
        "recorded outcome contradicts Article 27: recorded " + review.recorded() + ", the votes give " + review.decided());
    assertThat(VoteRecordValidator.builder().clock(Fixtures.CLOCK).build().validate("[" + outcome + "]").problems())
        .as("no outcome check unless asked").isEmpty();
  }

  @Test
  void validator_noOutcomeWarningWithoutEveryMembersVote() {
    VoteRecordValidator v = VoteRecordValidator.builder().clock(Fixtures.CLOCK).checkOutcomes().build();
    ObjectNode r = set(record(), "/recordedOutcome", json("\"ADOPTED\""));
    ((tools.jackson.databind.node.ArrayNode) r.get("votes")).remove(14);
    r.remove("reportedTally");
    // the missing member's vote is unknown, not absent: a warning names it, and no outcome is checked
    assertThat(v.validate("[" + r + "]").problems()).extracting(p -> p.pointer() + " " + p.code() + ": " + p.message())
        .containsExactly("/0/votes votes.incomplete: the record has no vote for 1 member of the Council on 2014-05-22:"
            + " RWA; each is unknown, not absent, and the outcome is decided over every way they could have voted");
    // fifteen votes, one by a state not on the Council: that vote is refused, and no outcome is
    // checked, as not every member voted
    ObjectNode stranger = set(record(), "/recordedOutcome", json("\"ADOPTED\""));
    set(stranger, "/votes/14/member", json("\"URY\""));
    assertThat(v.validate("[" + stranger + "]").problems()).extracting(p -> p.pointer() + " " + p.code())
        .containsExactly("/0/votes/14/member vote.not-on-council");
    // and with every member's vote, the outcome is checked
    assertThat(v.validate("[" + set(record(), "/recordedOutcome", json("\"ADOPTED\"")) + "]").warnings())
        .extracting(p -> p.pointer() + " " + p.code()).containsExactly("/0/recordedOutcome outcome.mismatch");
  }

  @Test
  void validator_inputShapes() {
    VoteRecordValidator v = VoteRecordValidator.builder().clock(Fixtures.CLOCK).build();
    ValidationResult bom = v.validate("\uFEFF  \n[" + record() + "]");
    assertThat(bom.records()).hasSize(1);
    assertThat(v.validate("[" + record() + "] []").problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("json.syntax"));
    assertThat(v.validate("{\"format\": \"r2p.vote-records.v1\", \"records\": {}}").problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("type.array"));
    assertThat(v.validate("{\"format\": \"r2p.vote-records.v2\", \"records\": []}").problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("format.unsupported"));
    assertThat(v.validate(record() + "\n" + record() + " " + record()).problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.message()).isEqualTo("line holds more than one JSON value");
          assertThat(p.pointer()).isEqualTo("/1");
          assertThat(p.line()).hasValue(2);
        });
    // one line holding two values is NDJSON with a bad line
    assertThat(v.validate(record() + " " + record()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("line holds more than one JSON value"));
    assertThat(v.validate(record().toPrettyString() + " " + record()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("content after the end of the document"));
    assertThat(v.validate("[1,").problems()).extracting(p -> p.pointer() + " " + p.code())
        .containsExactly("/0 type.object", "/1 json.syntax");
  }
}
