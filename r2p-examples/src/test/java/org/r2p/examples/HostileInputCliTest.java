package org.r2p.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.r2p.examples.Cli.file;
import static org.r2p.examples.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.r2p.json.R2pJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command line against inputs written to mislead it: each category of hostile input ends
 * with the bad part reported (never exit 0), nothing silently changed, and text output that
 * an input cannot forge or use to drive the terminal.
 */
final class HostileInputCliTest {
  @TempDir Path dir;

  /** A valid record (S/2014/348) to damage. */
  static ObjectNode record() {
    try {
      return (ObjectNode) R2pJson.mapper().readTree(Files.readString(Path.of(file("s2014-348.json"))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  /** No character that could move the cursor, start a line or command the terminal. */
  static void assertNoControlCharacters(String text) {
    assertThat(text.replace("\n", "")).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E]");
  }

  static List<String> lines(String text) {
    return Arrays.asList(text.split("\n"));
  }

  static byte[] concat(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      out.writeBytes(p instanceof byte[] ? (byte[]) p : p.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Nested
  final class Encodings {
    final String line = record().toString();

    @Test
    void aLatin1LineInNdjsonIsReportedAndOnlyItIsLost() throws IOException {
      String bad = record().put("id", "caf\u00e9").toString();
      Path f = write("latin1.ndjson", concat(line, "\n", bad.getBytes(StandardCharsets.ISO_8859_1), "\n", line, "\n"));
      Cli c = run("validate", f.toString());
      assertThat(c.code).as(c.toString()).isEqualTo(1);
      int offset = line.getBytes(StandardCharsets.UTF_8).length + 1 + bad.indexOf("caf") + 3;
      assertThat(lines(c.out)).containsExactly(
          f + ":2: /1 json.encoding: input must be UTF-8 (line 2, byte offset " + offset
              + "): a multi-byte character cut short (Latin-1 or Windows-1252 text?): E9 22",
          // the two good lines are one record written twice: their id repeats
          f + ": warning: (document) id.repeated: record 3 of this input has the id \"" + record().get("id").asString()
              + "\" of record 1: ids should tell records apart",
          f + ": 3 records, 2 valid, 1 errors, 1 warnings");
    }

    @Test
    void aCesu8LineIsReportedAndTheOthersAreReviewed() throws IOException {
      byte[] cesu = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80};
      int at = line.indexOf("Syria");
      Path f = write("cesu.ndjson", concat(line, "\n", line.substring(0, at), cesu, line.substring(at), "\n"));
      Cli c = run("review", f.toString());
      assertThat(c.code).as(c.toString()).isEqualTo(1);
      assertThat(c.err).contains(":2: /1 json.encoding: ").contains("a surrogate code point (CESU-8 or a lone surrogate)");
      assertThat(c.out).contains("== S/2014/348 (2014-05-22) [S-2014-348]").doesNotContain("\uFFFD");
    }

    @Test
    void aDoubledByteOrderMarkAndAnOverlongFormAreNotText() throws IOException {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      Cli twice = run("validate", write("bom.json", concat(bom, bom, record().toPrettyString())).toString());
      assertThat(twice.code).isEqualTo(1);
      assertThat(twice.out).contains("json.encoding: input must be UTF-8 (line 1, byte offset 3): a second byte-order mark");
      int at = line.indexOf("Syria");
      Cli overlong = run("validate", write("overlong.json",
          concat("[", line.substring(0, at), new byte[] {(byte) 0xC0, (byte) 0xAF}, line.substring(at), "]")).toString());
      assertThat(overlong.code).isEqualTo(1);
      assertThat(overlong.out).contains("json.encoding").contains("an overlong form: C0");
    }
  }

  @Nested
  final class ControlCharacters {
    @Test
    void aNewlineInAnEnumValueCannotForgeAProblemLine() throws IOException {
      ObjectNode r = record();
      String forged = "NO\n" + "forged.json:7: /votes/0 vote.duplicate-member: forged";
      ((ObjectNode) r.get("votes").get(1)).put("position", forged);
      String pretty = r.toPrettyString();
      Path f = write("forged.json", pretty);
      // the problem is at the line where the offending value begins
      List<String> text = pretty.lines().toList();
      int at = 1 + text.indexOf(text.stream().filter(l -> l.contains("forged.json:7")).findFirst().orElseThrow());
      Cli c = run("validate", f.toString());
      assertThat(c.code).as(c.toString()).isEqualTo(1);
      assertNoControlCharacters(c.out);
      // one line per problem, one summary line: nothing else
      assertThat(lines(c.out)).hasSize(2);
      assertThat(lines(c.out).get(0)).startsWith(f + ":" + at + ": /votes/1/position enum.invalid: ")
          .contains("\"NO\\nforged.json:7: /votes/0 vote.duplicate-member: forged\"");
      assertThat(lines(c.out)).noneMatch(l -> l.startsWith("forged.json"));
    }

    @Test
    void anAnsiEscapeInAStateCodeIsShownNotSent() throws IOException {
      ObjectNode r = record();
      ((ObjectNode) r.get("votes").get(0)).put("member", "\u001b[2J\u001b[H");
      Path f = write("ansi.json", r.toPrettyString());
      Cli c = run("validate", f.toString());
      assertThat(c.code).isEqualTo(1);
      assertNoControlCharacters(c.out);
      assertThat(c.out).contains("\"\\u001B[2J\\u001B[H\"");
    }

    @Test
    void aCarriageReturnCannotOverwriteALine() throws IOException {
      ObjectNode r = record();
      r.put("nickname\rOK all valid", 1);
      Path f = write("cr.json", r.toPrettyString());
      Cli c = run("validate", f.toString());
      assertThat(c.code).isEqualTo(1);
      assertNoControlCharacters(c.out);
      assertThat(c.out).contains("/nickname\\rOK all valid field.unknown");
    }

    @Test
    void reviewAndWhatIfPrintValuesEscaped() throws IOException {
      ObjectNode r = record();
      r.put("id", "A\r\u001b[31mB\nC");
      ((ObjectNode) r.get("proposal")).remove("symbol");
      ((ObjectNode) r.get("proposal")).put("subject", "Syria\u2028\u009b2J");
      Path f = write("valid.json", r.toString());
      Cli review = run("review", f.toString());
      assertThat(review.code).as(review.toString()).isZero();
      assertNoControlCharacters(review.out);
      assertThat(review.out).contains("== Syria\\u2028\\u009B2J (2014-05-22) [A\\r\\u001B[31mB\\nC]");
      Cli whatif = run("whatif", "--scenario", "full-compliance", "--all", f.toString());
      assertThat(whatif.code).as(whatif.toString()).isZero();
      assertNoControlCharacters(whatif.out);
      assertThat(whatif.out).contains("Syria\\u2028\\u009B2J [A\\r\\u001B[31mB\\nC]");
    }

    @Test
    void problemsOnStandardErrorAreEscapedToo() throws IOException {
      ObjectNode bad = record();
      ((ObjectNode) bad.get("votes").get(0)).put("member", "X\nY");
      Path f = write("bad.ndjson", record() + "\n" + bad + "\n");
      Cli c = run("review", f.toString());
      assertThat(c.code).isEqualTo(1);
      assertNoControlCharacters(c.err);
      assertThat(lines(c.err)).allMatch(l -> l.startsWith(f + ":2: /1/"));
      assertThat(c.err).contains("\"X\\nY\"");
    }

    @Test
    void aFileNameCannotForgeALine() throws IOException {
      Path f = write("a\nb\u001b[2J.json", "not json");
      Cli c = run("validate", f.toString(), dir.resolve("gone\r.json").toString());
      assertThat(c.code).isEqualTo(2);
      assertNoControlCharacters(c.out);
      assertNoControlCharacters(c.err);
      assertThat(c.out).contains("a\\nb\\u001B[2J.json:1: (document) json.syntax");
      assertThat(c.err).isEqualTo("r2p: cannot read " + dir + "/gone\\r.json: no such file\n");
    }

    @Test
    void argumentsInErrorMessagesAreEscaped() {
      Cli date = run("power", "--date", "\u001b[2J");
      assertThat(date.code).isEqualTo(2);
      assertThat(date.err).isEqualTo("r2p: --date must be a date yyyy-mm-dd: '\\u001B[2J'\n");
      Cli format = run("validate", "--format", "x\u001b[2J", "f.json");
      assertThat(format.code).isEqualTo(2);
      assertNoControlCharacters(format.err);
      assertThat(format.err).contains("x\\u001B[2J");
    }

    @Test
    void jsonOutputKeepsTheValueExactly() throws IOException {
      ObjectNode r = record();
      ((ObjectNode) r.get("votes").get(0)).put("member", "\u001b[2J\n");
      Path f = write("ansi.json", r.toString());
      Cli c = run("validate", "--format", "json", f.toString());
      assertThat(c.code).isEqualTo(1);
      assertNoControlCharacters(c.out);
      ArrayNode problems = (ArrayNode) R2pJson.mapper().readTree(c.out).get("files").get(0).get("problems");
      assertThat(problems.get(0).get("message").stringValue()).endsWith("\"\u001b[2J\n\"");
    }
  }

  @Nested
  final class DuplicateKeys {
    @Test
    void whatTheFileSaidFirstIsNotDroppedSilently() throws IOException {
      String r = record().toString();
      String body = r.substring(1, r.length() - 1);
      for (String[] dup : new String[][] {
          {"{" + body + ", \"votes\": []}", "/votes"},
          {"{\"format\": \"r2p.vote-record.v1\", " + body + "}", "/format"},
          {"{" + body.replace("{\"member\":\"CHN\",\"position\":\"NO\"}",
              "{\"member\":\"CHN\",\"position\":\"NO\",\"position\":\"YES\"}") + "}", "/votes/0/position"}}) {
        Path f = write("dup.json", dup[0]);
        Cli c = run("validate", f.toString());
        assertThat(c.code).as(c.toString()).isEqualTo(1);
        assertThat(c.out).containsPattern("(/0)?" + dup[1] + " field.duplicate");
      }
    }
  }
}
