package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.r2p.core.VoteRecord;
import tools.jackson.core.JacksonException;

/**
 * Random and mutated documents through the validator and the reader: the validator always
 * returns a result and never throws; the reader fails only with Jackson's exception. No hang,
 * no OutOfMemoryError. {@code -Dr2p.fuzz.iterations=N} sets the number of inputs (the
 * {@code fuzz} profile runs 100,000); {@code -Dr2p.fuzz.seed=S} replays a run. Hostile NDJSON
 * files ({@link HostileInputs}: encodings, syntax, limits, control characters) keep the law: N
 * records with k damaged give the N-k others unchanged and k located problems.
 */
final class JsonFuzzTest {
  static final int ITERATIONS = Integer.getInteger("r2p.fuzz.iterations", 3_000);
  static final long SEED = Long.getLong("r2p.fuzz.seed", 20261123L);
  /** Hostile NDJSON files for the law ({@code -Dr2p.fuzz.hostile=N}; the fuzz profile runs 100,000). */
  static final int HOSTILE = Integer.getInteger("r2p.fuzz.hostile", 1_000);

  static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e999",
      "\"format\"", "\"r2p.vote-record.v1\"", "\"votes\"", "\"member\"", "\"position\"", "\"NO\"", "\"date\"",
      "\"2014-05-22\"", "\"S/2014/348\"", "\"proposal\"", "\\u0000", "\uFEFF", "\n", "\"\\ud800\"", "9999999999999999999999"};

  static List<String> seeds() {
    List<String> s = new ArrayList<>();
    s.add(Fixtures.record().toString());
    s.add(Fixtures.record().toPrettyString());
    s.add("[" + Fixtures.record() + "," + Fixtures.record() + "]");
    s.add(Fixtures.record() + "\n" + Fixtures.record() + "\n");
    s.add("{\"format\":\"r2p.vote-records.v1\",\"records\":[" + Fixtures.record() + "]}");
    for (VoteRecord r : R2pDatasets.bundled().vetoes().subList(0, 40)) {
      s.add(R2pJson.mapper().<tools.jackson.databind.JsonNode>valueToTree(r).toString());
    }
    return s;
  }

  static String mutate(String doc, Random rnd) {
    StringBuilder b = new StringBuilder(doc);
    int edits = 1 + rnd.nextInt(4);
    for (int e = 0; e < edits && b.length() > 0; e++) {
      int at = rnd.nextInt(b.length());
      switch (rnd.nextInt(7)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, TOKENS[rnd.nextInt(TOKENS.length)]);
        case 2 -> b.setCharAt(at, (char) (32 + rnd.nextInt(95)));
        case 3 -> b.setLength(at);
        case 4 -> {
          int end = Math.min(b.length(), at + 1 + rnd.nextInt(40));
          b.insert(at, b.substring(at, end));
        }
        case 5 -> b.insert(at, "[".repeat(1 + rnd.nextInt(120)));
        default -> b.setCharAt(at, (char) rnd.nextInt(0xFFFF));
      }
    }
    return b.toString();
  }

  static String random(Random rnd) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(60);
    for (int k = 0; k < n; k++) {
      b.append(rnd.nextBoolean() ? TOKENS[rnd.nextInt(TOKENS.length)] : String.valueOf((char) rnd.nextInt(128)));
    }
    return b.toString();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void nothingButTheDocumentedResultsComeOut() {
    Random rnd = new Random(SEED);
    List<String> seeds = seeds();
    int valid = 0;
    int problems = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      String input = rnd.nextInt(5) == 0 ? random(rnd) : mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
      try {
        ValidationResult r = Fixtures.VALIDATOR.validate(input);
        assertThat(r.recordsRead()).isGreaterThanOrEqualTo(r.records().size());
        for (Problem p : r.problems()) {
          assertThat(p.code()).matches("[a-z]+(\\.[a-z0-9-]+)+");
          assertThat(p.message()).isNotBlank();
          assertThat(p.pointer()).matches("(/[^/]*)*");
        }
        valid += r.records().size();
        problems += r.problems().size();
      } catch (RuntimeException | Error e) {
        fail("validator threw on input #" + i + " (seed " + SEED + "): " + e + "\n" + abbreviate(input), e);
      }
      try {
        R2pJson.mapper().readValue(input.getBytes(StandardCharsets.UTF_8), VoteRecord.class);
      } catch (JacksonException expected) {
        // the documented failure
      } catch (RuntimeException | Error e) {
        fail("reader threw " + e + " on input #" + i + " (seed " + SEED + ")\n" + abbreviate(input), e);
      }
    }
    // the mutations keep some documents valid and break most: both paths are exercised
    assertThat(valid).isPositive();
    assertThat(problems).isGreaterThan(ITERATIONS / 2);
  }

  /**
   * The law on hostile NDJSON (damaged encodings, syntax, limits, control characters): N records
   * with k damaged give exactly the N-k others, unchanged and in order, and located errors for
   * exactly the k damaged ones, each at its line and with the code its damage calls for.
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void hostileInputsLoseOnlyTheirBadRecords() {
    Random rnd = new Random(SEED);
    List<VoteRecord> pool = HostileInputs.pool();
    int damaged = 0;
    for (int i = 0; i < HOSTILE; i++) {
      HostileInputs.Case c = HostileInputs.ndjson(rnd, pool, 0.3);
      ValidationResult r;
      try {
        r = Fixtures.VALIDATOR.validate(new java.io.ByteArrayInputStream(c.bytes()));
      } catch (RuntimeException | Error e) {
        throw new AssertionError("validator threw on input #" + i + " (seed " + SEED + "): " + c.describe(), e);
      }
      int n = i;
      ValidationResult result = r;
      java.util.function.Supplier<String> where = () -> "input #" + n + " (seed " + SEED + "): " + c.describe()
          + "\nproblems: " + result.problems();
      assertThat(r.records()).as(where).isEqualTo(c.expected());
      assertThat(r.recordsRead()).as(where).isEqualTo(c.records());
      java.util.Map<Integer, java.util.Set<String>> codes = new java.util.TreeMap<>();
      for (Problem p : r.errors()) {
        assertThat(p.record()).as(where).isPresent();
        int index = p.record().getAsInt();
        assertThat(p.line()).as(where).hasValue(c.badLineByIndex().getOrDefault(index, -1));
        codes.computeIfAbsent(index, k -> new java.util.TreeSet<>()).add(p.code());
      }
      assertThat(codes.keySet()).as(where).isEqualTo(c.badLineByIndex().keySet());
      c.damageByIndex().forEach((index, d) -> assertThat(codes.get(index)).as(where).contains(d.code));
      damaged += c.damageByIndex().size();
    }
    assertThat(damaged).isGreaterThan(HOSTILE / 2);
  }

  static String abbreviate(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }
}
