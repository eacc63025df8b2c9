package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.r2p.core.VoteRecord;
import org.r2p.json.internal.Codec;
import org.r2p.json.internal.Decoder;
import org.r2p.json.internal.FastRecords;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The streaming reader of well-formed records gives the decoder's record or gives up; it never
 * accepts what the decoder would reject, and the validator's answers do not depend on which of
 * the two read an element.
 */
final class FastRecordsTest {
  /** What the fast reader makes of one JSON object, or null when it gives up (or the JSON is malformed). */
  static VoteRecord fast(String json) {
    try (JsonParser p = R2pJson.mapper().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      return FastRecords.read(p);
    } catch (JacksonException e) {
      return null;
    }
  }

  @Test
  void property_generatedRecords_areReadFastAndEqualTheDecoders() {
    qt().forAll(Generators.records()).checkAssert(r -> {
      JsonNode tree = Codec.voteRecord(r);
      Decoder d = new Decoder();
      VoteRecord decoded = d.voteRecord(tree, "", false);
      VoteRecord read = fast(tree.toString());
      assertThat(decoded).isEqualTo(r);
      if (read != null) {
        assertThat(read).isEqualTo(decoded);
      }
    });
  }

  @Test
  void theBundledRecordsAreAllReadFast() {
    for (VoteRecord r : R2pDatasets.bundled().vetoes()) {
      assertThat(fast(Codec.voteRecord(r).toString())).as(r.id().orElse("?")).isEqualTo(r);
    }
  }

  @Test
  void property_mutatedRecords_areEitherGivenUpOrTheDecodersOwn() {
    List<String> seeds = JsonFuzzTest.seeds().stream().filter(s -> s.startsWith("{\"format\":\"r2p.vote-record"))
        .toList();
    int[] readFast = new int[1];
    qt().withExamples(4000).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      String doc = JsonFuzzTest.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
      VoteRecord read = fast(doc);
      if (read == null) {
        return;
      }
      JsonNode tree;
      try {
        tree = R2pJson.mapper().readTree(doc);
      } catch (JacksonException e) {
        // more than one value: the validator reads such input as NDJSON, not through this reader
        return;
      }
      readFast[0]++;
      Decoder d = new Decoder();
      assertThat(d.voteRecord(tree, "", false)).as(doc).isEqualTo(read);
      assertThat(d.problems()).as(doc).isEmpty();
    });
    // some mutations keep a record readable (a changed letter in a text, a valid code): the
    // property is not vacuous
    assertThat(readFast[0]).isPositive();
  }

  @Test
  void property_theValidatorsAnswerIsTheSameAsThroughTheTreeAlone() {
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
      // a bare array goes through the fast reader; a collection's records through the tree decoder
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
              .map(p -> p.pointer().replaceFirst("^/records", "") + " " + p.code() + " " + p.message()).toList());
    });
    assertThat(compared[0]).isGreaterThan(200);
  }

  /** Every field of a full record, replaced by each of a few wrong or odd values, or removed. */
  @Test
  void everyFieldReplacedOrRemoved_isGivenUpOrReadAsTheDecoderReadsIt() {
    tools.jackson.databind.node.ObjectNode base = Fixtures.record();
    base.put("id", "R1").put("source", "s").putArray("flags").add("f");
    base.set("reportedTally", R2pJson.mapper().readTree("{\"yes\":9,\"no\":1,\"abstain\":5,\"absent\":0}"));
    ((tools.jackson.databind.node.ObjectNode) base.get("proposal")).set("atrocityAim", R2pJson.mapper().readTree(
        "{\"assessment\":\"YES\",\"crimes\":[\"WAR_CRIMES\"],\"largeScale\":true,\"assertedBy\":\"a\"}"));
    List<String> paths = new ArrayList<>();
    collect(base, "", paths);
    List<JsonNode> values = List.of(R2pJson.mapper().readTree("\"\""), R2pJson.mapper().readTree("\" \""),
        R2pJson.mapper().readTree("null"), R2pJson.mapper().readTree("0"), R2pJson.mapper().readTree("1.5"),
        R2pJson.mapper().readTree("true"), R2pJson.mapper().readTree("\"X\""), R2pJson.mapper().readTree("[]"),
        R2pJson.mapper().readTree("{}"), R2pJson.mapper().readTree("\"FRA\""), R2pJson.mapper().readTree("99"));
    int cases = 0;
    for (String path : paths) {
      for (JsonNode v : values) {
        tools.jackson.databind.node.ObjectNode doc = base.deepCopy();
        tools.jackson.core.JsonPointer ptr = tools.jackson.core.JsonPointer.compile(path);
        JsonNode parent = doc.at(ptr.head());
        if (parent.isObject()) {
          ((tools.jackson.databind.node.ObjectNode) parent).set(ptr.last().getMatchingProperty(), v);
        } else if (parent.isArray()) {
          ((tools.jackson.databind.node.ArrayNode) parent).set(ptr.last().getMatchingIndex(), v);
        }
        check(doc.toString());
        cases++;
      }
      tools.jackson.databind.node.ObjectNode doc = base.deepCopy();
      tools.jackson.core.JsonPointer ptr = tools.jackson.core.JsonPointer.compile(path);
      JsonNode parent = doc.at(ptr.head());
      if (parent.isObject()) {
        ((tools.jackson.databind.node.ObjectNode) parent).remove(ptr.last().getMatchingProperty());
        check(doc.toString());
        // the same field twice: a tree keeps the last
        String json = base.toString();
        String name = "\"" + ptr.last().getMatchingProperty() + "\":";
        check(json.replaceFirst(java.util.regex.Pattern.quote(name), name + "\"dup\"," + name));
        // an unknown field next to it
        check(json.replaceFirst(java.util.regex.Pattern.quote(name), "\"unknownField\":1," + name));
      }
    }
    assertThat(cases).isGreaterThan(300);
    assertThat(fast(base.toString())).isNotNull();
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

  private static void check(String json) {
    VoteRecord read = fast(json);
    Decoder d = new Decoder();
    VoteRecord decoded = d.voteRecord(R2pJson.mapper().readTree(json), "", false);
    if (read != null) {
      assertThat(d.problems()).as(json).isEmpty();
      assertThat(read).as(json).isEqualTo(decoded);
    }
  }
}
