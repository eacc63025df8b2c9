package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.record;
import static org.r2p.json.RecordStreamTest.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reading limits fit each other: a record whose one string is exactly at the string limit
 * is read, in every input form, even with every character of the string escaped; one character
 * more is the string limit ({@code json.limit}), never the record limit.
 */
final class ReadingLimitsTest {
  @Test
  void theRecordLimit_holdsAStringAtTheStringLimit_writtenInItsLongestForm() {
    // \\uXXXX for each of MAX_STRING characters, plus a usual record
    assertThat((long) VoteRecordValidator.MAX_RECORD)
        .isGreaterThanOrEqualTo(6L * R2pJson.MAX_STRING + 64 * 1024);
  }

  @Test
  void aStringExactlyAtTheLimit_isRead_inEveryForm() {
    String doc = withSubject("s".repeat(R2pJson.MAX_STRING)).toString();
    for (String input : List.of(doc, "[" + doc + "]", doc + "\n" + doc, withSubject("s".repeat(R2pJson.MAX_STRING))
        .toPrettyString())) {
      List<RecordResult> rs = named(input, "");
      assertThat(rs).allSatisfy(r -> {
        assertThat(r.problems()).isEmpty();
        assertThat(r.record()).isPresent();
      });
      assertThat(rs.get(0).record().orElseThrow().proposal().subject()).hasSize(R2pJson.MAX_STRING);
    }
  }

  @Test
  void aStringAtTheLimit_everyCharacterEscaped_isRead() {
    String escaped = "\\u00e9".repeat(R2pJson.MAX_STRING);
    String doc = withSubject("PLACEHOLDER").toString().replace("PLACEHOLDER", escaped);
    assertThat(doc.length()).isGreaterThan(6 * R2pJson.MAX_STRING).isLessThanOrEqualTo(VoteRecordValidator.MAX_RECORD);
    List<RecordResult> rs = named(doc, "one.ndjson");
    assertThat(rs).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
  }

  @Test
  void oneCharacterMore_isTheStringLimit() {
    String doc = withSubject("s".repeat(R2pJson.MAX_STRING + 1)).toString();
    assertThat(named(doc, "").get(0).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.limit");
      assertThat(p.message()).contains("String value length").contains(String.valueOf(R2pJson.MAX_STRING));
    });
  }

  private static ObjectNode withSubject(String subject) {
    ObjectNode r = record();
    ((ObjectNode) r.get("proposal")).put("subject", subject);
    return r;
  }
}
