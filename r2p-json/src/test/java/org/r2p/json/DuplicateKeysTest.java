package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.record;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.r2p.core.Vote;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A key given twice in one object is a problem, {@code field.duplicate}, at the pointer and line
 * of the second occurrence, on every path: an array, NDJSON, a single document, a collection and
 * the Jackson module. Nothing silently keeps the last.
 */
final class DuplicateKeysTest {
  /** The fixture record, one line, with {@code "name":} replaced by {@code "name": value, "name":} at its n-th occurrence. */
  static String twice(String name, String value, int occurrence) {
    String json = record().toString();
    String key = "\"" + name + "\":";
    int at = -1;
    for (int k = 0; k <= occurrence; k++) {
      at = json.indexOf(key, at + 1);
    }
    return json.substring(0, at) + key + value + "," + json.substring(at);
  }

  static void onlyDuplicate(ValidationResult r, String pointer) {
    assertThat(r.records()).isEmpty();
    assertThat(r.problems()).extracting(Problem::code).containsExactly("field.duplicate");
    assertThat(r.problems().get(0).pointer()).isEqualTo(pointer);
  }

  @Test
  void aRecordWithTwoVoteArraysIsRefused() {
    // the first "votes" is a good, shorter list: keeping either would change the record
    String doc = twice("votes", "[{\"member\":\"FRA\",\"position\":\"YES\"}]", 0);
    onlyDuplicate(VALIDATOR.validate("[" + doc + "]"), "/0/votes");
    // one line alone, or over several lines: a single document; two lines: NDJSON
    onlyDuplicate(VALIDATOR.validate(doc), "/votes");
    ValidationResult two = VALIDATOR.validate(doc + "\n" + doc);
    assertThat(two.problems()).extracting(Problem::pointer).containsExactly("/0/votes", "/1/votes");
    onlyDuplicate(VALIDATOR.validate(doc.replace("\"votes\":", "\n\"votes\":")), "/votes");
  }

  @Test
  void aVoteWithTwoPositionsIsRefused() {
    String doc = twice("position", "\"YES\"", 0);
    onlyDuplicate(VALIDATOR.validate("[" + doc + "]"), "/0/votes/0/position");
    assertThat(VALIDATOR.validate("[" + doc + "]").problems().get(0).message())
        .isEqualTo("vote has field \"position\" more than once: a field may be given only once");
  }

  @Test
  void aRecordWithTwoFormatsIsRefused() {
    onlyDuplicate(VALIDATOR.validate("[" + twice("format", "\"r2p.vote-record.v1\"", 0) + "]"), "/0/format");
  }

  @Test
  void aRepeatedDateOrSubjectOnAnNdjsonLineIsRefusedAndTheOtherLinesRead() {
    String good = record().toString();
    String ndjson = good + "\n" + twice("date", "\"2014-05-21\"", 1) + "\n" + twice("subject", "\"Other\"", 0)
        + "\n" + good + "\n";
    ValidationResult r = VALIDATOR.validate(ndjson);
    assertThat(r.records()).hasSize(2);
    assertThat(r.problems()).extracting(Problem::pointer, Problem::code, Problem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/1/date", "field.duplicate", OptionalInt.of(2)),
        org.assertj.core.groups.Tuple.tuple("/2/proposal/subject", "field.duplicate", OptionalInt.of(3)));
  }

  @Test
  void theLineIsThatOfTheSecondOccurrence() {
    String doc = "[\n" + record().toString().replace("\"votes\":", "\n\"votes\": [],\n\"votes\":") + "\n]";
    ValidationResult r = VALIDATOR.validate(doc);
    assertThat(r.problems()).extracting(Problem::code).containsExactly("field.duplicate");
    assertThat(r.problems().get(0).line()).isEqualTo(OptionalInt.of(4));
  }

  @Test
  void aCollectionWithTwoFormatsOrTwoRecordArraysIsRefused() {
    String one = "{\"format\": \"r2p.vote-records.v1\", \"records\": [" + record() + "], \"records\": []}";
    assertThat(VALIDATOR.validate(one).problems()).extracting(Problem::pointer, Problem::code)
        .contains(org.assertj.core.groups.Tuple.tuple("/records", "field.duplicate"));
    String two = "{\"format\": \"r2p.vote-records.v1\", \"format\": \"r2p.vote-records.v1\", \"records\": ["
        + record() + "]}";
    assertThat(VALIDATOR.validate(two).problems()).extracting(Problem::pointer, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/format", "field.duplicate"));
  }

  @Test
  void aRecordInACollectionWithARepeatedFieldIsRefusedAndTheOthersRead() {
    String doc = "{\"format\": \"r2p.vote-records.v1\", \"records\": [" + record() + ","
        + twice("recordedOutcome", "\"ADOPTED\"", 0) + "]}";
    ValidationResult r = VALIDATOR.validate(doc);
    assertThat(r.records()).hasSize(1);
    assertThat(r.problems()).extracting(Problem::pointer, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/records/1/recordedOutcome", "field.duplicate"));
  }

  @Test
  void theModuleRefusesARepeatedFieldWithItsDocumentedException() {
    assertThatThrownBy(() -> R2pJson.mapper().readValue(twice("votes", "[]", 0), VoteRecord.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/votes field.duplicate: vote record has field \"votes\" more than once");
    assertThatThrownBy(() -> R2pJson.mapper().readValue("{\"member\":\"FRA\",\"position\":\"NO\",\"position\":\"YES\"}",
        Vote.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/position field.duplicate");
    assertThatThrownBy(() -> R2pJson.mapper().readValue("[" + twice("position", "\"NO\"", 3) + "]",
        VoteRecord[].class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("/votes/3/position field.duplicate");
  }

  @Test
  void theSameFieldInTwoDifferentObjectsIsNoDuplicate() {
    // "date" in the record and in its proposal
    assertThat(VALIDATOR.validate(record().toString()).problems()).isEmpty();
    assertThat(List.of(record().get("date"), record().get("proposal").get("date"))).hasSize(2);
  }
}
