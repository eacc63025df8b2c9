package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.r2p.core.VoteRecord;
import org.r2p.rules.Review;
import tools.jackson.databind.JsonNode;

/**
 * Every document of the compatibility corpus (documents as each released version wrote them,
 * {@code src/test/resources/org/r2p/json/compat/}) is read by the current code: its records
 * validate, with a {@code field.deprecated} warning exactly where a renamed field's old name is
 * used and no other problem, and each is reviewed.
 */
final class CompatCorpusTest {
  static final String V010 = "/org/r2p/json/compat/0.1.0/";
  static final VoteRecordValidator VALIDATOR = VoteRecordValidator.builder().clock(Fixtures.CLOCK).build();

  @ParameterizedTest
  @ValueSource(strings = {"s2014-348.json", "hypothetical-2017.json", "bundled-vetoes-every-10th.json"})
  void aRecordFileOf010_validates_withTheDeprecationWarningOnly_andIsReviewed(String file) {
    String text = read(V010 + file);
    List<RecordResult> results = stream(text, file);
    assertThat(results).isNotEmpty().allSatisfy(r -> {
      assertThat(r.record()).as(file).isPresent();
      assertOnlyDeprecations(r.problems(), file);
    });
    long old = count(text, "\"recordedVetoes\"");
    assertThat(results.stream().mapToLong(r -> r.problems().size()).sum()).as(file).isEqualTo(old).isPositive();
    results.forEach(r -> reviewed(r.record().orElseThrow()));
  }

  @Test
  void theNdjsonExampleOf010_readsAsIn010() {
    List<RecordResult> results = stream(read(V010 + "mixed.ndjson"), "mixed.ndjson");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).record()).isPresent();
    assertThat(results.get(2).record()).isPresent();
    assertOnlyDeprecations(results.get(0).problems(), "A");
    assertOnlyDeprecations(results.get(2).problems(), "C");
    // record B: the two errors 0.1 reported (r2p validate --format json), and the deprecation
    RecordResult b = results.get(1);
    assertThat(b.record()).isEmpty();
    assertThat(b.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
        .map(p -> p.pointer() + " " + p.code()).collect(Collectors.toList()))
        .containsExactly("/1/date date.before-charter", "/1/votes/2/position enum.invalid");
    results.stream().flatMap(r -> r.record().stream()).forEach(CompatCorpusTest::reviewed);
  }

  @Test
  void theReviewDocumentOf010_restatesRecordsThatValidateAndAreReviewed() {
    JsonNode doc = R2pJson.mapper().readTree(read(V010 + "review-s2014-348-and-hypothetical-2017.json"));
    assertThat(doc.get("format").asString()).isEqualTo("r2p.review.v1");
    List<VoteRecord> records = new ArrayList<>();
    for (JsonNode review : doc.get("reviews")) {
      String record = review.get("record").toString();
      List<RecordResult> results = stream(record, "");
      assertThat(results).singleElement().satisfies(r -> {
        assertOnlyDeprecations(r.problems(), record);
        assertThat(r.problems()).hasSize(1);
        records.add(r.record().orElseThrow());
      });
    }
    assertThat(records).hasSize(2);
    records.forEach(CompatCorpusTest::reviewed);
    // the same records as the example files, read alike
    assertThat(records.get(0)).isEqualTo(VALIDATOR.validate(read(V010 + "s2014-348.json")).records().get(0));
  }

  private static void assertOnlyDeprecations(List<Problem> problems, String what) {
    assertThat(problems).as(what).allSatisfy(p -> {
      assertThat(p.code()).isEqualTo("field.deprecated");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.pointer()).endsWith("/recordedVetoes");
      assertThat(p.message()).contains("recordedVetoCasts");
    });
  }

  private static void reviewed(VoteRecord r) {
    Review review = ReviewWriterTest.RULES.review(r);
    assertThat(review.record()).isEqualTo(r);
    assertThat(review.decision()).isNotNull();
  }

  private static List<RecordResult> stream(String text, String name) {
    try (var s = VALIDATOR.stream(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        name)) {
      return s.collect(Collectors.toList());
    }
  }

  private static long count(String text, String what) {
    long n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static String read(String resource) {
    try (InputStream in = CompatCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
