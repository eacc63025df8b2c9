package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.json;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.Fixtures.set;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed documents, each with the exact JSON Pointer and code of its problem. Unless the
 * case says otherwise the document is a one-element array holding the bad record, so pointers
 * start with /0.
 */
final class BadInputTest {

  static String array(ObjectNode r) {
    return "[" + r + "]";
  }

  static Arguments doc(String name, String pointer, String code, Supplier<String> document) {
    return Arguments.of(name, pointer, code, document, 1);
  }

  static Arguments rec(String name, String pointer, String code, java.util.function.UnaryOperator<ObjectNode> edit) {
    return doc(name, pointer, code, () -> array(edit.apply(record())));
  }

  static ArrayNode votes(ObjectNode r) {
    return (ArrayNode) r.get("votes");
  }

  static Stream<Arguments> cases() {
    List<Arguments> c = new ArrayList<>();
    // --- syntax and limits
    c.add(doc("truncated object", "", "json.syntax", () -> "{\"format\": \"r2p.vote-record.v1\",\n \"date\": "));
    c.add(doc("unclosed array", "/1", "json.syntax", () -> "[" + record() + ", "));
    c.add(doc("not JSON (one bad line alone: the document)", "", "json.syntax", () -> "hello"));
    c.add(Arguments.of("not JSON (two bad lines: NDJSON)", "/0", "json.syntax", (Supplier<String>) () -> "hello\nworld", 2));
    c.add(doc("empty input", "", "json.empty", () -> "  \n "));
    c.add(doc("nesting too deep", "/0", "json.limit",
        () -> "[{\"flags\": " + "[".repeat(100) + "]".repeat(100) + "}]"));
    c.add(doc("number too long", "/0", "json.limit",
        () -> "[{\"date\": 1" + "0".repeat(60) + "}]"));
    c.add(doc("NDJSON line with a syntax error", "/1", "json.syntax",
        () -> record().toString() + "\n{\"format\": oops}\n"));
    c.add(doc("content after the document", "", "json.syntax",
        () -> record().toPrettyString() + "\n]"));
    // --- types
    c.add(doc("record is not an object", "/0", "type.object", () -> "[[1]]"));
    c.add(rec("proposal is a string", "/0/proposal", "type.object", r -> set(r, "/proposal", json("\"S/2014/348\""))));
    c.add(rec("date is a number", "/0/date", "type.string", r -> set(r, "/date", json("20140522"))));
    c.add(rec("votes is an object", "/0/votes", "type.array", r -> set(r, "/votes", json("{}"))));
    c.add(rec("member is a number", "/0/votes/0/member", "type.string", r -> set(r, "/votes/0/member", json("156"))));
    c.add(rec("tally count is a string", "/0/reportedTally/yes", "type.integer",
        r -> set(r, "/reportedTally/yes", json("\"13\""))));
    c.add(rec("tally count is a fraction", "/0/reportedTally/no", "type.integer",
        r -> set(r, "/reportedTally/no", json("1.5"))));
    c.add(rec("largeScale is a string", "/0/proposal/atrocityAim/largeScale", "type.boolean",
        r -> set(r, "/proposal/atrocityAim/largeScale", json("\"yes\""))));
    c.add(rec("flag is a number", "/0/flags/0", "type.string", r -> set(r, "/flags", json("[1]"))));
    c.add(rec("blank subject", "/0/proposal/subject", "value.blank", r -> set(r, "/proposal/subject", json("\"  \""))));
    // --- enums
    c.add(rec("unknown vote position", "/0/votes/0/position", "enum.invalid",
        r -> set(r, "/votes/0/position", json("\"MAYBE\""))));
    c.add(rec("unknown proposal kind", "/0/proposal/kind", "enum.invalid",
        r -> set(r, "/proposal/kind", json("\"RESOLUTION\""))));
    c.add(rec("classification in lower case", "/0/proposal/classification", "enum.invalid",
        r -> set(r, "/proposal/classification", json("\"procedural\""))));
    c.add(rec("unknown outcome", "/0/recordedOutcome", "enum.invalid", r -> set(r, "/recordedOutcome", json("\"VETOED\""))));
    c.add(rec("aggression is no atrocity crime", "/0/proposal/atrocityAim/crimes/0", "enum.invalid",
        r -> set(r, "/proposal/atrocityAim/crimes/0", json("\"AGGRESSION\""))));
    // --- required and unknown fields
    c.add(rec("missing date", "/0/date", "field.required", r -> set(r, "/date", null)));
    c.add(rec("missing proposal", "/0/proposal", "field.required", r -> set(r, "/proposal", null)));
    c.add(rec("missing votes", "/0/votes", "field.required", r -> set(r, "/votes", null)));
    c.add(rec("missing subject", "/0/proposal/subject", "field.required", r -> set(r, "/proposal/subject", null)));
    c.add(rec("missing position", "/0/votes/3/position", "field.required", r -> set(r, "/votes/3/position", null)));
    c.add(rec("missing assessment", "/0/proposal/atrocityAim/assessment", "field.required",
        r -> set(r, "/proposal/atrocityAim/assessment", null)));
    c.add(rec("unknown field", "/0/vetoes", "field.unknown", r -> set(r, "/vetoes", json("[\"CHN\"]"))));
    c.add(rec("unknown field in a vote", "/0/votes/0/abstained", "field.unknown",
        r -> set(r, "/votes/0/abstained", json("true"))));
    c.add(rec("unknown field with a slash", "/0/a~1b", "field.unknown", r -> r.set("a/b", json("1"))));
    c.add(doc("unknown field in a collection", "/extra", "field.unknown",
        () -> "{\"format\": \"r2p.vote-records.v1\", \"records\": [], \"extra\": 1}"));
    // --- format marker
    c.add(doc("single document without format", "/format", "format.missing",
        () -> set(record(), "/format", null).toPrettyString()));
    c.add(rec("unsupported format", "/0/format", "format.unsupported",
        r -> set(r, "/format", json("\"r2p.vote-record.v2\""))));
    c.add(doc("collection without format", "/format", "format.missing", () -> "{\"records\": []}"));
    // --- values
    c.add(rec("impossible date", "/0/date", "date.invalid", r -> set(r, "/date", json("\"2014-02-30\""))));
    c.add(rec("date not ISO", "/0/date", "date.invalid", r -> set(r, "/date", json("\"22/05/2014\""))));
    c.add(rec("date with slashes", "/0/date", "date.invalid", r -> set(r, "/date", json("\"2014/05/22\""))));
    c.add(rec("date with a letter", "/0/date", "date.invalid", r -> set(r, "/date", json("\"2014-05-2x\""))));
    c.add(rec("date too short", "/0/proposal/date", "date.invalid", r -> set(r, "/proposal/date", json("\"2014-5-22\""))));
    c.add(rec("unknown field in the proposal", "/0/proposal/draft", "field.unknown", r -> set(r, "/proposal/draft", json("1"))));
    c.add(rec("unknown field in the aim", "/0/proposal/atrocityAim/scale", "field.unknown",
        r -> set(r, "/proposal/atrocityAim/scale", json("1"))));
    c.add(rec("unknown field in the tally", "/0/reportedTally/total", "field.unknown", r -> set(r, "/reportedTally/total", json("15"))));
    c.add(rec("unknown field in a state object", "/0/votes/0/member/iso", "field.unknown",
        r -> set(r, "/votes/0/member", json("{\"code\": \"CHN\", \"iso\": 1}"))));
    c.add(rec("state object without code", "/0/votes/0/member/code", "field.required",
        r -> set(r, "/votes/0/member", json("{\"name\": \"China\"}"))));
    c.add(rec("document symbol not a string", "/0/documents/0", "type.string", r -> set(r, "/documents", json("[7180]"))));
    c.add(rec("crime not a string", "/0/proposal/atrocityAim/crimes/0", "type.string",
        r -> set(r, "/proposal/atrocityAim/crimes/0", json("1"))));
    c.add(rec("date before the Charter", "/0/date", "date.before-charter", r -> set(r, "/date", json("\"1945-06-26\""))));
    c.add(rec("bad draft symbol", "/0/proposal/symbol", "symbol.invalid", r -> set(r, "/proposal/symbol", json("\"S/RES/x\""))));
    c.add(rec("bad meeting symbol", "/0/meeting", "symbol.invalid", r -> set(r, "/meeting", json("\"PV.7180\""))));
    c.add(rec("state code in lower case", "/0/votes/1/member", "state.invalid-code", r -> set(r, "/votes/1/member", json("\"fra\""))));
    c.add(rec("unknown state code", "/0/recordedVetoCasts/1", "state.unknown", r -> set(r, "/recordedVetoCasts/1", json("\"XYZ\""))));
    c.add(rec("tally over 15", "/0/reportedTally", "tally.invalid",
        r -> set(r, "/reportedTally", json("{\"yes\": 13, \"no\": 2, \"abstain\": 1}"))));
    c.add(rec("NO assessment with crimes", "/0/proposal/atrocityAim", "value.invalid",
        r -> set(r, "/proposal/atrocityAim/assessment", json("\"NO\""))));
    // --- domain
    c.add(rec("two votes by one member", "/0/votes/5/member", "vote.duplicate-member",
        r -> set(r, "/votes/5/member", json("\"FRA\""))));
    c.add(rec("sixteen votes", "/0/votes", "votes.too-many",
        r -> { votes(r).add(json("{\"member\": \"DEU\", \"position\": \"YES\"}")); return r; }));
    c.add(rec("voter not on the Council", "/0/votes/14/member", "vote.not-on-council",
        r -> set(r, "/votes/14/member", json("\"DEU\""))));
    c.add(rec("the USSR in 2014", "/0/votes/2/member", "vote.not-on-council", r -> set(r, "/votes/2/member", json("\"SUN\""))));
    // the twelfth voter is, by definition, also not on the Council: two problems
    c.add(Arguments.of("twelve votes in an eleven-member Council", "/0/votes", "votes.more-than-seats", (Supplier<String>) () -> array(twelve(record())), 2));
    c.add(rec("date in the future", "/0/date", "date.in-future", r -> set(r, "/date", json("\"2099-05-22\""))));
    c.add(rec("tally contradicts the votes", "/0/reportedTally", "tally.mismatch",
        r -> set(r, "/reportedTally", json("{\"yes\": 12, \"no\": 3, \"abstain\": 0}"))));
    c.add(rec("recorded outcome contradicts Article 27", "/0/recordedOutcome", "outcome.mismatch",
        r -> set(r, "/recordedOutcome", json("\"ADOPTED\""))));
    return c.stream();
  }

  static ObjectNode twelve(ObjectNode r) {
    {
      set(r, "/date", json("\"1950-06-25\""));
      set(r, "/proposal/date", json("\"1950-06-25\""));
      set(r, "/votes", json("[{\"member\":\"TWN\",\"position\":\"YES\"},{\"member\":\"FRA\",\"position\":\"YES\"},"
          + "{\"member\":\"SUN\",\"position\":\"ABSENT\"},{\"member\":\"GBR\",\"position\":\"YES\"},"
          + "{\"member\":\"USA\",\"position\":\"YES\"},{\"member\":\"CUB\",\"position\":\"YES\"},"
          + "{\"member\":\"ECU\",\"position\":\"YES\"},{\"member\":\"EGY\",\"position\":\"YES\"},"
          + "{\"member\":\"IND\",\"position\":\"YES\"},{\"member\":\"NOR\",\"position\":\"YES\"},"
          + "{\"member\":\"YUG\",\"position\":\"ABSTAIN\"}]"));
      votes(r).add(json("{\"member\": \"DEU\", \"position\": \"YES\"}"));
      r.remove("reportedTally");
      r.remove("recordedOutcome");
      r.remove("recordedVetoCasts");
      return r;
    }
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("cases")
  void reportsExactPointerAndCode(String name, String pointer, String code, Supplier<String> document, int count) {
    ValidationResult r = VALIDATOR.validate(document.get());
    assertThat(r.problems()).as(name).hasSize(count);
    Problem p = r.problems().get(0);
    assertThat(p.pointer()).as(name + ": " + p).isEqualTo(pointer);
    assertThat(p.code()).as(name + ": " + p).isEqualTo(code);
    assertThat(p.message()).as(name).isNotBlank();
    if (code.equals("outcome.mismatch")) {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(r.records()).hasSize(1);
    } else {
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    }
  }

  static long count() {
    return cases().count();
  }

  @org.junit.jupiter.api.Test
  void atLeastFortyCases() {
    assertThat(count()).isGreaterThanOrEqualTo(40);
  }

  @org.junit.jupiter.api.Test
  void messagesNameTheThingTheConstraintAndTheValue() {
    ObjectNode r = set(record(), "/votes/0/position", json("\"MAYBE\""));
    assertThat(VALIDATOR.validate(array(r)).problems().get(0).message())
        .isEqualTo("vote position must be one of [YES, NO, ABSTAIN, ABSENT, NOT_PARTICIPATING]: \"MAYBE\"");
    ObjectNode t = set(record(), "/reportedTally", json("{\"yes\": 16, \"no\": 0, \"abstain\": 0}"));
    // the core's message, passed on unchanged
    assertThat(VALIDATOR.validate(array(t)).problems().get(0).message())
        .isEqualTo("affirmative votes must be between 0 and 15: 16");
    ObjectNode s = set(record(), "/proposal/symbol", json("\"S/RES/x\""));
    assertThat(VALIDATOR.validate(array(s)).problems().get(0).message())
        .isEqualTo("proposal symbol: Text 'S/RES/x' could not be parsed at index 6: expected a digit");
  }
}
