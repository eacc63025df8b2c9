package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Decoder;
import org.r2p.json.internal.Types;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one grammar of a vote record, over generated, bundled, mutated and field-by-field altered
 * records: what is written is read back equal; the module accepts exactly what the validator's
 * decoder accepts; a record read has no problem and a record refused has at least one error; the
 * problems do not depend on the order of the fields in the input; and the validator's answer
 * for an array is its answer for the same records as a collection.
 */
final class GrammarTest {
  /** What the grammar makes of one JSON value, or null when the JSON is malformed. */
  static Decoded decode(String json) {
    try (JsonParser p = R2pJson.mapper().createParser(json)) {
      if (p.nextToken() == null) {
        return null;
      }
      Decoder d = new Decoder(p, "", 0);
      VoteRecord r = Types.readRecord(d, false);
      if (p.nextToken() != null) {
        return null;
      }
      return new Decoded(r, d.problems().stream().map(x -> x.pointer() + " " + x.code() + " " + x.message()).toList(),
          d.errors());
    } catch (JacksonException e) {
      return null;
    }
  }

  record Decoded(VoteRecord record, List<String> problems, int errors) {}

  static String json(VoteRecord r) {
    return R2pJson.mapper().<JsonNode>valueToTree(r).toString();
  }

  @Test
  void property_generatedRecords_areReadBackEqual() {
    qt().forAll(Generators.records()).checkAssert(r -> {
      Decoded d = decode(json(r));
      assertThat(d.problems()).isEmpty();
      assertThat(d.record()).isEqualTo(r);
      assertThat(R2pJson.mapper().readValue(json(r), VoteRecord.class)).isEqualTo(r);
    });
  }

  @Test
  void theBundledRecordsAreAllReadBackEqual() {
    for (VoteRecord r : R2pDatasets.bundled().vetoes()) {
      assertThat(decode(json(r)).record()).as(r.id().orElse("?")).isEqualTo(r);
    }
  }

  @Test
  void property_mutatedRecords_obeyTheLaws() {
    List<String> seeds = JsonFuzzTest.seeds().stream().filter(s -> s.startsWith("{\"format\":\"r2p.vote-record"))
        .toList();
    int[] outcomes = new int[2];
    qt().withExamples(4000).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      String doc = JsonFuzzTest.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
      if (check(doc, rnd)) {
        outcomes[check(doc, rnd) ? 0 : 1]++;
      } else {
        outcomes[1]++;
      }
    });
    // some mutations keep a record readable (a changed letter in a text, a valid code), most do
    // not: both sides of the laws are reached
    assertThat(outcomes[0]).isPositive();
    assertThat(outcomes[1]).isPositive();
  }

  /**
   * The laws for one document; returns whether it was read as a record (false also for
   * malformed JSON, which the parser reports).
   */
  static boolean check(String doc, Random rnd) {
    Decoded d = decode(doc);
    if (d == null) {
      return false;
    }
    if (d.record() != null) {
      assertThat(d.errors()).as(doc).isZero();
      // written again, it reads back equal
      assertThat(decode(json(d.record())).record()).as(doc).isEqualTo(d.record());
    } else {
      assertThat(d.errors()).as(doc).isPositive();
    }
    // the module, through the same grammar, accepts exactly the same
    VoteRecord viaModule;
    try {
      viaModule = R2pJson.mapper().readValue(doc, VoteRecord.class);
    } catch (JacksonException e) {
      viaModule = null;
      if (d.record() == null) {
        assertThat(e.getOriginalMessage()).as(doc).contains(d.problems().get(0).split(" ")[1]);
      }
    }
    assertThat(viaModule).as(doc).isEqualTo(d.record());
    // the problems are in the grammar's order, whatever the order of the fields (unknown
    // fields, which the grammar does not order, come first, in the input's order)
    JsonNode tree = R2pJson.mapper().readTree(doc);
    // a tree cannot always be written back as it was read (1e999 becomes the string "Infinity"):
    // the shuffled document is compared only where the tree writes the same values again
    if (tree.isObject() && !hasEqualKeys(doc) && R2pJson.mapper().readTree(tree.toString()).equals(tree)) {
      Decoded shuffled = decode(shuffle(tree, rnd).toString());
      assertThat(shuffled.problems()).as(doc).containsExactlyInAnyOrderElementsOf(d.problems());
      assertThat(shuffled.problems().stream().filter(p -> !p.contains(" field.unknown ")).toList()).as(doc)
          .isEqualTo(d.problems().stream().filter(p -> !p.contains(" field.unknown ")).toList());
      assertThat(shuffled.record()).as(doc).isEqualTo(d.record());
    }
    return d.record() != null;
  }

  /** Whether some object of the document repeats a key (a tree keeps only one of them). */
  private static boolean hasEqualKeys(String doc) {
    java.util.Deque<java.util.Set<String>> open = new java.util.ArrayDeque<>();
    try (JsonParser p = R2pJson.mapper().createParser(doc)) {
      for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == tools.jackson.core.JsonToken.START_OBJECT) {
          open.push(new java.util.HashSet<>());
        } else if (t == tools.jackson.core.JsonToken.END_OBJECT) {
          open.pop();
        } else if (t == tools.jackson.core.JsonToken.PROPERTY_NAME && !open.peek().add(p.currentName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same document with the fields of every object in a random order. */
  static JsonNode shuffle(JsonNode n, Random rnd) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>(n.propertyNames());
      Collections.shuffle(names, rnd);
      ObjectNode o = R2pJson.mapper().createObjectNode();
      for (String name : names) {
        o.set(name, shuffle(n.get(name), rnd));
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = R2pJson.mapper().createArrayNode();
      for (JsonNode e : n) {
        a.add(shuffle(e, rnd));
      }
      return a;
    }
    return n;
  }

  @Test
  void property_theValidatorsAnswerForAnArrayIsItsAnswerForACollection() {
    List<String> seeds = JsonFuzzTest.seeds().stream().filter(s -> s.startsWith("{\"format\":\"r2p.vote-record"))
        .toList();
    int[] compared = new int[1];
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      List<String> docs = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        String d = seeds.get(rnd.nextInt(seeds.size()));
        String m = rnd.nextBoolean() ? JsonFuzzTest.mutate(d, rnd) : d;
        // only syntactically valid elements: a syntax error ends an array, and NDJSON goes on
        try {
          R2pJson.mapper().readTree(m);
          // a lone surrogate has no UTF-8 form: such a text is refused whole (EncodingTest)
          if (!m.contains("\n") && org.r2p.json.internal.Utf8.unpairedSurrogate(m) < 0) {
            docs.add(m);
          }
        } catch (JacksonException e) {
          // skipped
        }
      }
      String records = String.join(",\n", docs);
      ValidationResult array = Fixtures.VALIDATOR.validate("[\n" + records + "\n]");
      ValidationResult collection = Fixtures.VALIDATOR.validate(
          "{\"format\":\"r2p.vote-records.v1\",\"records\":[\n" + records + "\n]}");
      if (collection.problems().stream().anyMatch(p -> p.code().equals("json.syntax"))) {
        // framing the same text as a collection can break it (a stray byte-order mark, say):
        // then there is nothing to compare
        return;
      }
      compared[0]++;
      assertThat(array.records()).isEqualTo(collection.records());
      assertThat(array.problems().stream().map(p -> p.pointer() + " " + p.code() + " " + p.message()).toList())
          .isEqualTo(collection.problems().stream()
              .map(p -> p.pointer().replaceFirst("^/records", "") + " " + p.code() + " "
                  // a message may name another pointer of the same record ("first at /records/0/...")
                  + p.message().replace("(first at /records/", "(first at /")).toList());
    });
    assertThat(compared[0]).isGreaterThan(200);
  }

  /** Every field of a full record, replaced by each of a few wrong or odd values, removed, repeated or joined. */
  @Test
  void everyFieldReplacedRemovedRepeatedOrJoined_obeysTheLaws() {
    ObjectNode base = Fixtures.record();
    base.put("id", "R1").put("source", "s").putArray("flags").add("f");
    base.set("reportedTally", R2pJson.mapper().readTree("{\"yes\":9,\"no\":1,\"abstain\":5,\"absent\":0}"));
    ((ObjectNode) base.get("proposal")).set("atrocityAim", R2pJson.mapper().readTree(
        "{\"assessment\":\"YES\",\"crimes\":[\"WAR_CRIMES\"],\"largeScale\":true,\"assertedBy\":\"a\"}"));
    List<String> paths = new ArrayList<>();
    collect(base, "", paths);
    List<JsonNode> values = List.of(R2pJson.mapper().readTree("\"\""), R2pJson.mapper().readTree("\" \""),
        R2pJson.mapper().readTree("null"), R2pJson.mapper().readTree("0"), R2pJson.mapper().readTree("1.5"),
        R2pJson.mapper().readTree("true"), R2pJson.mapper().readTree("\"X\""), R2pJson.mapper().readTree("[]"),
        R2pJson.mapper().readTree("{}"), R2pJson.mapper().readTree("\"FRA\""), R2pJson.mapper().readTree("99"));
    Random rnd = new Random(7);
    int cases = 0;
    for (String path : paths) {
      tools.jackson.core.JsonPointer ptr = tools.jackson.core.JsonPointer.compile(path);
      for (JsonNode v : values) {
        ObjectNode doc = base.deepCopy();
        JsonNode parent = doc.at(ptr.head());
        if (parent.isObject()) {
          ((ObjectNode) parent).set(ptr.last().getMatchingProperty(), v);
        } else if (parent.isArray()) {
          ((ArrayNode) parent).set(ptr.last().getMatchingIndex(), v);
        }
        check(doc.toString(), rnd);
        cases++;
      }
      ObjectNode doc = base.deepCopy();
      JsonNode parent = doc.at(ptr.head());
      if (parent.isObject()) {
        ((ObjectNode) parent).remove(ptr.last().getMatchingProperty());
        check(doc.toString(), rnd);
        String json = base.toString();
        String name = "\"" + ptr.last().getMatchingProperty() + "\":";
        // the same field twice: refused, at the second, whatever the values
        String twice = json.replaceFirst(java.util.regex.Pattern.quote(name), name + "\"dup\"," + name);
        check(twice, rnd);
        assertThat(decode(twice).problems()).as(twice).anyMatch(p -> p.contains(" field.duplicate "));
        assertThat(decode(twice).record()).as(twice).isNull();
        // an unknown field next to it
        check(json.replaceFirst(java.util.regex.Pattern.quote(name), "\"unknownField\":1," + name), rnd);
      }
    }
    assertThat(cases).isGreaterThan(300);
    assertThat(decode(base.toString()).record()).isNotNull();
  }

  private static void collect(JsonNode n, String at, List<String> out) {
    if (n.isObject()) {
      for (String name : n.propertyNames()) {
        out.add(at + "/" + name);
        collect(n.get(name), at + "/" + name, out);
      }
    } else if (n.isArray()) {
      for (int k = 0; k < n.size(); k++) {
        out.add(at + "/" + k);
        collect(n.get(k), at + "/" + k, out);
      }
    }
  }

  @Test
  void problemsComeInTheGrammarsOrderWhateverTheFieldsOrder() {
    // unknown fields first, then the format, then each field in the published order
    String doc = "{\"votes\": 1, \"zzz\": 0, \"date\": \"x\", \"format\": \"v2\", \"proposal\": []}";
    assertThat(decode(doc).problems().stream().map(p -> p.split(" ")[0] + " " + p.split(" ")[1]).toList())
        .containsExactly("/zzz field.unknown", "/format format.unsupported", "/proposal type.object",
            "/date date.invalid", "/votes type.array");
  }

  @Test
  void theModuleRefusesWhatTheGrammarRefusesNamingTheProblem() {
    assertThatThrownBy(() -> R2pJson.mapper().readValue("{\"member\": \"FRA\", \"position\": \"MAYBE\"}",
        org.r2p.core.Vote.class))
        .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("invalid Vote: /position enum.invalid: vote position must be one of");
  }
}
