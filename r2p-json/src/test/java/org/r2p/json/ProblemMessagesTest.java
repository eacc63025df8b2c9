package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The words of a problem: a value of the wrong kind is named by its JSON kind and shown (cut
 * short when long); a property name is escaped in the pointer as RFC 6901 says.
 */
final class ProblemMessagesTest {

  static List<Problem> problems(ObjectNode record) {
    String doc = "[" + record + "]";
    return VALIDATOR.validate(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))).problems();
  }

  static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "7            | number: 7",
      "1.5          | number: 1.5",
      "true         | boolean: true",
      "false        | boolean: false",
      "[1, 2]       | array: [1,2]",
      "{\"a\": 1}   | object: {\"a\":1}"})
  void aValueOfTheWrongKind_isNamedByItsKind_andShown(String value, String shown) {
    Problem p = only(problems(set(record(), "/meeting", json(value))));
    assertThat(p.pointer()).isEqualTo("/0/meeting");
    assertThat(p.code()).isEqualTo("type.string");
    assertThat(p.message()).isEqualTo("vote record meeting must be a string, found " + shown);
  }

  @Test
  void aStringWhereAnObjectBelongs_isShownQuoted_andCutAfter80Characters() {
    Problem p = only(problems(set(record(), "/proposal", json("\"S/2014/348\""))));
    assertThat(p.message()).endsWith("found string: \"S/2014/348\"");

    String long100 = "x".repeat(100);
    Problem cut = only(problems(set(record(), "/proposal", json("\"" + long100 + "\""))));
    assertThat(cut.message()).endsWith("found string: \"" + "x".repeat(80) + "...\"");
  }

  @Test
  void aLongValue_isShownUpTo90Characters() {
    // ["abcdefghij", ...] written compactly is longer than 90 characters
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < 10; i++) {
      items.append("\"abcdefghij\",");
    }
    items.append("\"z\"]");
    String compact = json(items.toString()).toString();
    assertThat(compact.length()).isGreaterThan(90);
    Problem p = only(problems(set(record(), "/meeting", json(items.toString()))));
    String shown = p.message().substring(p.message().indexOf("found array: ") + "found array: ".length());
    assertThat(shown).hasSize(90).isEqualTo(compact.substring(0, 87) + "...");

    // exactly 90 characters is shown whole
    String ninety = "[" + "1,".repeat(43) + "11]";
    assertThat(ninety).hasSize(90);
    Problem whole = only(problems(set(record(), "/meeting", json(ninety))));
    assertThat(whole.message()).endsWith("found array: " + ninety);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "plain  | /0/plain",
      "~a     | /0/~0a",
      "/a     | /0/~1a",
      "a~b/c  | /0/a~0b~1c",
      "a/~    | /0/a~1~0"})
  void anUnknownPropertyName_isEscapedInThePointer(String name, String pointer) {
    ObjectNode r = record();
    r.put(name, 1);
    Problem p = only(problems(r));
    assertThat(p.code()).isEqualTo("field.unknown");
    assertThat(p.pointer()).isEqualTo(pointer);
    assertThat(p.message()).startsWith("vote record has no field \"" + name + "\"");
  }

  @Test
  void aRepeatedField_isReportedOnItsOwnLine_inNdjsonAndInADocument() {
    String good = record().toString();
    String repeated = good.replaceFirst("\"meeting\": ?\"S/PV.7180\",", "\"meeting\":\"S/PV.7180\",\"meeting\":\"S/PV.7180\",");
    assertThat(repeated).isNotEqualTo(good);
    String ndjson = good + "\n" + good + "\n" + repeated + "\n";
    List<Problem> nd = VALIDATOR.stream(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "v.ndjson")
        .flatMap(r -> r.problems().stream()).toList();
    Problem p = only(nd);
    assertThat(p.code()).isEqualTo("field.duplicate");
    assertThat(p.pointer()).isEqualTo("/2/meeting");
    assertThat(p.line()).hasValue(3);

    // the same record pretty-printed inside an array: the line of the second "meeting"
    ObjectNode r = record();
    String pretty = "[\n" + r.toPrettyString().replaceFirst("\"meeting\" : \"S/PV.7180\",",
        "\"meeting\" : \"S/PV.7180\",\n  \"meeting\" : \"S/PV.7180\",") + "\n]";
    List<String> lines = pretty.lines().toList();
    int second = -1;
    for (int i = 0, seen = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith("\"meeting\"")) {
        seen++;
        if (seen == 2) {
          second = i + 1;
        }
      }
    }
    assertThat(second).isPositive();
    Problem q = only(VALIDATOR.validate(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8))).problems());
    assertThat(q.code()).isEqualTo("field.duplicate");
    assertThat(q.line()).hasValue(second);
  }

  @Test
  void escape_followsRfc6901() {
    assertThat(org.r2p.json.internal.Decoder.escape("a")).isEqualTo("a");
    assertThat(org.r2p.json.internal.Decoder.escape("~")).isEqualTo("~0");
    assertThat(org.r2p.json.internal.Decoder.escape("/")).isEqualTo("~1");
    assertThat(org.r2p.json.internal.Decoder.escape("~1")).as("~ first, so a ~1 in a name stays two characters")
        .isEqualTo("~01");
  }
}
