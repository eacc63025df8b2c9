package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.r2p.core.MemberStates;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

final class ValidatorTest {

  static ObjectNode numbered(int k) {
    return set(record(), "/id", json("\"R" + k + "\""));
  }

  static final Set<Integer> BAD = Set.of(17, 500, 998);

  static String thousandRecords(boolean ndjson) {
    List<String> docs = IntStream.range(0, 1000).mapToObj(k -> {
      ObjectNode r = numbered(k);
      if (k == 17) {
        set(r, "/votes/4/position", json("\"MAYBE\""));
      } else if (k == 500) {
        set(r, "/votes/6/member", json("\"FRA\""));
      } else if (k == 998) {
        set(r, "/date", json("\"1945-01-01\""));
      }
      return r.toString();
    }).collect(Collectors.toList());
    return ndjson ? String.join("\n", docs) + "\n" : "[" + String.join(",\n", docs) + "]";
  }

  @Test
  void aThousandRecordsWithThreeBad_yield997ValuesAndThreeProblems() {
    for (boolean ndjson : new boolean[] {false, true}) {
      ValidationResult r = VALIDATOR.validate(thousandRecords(ndjson));
      assertThat(r.recordsRead()).isEqualTo(1000);
      assertThat(r.records()).hasSize(997);
      assertThat(r.problems()).extracting(Problem::pointer)
          .containsExactly("/17/votes/4/position", "/500/votes/6/member", "/998/date");
      assertThat(r.problems()).extracting(p -> p.record().getAsInt()).containsExactly(17, 500, 998);
      assertThat(r.records()).extracting(x -> x.id().orElseThrow())
          .doesNotContain("R17", "R500", "R998").contains("R0", "R999");
      if (ndjson) {
        assertThat(r.problems()).extracting(p -> p.line().getAsInt()).containsExactly(18, 501, 999);
      }
    }
  }

  @Test
  void aSyntaxErrorInOneNdjsonLineCostsThatLineOnly() {
    String input = numbered(0) + "\n{\"broken\": \n" + numbered(2) + "\n";
    ValidationResult r = VALIDATOR.validate(input);
    assertThat(r.records()).extracting(x -> x.id().orElseThrow()).containsExactly("R0", "R2");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.syntax");
      assertThat(p.pointer()).isEqualTo("/1");
      assertThat(p.line()).hasValue(2);
    });
  }

  @Test
  void singlePrettyDocumentAndCollection() {
    assertThat(VALIDATOR.validate(record().toPrettyString()).records()).hasSize(1);
    String collection = "{\n\"format\": \"r2p.vote-records.v1\",\n\"records\": [" + numbered(1) + ", "
        + set(numbered(2), "/date", json("\"x\"")) + "]}";
    ValidationResult r = VALIDATOR.validate(collection);
    assertThat(r.records()).hasSize(1);
    assertThat(r.problems()).singleElement().extracting(Problem::pointer).isEqualTo("/records/1/date");
  }

  @Test
  void severalProblemsInOneRecordAreAllReported() {
    ObjectNode r = record();
    set(r, "/votes/0/position", json("\"MAYBE\""));
    set(r, "/proposal/kind", json("\"X\""));
    set(r, "/meeting", json("\"PV.1\""));
    assertThat(VALIDATOR.validate("[" + r + "]").problems()).extracting(Problem::pointer)
        .containsExactlyInAnyOrder("/0/votes/0/position", "/0/proposal/kind", "/0/meeting");
  }

  @Test
  void largeArraysAreStreamed() {
    // 20,000 records (about 20 MB) through a stream: each element is read and dropped.
    byte[] one = (numbered(1) + ",").getBytes(StandardCharsets.UTF_8);
    List<InputStream> parts = new java.util.ArrayList<>();
    parts.add(new ByteArrayInputStream("[".getBytes(StandardCharsets.UTF_8)));
    for (int k = 0; k < 19_999; k++) {
      parts.add(new ByteArrayInputStream(one));
    }
    parts.add(new ByteArrayInputStream((numbered(2) + "]").getBytes(StandardCharsets.UTF_8)));
    ValidationResult r = VALIDATOR.validate(new SequenceInputStream(Collections.enumeration(parts)));
    assertThat(r.recordsRead()).isEqualTo(20_000);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void outcomeWarningKeepsTheRecord() {
    ValidationResult r = VALIDATOR.validate("[" + set(record(), "/recordedOutcome", json("\"ADOPTED\"")) + "]");
    assertThat(r.isValid()).isTrue();
    assertThat(r.records()).hasSize(1);
    assertThat(r.warnings()).singleElement().extracting(Problem::message)
        .isEqualTo("recorded outcome contradicts Article 27: recorded ADOPTED, the votes give FAILED_VETO");
    // without an outcome rule, no warning
    assertThat(VoteRecordValidator.builder().clock(Fixtures.CLOCK).build()
        .validate("[" + set(record(), "/recordedOutcome", json("\"ADOPTED\"")) + "]").problems()).isEmpty();
  }

  @Test
  void theValidRecordsAreTheModel() {
    VoteRecord r = VALIDATOR.validate(record().toString()).records().get(0);
    assertThat(r.positionOf(MemberStates.RUSSIAN_FEDERATION)).hasValue(org.r2p.core.VotePosition.NO);
    assertThat(r.proposal().symbol().orElseThrow().toString()).isEqualTo("S/2014/348");
  }

  @Test
  void module_isFoundByServiceLoaderAndFailsWithTheCoreMessage() {
    JsonMapper m = JsonMapper.builder().findAndAddModules().build();
    assertThat(m.registeredModules()).anyMatch(x -> x instanceof R2pModule);
    String bad = set(record(), "/reportedTally", json("{\"yes\": 16, \"no\": 0, \"abstain\": 0}")).toString();
    assertThatThrownBy(() -> m.readValue(bad, VoteRecord.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .hasMessageContaining("/reportedTally tally.invalid: affirmative votes must be between 0 and 15: 16");
    assertThat(R2pJson.mapper().readValue(record().toString(), VoteRecord.class).votes()).hasSize(15);
  }

  @Test
  void mapperRejectsTrailingTokensAndDeepNesting() {
    assertThatThrownBy(() -> R2pJson.mapper().readTree("[" + "[".repeat(200) + "]".repeat(200) + "]"))
        .isInstanceOf(tools.jackson.core.exc.StreamConstraintsException.class);
    assertThatThrownBy(() -> R2pJson.mapper().readValue(record() + " {}", VoteRecord.class))
        .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class);
  }

  @Test
  void schemasOpen() {
    for (String name : R2pSchemas.ALL) {
      assertThat(R2pSchemas.open(name)).isNotNull();
    }
    assertThatThrownBy(() -> R2pSchemas.open("nope.json"))
        .hasMessageStartingWith("schema must be one of [definitions.schema.json");
    assertThat(R2pSchemas.id(R2pSchemas.VOTE_RECORD).toString()).isEqualTo("https://r2p.org/schema/vote-record.schema.json");
  }
}
