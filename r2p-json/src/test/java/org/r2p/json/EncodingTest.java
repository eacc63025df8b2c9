package org.r2p.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.json.Fixtures.VALIDATOR;
import static org.r2p.json.Fixtures.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input is UTF-8, with at most one leading byte-order mark; anything else is {@code json.encoding}
 * with its line and byte offset, never a replacement character in a value. In NDJSON only the
 * bad line is lost; in a single document, a collection or an array (and on the first line of a
 * file, where the format is not known yet) the reading ends with that one problem, the records
 * read before it kept.
 */
final class EncodingTest {
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      out.writeBytes(p instanceof byte[] ? (byte[]) p : p.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static ValidationResult validate(byte[] b) {
    return VALIDATOR.validate(new ByteArrayInputStream(b));
  }

  /** Three NDJSON records, the bytes in the subject of the second, before "Syria". */
  static byte[] ndjsonWithBadSecondLine(byte[] bad) {
    String r = record().toString();
    String second = record().put("id", "B").toString();
    int at = second.indexOf("Syria");
    return bytes(r, "\n", second.substring(0, at), bad, second.substring(at), "\n", record().put("id", "C"), "\n");
  }

  static Stream<Arguments> notUtf8() {
    return Stream.of(HostileInputs.NOT_UTF8).map(b -> Arguments.of(Utf8Names.of(b), b));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void inNdjsonOnlyTheBadLineIsLost(String name, byte[] bad) {
    byte[] input = ndjsonWithBadSecondLine(bad);
    ValidationResult r = validate(input);
    assertThat(r.records()).extracting(x -> x.id().orElseThrow()).containsExactly("S-2014-348", "C");
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.pointer()).isEqualTo("/1");
      assertThat(p.record()).hasValue(1);
      assertThat(p.line()).hasValue(2);
      int badAt = record().toString().length() + 1 + record().put("id", "B").toString().indexOf("Syria");
      assertThat(p.message()).startsWith("input must be UTF-8 (line 2, byte offset " + badAt + "): ");
    });
  }

  @Test
  void aCharacterCutShortAtTheEndOfAnNdjsonLine() {
    String r = record().toString();
    ValidationResult v = validate(bytes(r, "\n", r.substring(0, r.length() - 2), new byte[] {(byte) 0xE2, (byte) 0x82},
        "\n", record().put("id", "C"), "\n"));
    assertThat(v.records()).hasSize(2);
    assertThat(v.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.line()).hasValue(2);
      assertThat(p.message()).endsWith("a multi-byte character cut short by the end of the line: E2 82 0A");
    });
  }

  @Test
  void latin1TextInAPrettyDocumentRejectsTheFileAtItsLine() {
    String doc = record().toPrettyString();
    int at = doc.indexOf("Syria");
    byte[] input = bytes(doc.substring(0, at), new byte[] {(byte) 0xE9}, doc.substring(at + 1));
    ValidationResult v = validate(input);
    assertThat(v.records()).isEmpty();
    int line = 1 + (int) doc.substring(0, at).chars().filter(c -> c == '\n').count();
    assertThat(v.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.pointer()).isEmpty();
      assertThat(p.line()).hasValue(line);
      assertThat(p.message()).isEqualTo("input must be UTF-8 (line " + line + ", byte offset " + at
          + "): a multi-byte character cut short (Latin-1 or Windows-1252 text?): E9 79");
    });
  }

  @Test
  void anArrayWithBytesThatAreNotUtf8IsRejected() {
    String r = record().toString();
    ValidationResult v = validate(bytes("[", r, ",\n", r.replace("Syria", "Syr"), new byte[] {(byte) 0xC0, (byte) 0xAF},
        "]"));
    // read one element at a time: the two before the bad bytes are kept; the reading ends there
    assertThat(v.records()).hasSize(2);
    assertThat(v.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.line()).hasValue(2);
      assertThat(p.message()).endsWith("an overlong form: C0");
    });
  }

  @Test
  void anOverlongFormInACollectionIsRejected() {
    String c = "{\"format\": \"r2p.vote-records.v1\", \"records\": [\n" + record() + "]}";
    int at = c.indexOf("Syria");
    ValidationResult v = validate(bytes(c.substring(0, at), new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        c.substring(at)));
    assertThat(v.records()).isEmpty();
    assertThat(v.problems()).extracting(Problem::code).containsExactly("json.encoding");
  }

  @Test
  void oneByteOrderMarkIsAcceptedTwoAreNot() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String r = record().toString();
    assertThat(validate(bytes(bom, r, "\n", r, "\n")).records()).hasSize(2);
    assertThat(validate(bytes(bom, "[", r, "]")).records()).hasSize(1);
    ValidationResult twice = validate(bytes(bom, bom, r, "\n", r, "\n"));
    assertThat(twice.records()).isEmpty();
    assertThat(twice.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.message()).isEqualTo("input must be UTF-8 (line 1, byte offset 3): a second byte-order mark: EF BB BF");
    });
  }

  @Test
  void aByteOrderMarkInsideAValueIsText() {
    ObjectNode r = record();
    r.put("source", "\uFEFFSC/11407");
    ValidationResult v = VALIDATOR.validate(r.toString());
    assertThat(v.records()).singleElement().extracting(VoteRecord::source).isEqualTo("\uFEFFSC/11407");
  }

  @Test
  void aStringWithAnUnpairedSurrogateIsNotWrittenAsAQuestionMark() {
    String doc = record().toPrettyString();
    int at = doc.indexOf("Syria");
    ValidationResult v = VALIDATOR.validate(doc.substring(0, at) + "\uD800" + doc.substring(at));
    assertThat(v.records()).isEmpty();
    assertThat(v.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("json.encoding");
      assertThat(p.message()).isEqualTo("text must be Unicode (line " + p.line().getAsInt() + ", character offset " + at
          + "): an unpaired surrogate U+D800");
    });
  }

  @Test
  void validUtf8OfEveryLengthIsKeptExactly() {
    ObjectNode r = record();
    String text = "é € \uD83D\uDE00 \uFFFF \u0000 \u001b";
    r.put("source", text);
    ValidationResult v = validate(bytes(r, "\n", r, "\n"));
    assertThat(v.problems()).isEmpty();
    assertThat(v.records()).extracting(VoteRecord::source).containsExactly(text, text);
  }

  /** Names for the byte sequences, for test names. */
  static final class Utf8Names {
    static String of(byte[] b) {
      StringBuilder s = new StringBuilder();
      for (byte x : b) {
        s.append(String.format("%02X ", x & 0xFF));
      }
      return s.toString().trim();
    }
  }
}
