package org.r2p.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.r2p.core.VoteRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile inputs with a known answer: NDJSON files of valid records, some of them damaged in one
 * way each (an encoding, a syntax or a limit broken, a control character), so that what the
 * validator must return is known exactly: every undamaged record, unchanged, and a located
 * problem for each damaged line. Test support.
 */
final class HostileInputs {
  private HostileInputs() {}

  /** One way to damage a record's line. */
  enum Damage {
    /** A syntax error: the line cut short. */
    TRUNCATED("json.syntax"),
    /** Something after the record on its line. */
    TRAILING("json.syntax"),
    /** Two records on one line. */
    TWO_VALUES("json.syntax"),
    /** A line that is not an object. */
    SCALAR("type.object"),
    /** A raw (unescaped) control character in a string. */
    RAW_CONTROL("json.syntax"),
    /** An escaped control character (an ANSI escape, a newline) in an enum value. */
    ESCAPED_CONTROL_IN_ENUM("enum.invalid"),
    /** Nesting deeper than the limit. */
    DEEP("json.limit"),
    /** A number longer than the limit. */
    LONG_NUMBER("json.limit"),
    /** A string longer than the limit. */
    LONG_STRING("json.limit"),
    /** Bytes that are not UTF-8 in a value or at the end of the line. */
    ENCODING("json.encoding"),
    /** A field given twice, the second time with another value. */
    DUPLICATE_KEY("field.duplicate");

    /** The code of the problem it must cause. */
    final String code;

    Damage(String code) {
      this.code = code;
    }
  }

  /** Byte sequences that are not UTF-8, each one of the cases. */
  static final byte[][] NOT_UTF8 = {
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
      {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong, four bytes
      {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80}, // CESU-8 pair
      {(byte) 0xED, (byte) 0xB0, (byte) 0x80}, // lone surrogate
      {(byte) 0xE9}, // Latin-1 e-acute
      {(byte) 0xFC, 'r'}, // Latin-1 u-umlaut
      {(byte) 0x80}, // stray continuation
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {(byte) 0xFF}, // never in UTF-8
      {(byte) 0xE2, (byte) 0x82}, // cut short
  };

  /** Valid records to start from (the validator's clock is 2026-11-23). */
  static List<VoteRecord> pool() {
    return R2pDatasets.bundled().vetoes().subList(0, 80);
  }

  /** A generated input and what must come out of it. */
  record Case(byte[] bytes, int records, List<VoteRecord> expected, TreeMap<Integer, Integer> badLineByIndex,
      TreeMap<Integer, Damage> damageByIndex) {
    String describe() {
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      return "damages " + damageByIndex + " at lines " + badLineByIndex + "\n"
          + (text.length() > 3000 ? text.substring(0, 3000) + "..." : text);
    }
  }

  /**
   * NDJSON: 1 to 8 records, each damaged with the given chance (never the first: a bad first
   * line is the format detection's concern), with blank lines between some, and control
   * characters in the free text of some undamaged ones (kept exactly).
   */
  static Case ndjson(Random rnd, List<VoteRecord> pool, double damageChance) {
    int n = 1 + rnd.nextInt(8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<VoteRecord> expected = new ArrayList<>();
    TreeMap<Integer, Integer> bad = new TreeMap<>();
    TreeMap<Integer, Damage> damages = new TreeMap<>();
    String eol = rnd.nextInt(10) == 0 ? "\r\n" : "\n";
    int line = 1;
    for (int k = 0; k < n; k++) {
      while (k > 0 && rnd.nextInt(6) == 0) {
        out.writeBytes((rnd.nextBoolean() ? "" : "  ").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
        line++;
      }
      VoteRecord r = pool.get(rnd.nextInt(pool.size()));
      if (rnd.nextInt(4) == 0) {
        r = withControlCharacters(r, rnd);
      }
      ObjectNode json = R2pJson.mapper().valueToTree(r);
      if (k > 0 && rnd.nextDouble() < damageChance) {
        Damage d = Damage.values()[rnd.nextInt(Damage.values().length)];
        if (d == Damage.LONG_STRING && rnd.nextInt(20) != 0) {
          d = Damage.LONG_NUMBER; // a megabyte per input is kept rare
        }
        out.writeBytes(damage(json, d, rnd));
        bad.put(k, line);
        damages.put(k, d);
      } else {
        out.writeBytes(json.toString().getBytes(StandardCharsets.UTF_8));
        expected.add(r);
      }
      out.writeBytes(eol.getBytes(StandardCharsets.US_ASCII));
      line++;
    }
    return new Case(out.toByteArray(), n, expected, bad, damages);
  }

  /** The record with control characters and other awkward text in its free-text fields. */
  static VoteRecord withControlCharacters(VoteRecord r, Random rnd) {
    String[] nasty = {"\u001b[2J\u001b[H", "\n", "\r", "\t", "\u0000", "\u009b31m", "\u2028", "\u202e",
        "\\n", "\"", "\uD83D\uDE00", "\uFEFF"};
    String bit = nasty[rnd.nextInt(nasty.length)];
    switch (rnd.nextInt(3)) {
      case 0:
        return r.withSource(r.source() + bit);
      case 1:
        return r.withId(bit + r.id().orElse("id"));
      default:
        return r.withProposal(r.proposal().withSubject(bit + r.proposal().subject()));
    }
  }

  /** The line of {@code json} damaged in the way given; never valid. */
  static byte[] damage(ObjectNode json, Damage d, Random rnd) {
    String s = json.toString();
    switch (d) {
      case TRUNCATED:
        return utf8(s.substring(0, 1 + rnd.nextInt(s.length() - 1)));
      case TRAILING:
        return utf8(s + (rnd.nextBoolean() ? "}" : ","));
      case TWO_VALUES:
        return utf8(s + " " + s);
      case SCALAR:
        return utf8(new String[] {"42", "\"record\"", "null", "true", "[]", "[" + s + "]"}[rnd.nextInt(6)]);
      case RAW_CONTROL: {
        char c = (char) new int[] {0, 1, 7, 8, 9, 0x0B, 0x0C, 0x1B, 0x1F}[rnd.nextInt(9)];
        return utf8(s.replace("\"source\":\"", "\"source\":\"" + c));
      }
      case ESCAPED_CONTROL_IN_ENUM: {
        ObjectNode copy = json.deepCopy();
        String bit = new String[] {"\u001b[2J", "\n", "\r", "\u0000"}[rnd.nextInt(4)];
        if (copy.get("votes").isEmpty()) {
          copy.put("recordedOutcome", "FAILED_VETO" + bit);
        } else {
          ((ObjectNode) copy.get("votes").get(0)).put("position", "NO" + bit);
        }
        return utf8(copy.toString());
      }
      case DEEP: {
        int depth = R2pJson.MAX_DEPTH + 1 + rnd.nextInt(200);
        return utf8("{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "," + s.substring(1));
      }
      case LONG_NUMBER:
        return utf8("{\"x\":1" + "0".repeat(R2pJson.MAX_NUMBER + rnd.nextInt(100)) + "," + s.substring(1));
      case LONG_STRING:
        return utf8("{\"x\":\"" + "a".repeat(R2pJson.MAX_STRING + 1) + "\"," + s.substring(1));
      case ENCODING: {
        byte[] bad = NOT_UTF8[rnd.nextInt(NOT_UTF8.length)];
        byte[] b = utf8(s);
        String bytes = new String(b, StandardCharsets.ISO_8859_1);
        int at = rnd.nextBoolean() ? b.length : bytes.indexOf("\"source\":\"") + "\"source\":\"".length();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, at);
        o.writeBytes(bad);
        o.write(b, at, b.length - at);
        return o.toByteArray();
      }
      case DUPLICATE_KEY: {
        String[] fields = {"\"date\":\"1999-01-01\"", "\"format\":\"r2p.vote-record.v1\"", "\"votes\":[]",
            "\"source\":\"elsewhere\""};
        return utf8("{" + fields[rnd.nextInt(fields.length)] + "," + s.substring(1));
      }
      default:
        throw new AssertionError(d);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
