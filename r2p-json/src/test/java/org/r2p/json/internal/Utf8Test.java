package org.r2p.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

final class Utf8Test {
  /** Bytes from hex pairs and ASCII text: "7B E9 7D" or "'ab' C3 A9". */
  static byte[] bytes(String spec) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : spec.trim().split(" +")) {
      if (part.startsWith("'")) {
        out.writeBytes(part.substring(1, part.length() - 1).getBytes(StandardCharsets.US_ASCII));
      } else if (!part.isEmpty()) {
        out.write(Integer.parseInt(part, 16));
      }
    }
    return out.toByteArray();
  }

  /** The JDK's own strict decoder, the oracle for well-formedness. */
  static boolean jdkAccepts(byte[] b, int to) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, to));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static boolean doubleBom(byte[] b) {
    return b.length >= 6 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        && (b[3] & 0xFF) == 0xEF && (b[4] & 0xFF) == 0xBB && (b[5] & 0xFF) == 0xBF;
  }

  /** Bytes biased towards the edges of UTF-8's ranges, with line feeds and ASCII. */
  static Gen<byte[]> inputs() {
    int[] edges = {0x00, 0x0A, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xBB, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
    Gen<Integer> one = integers().between(0, edges.length + 3).map(k -> k < edges.length ? edges[k] : 0x61 + k);
    return lists().of(one).ofSizeBetween(0, 24).map(l -> {
      byte[] b = new byte[l.size()];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (int) l.get(k);
      }
      return b;
    });
  }

  /** A source that hands out at most {@code chunk} bytes per read, as pipes do. */
  static InputStream trickle(byte[] b, int chunk) {
    return new ByteArrayInputStream(b) {
      @Override
      public synchronized int read(byte[] to, int off, int len) {
        return super.read(to, off, Math.min(len, chunk));
      }
    };
  }

  @Nested
  final class FirstInvalid {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ascii                              | '{\"a\":1}'             | -1 |
        two-byte e-acute                   | 'x' C3 A9 'y'           | -1 |
        three-byte euro                    | E2 82 AC                | -1 |
        four-byte U+1F600                  | F0 9F 98 80             | -1 |
        last code point U+10FFFF           | F4 8F BF BF             | -1 |
        U+FFFF, a noncharacter, is UTF-8   | EF BF BF                | -1 |
        one leading BOM                    | EF BB BF '{}'           | -1 |
        BOM inside a value                 | '\"' EF BB BF '\"'      | -1 |
        overlong NUL C0 80                 | 'x' C0 80               | 1  | an overlong form: C0
        overlong C1 BF                     | C1 BF                   | 0  | an overlong form: C1
        overlong three-byte E0 80 80       | E0 80 80                | 0  | an overlong form: E0 80
        overlong three-byte E0 9F BF       | E0 9F BF                | 0  | an overlong form: E0 9F
        overlong four-byte F0 8F BF BF     | F0 8F BF BF             | 0  | an overlong form: F0 8F
        CESU-8 surrogate pair              | 'a' ED A0 80 ED B0 80   | 1  | a surrogate code point (CESU-8 or a lone surrogate): ED A0
        lone low surrogate                 | ED B0 80                | 0  | a surrogate code point (CESU-8 or a lone surrogate): ED B0
        beyond U+10FFFF                    | F4 90 80 80             | 0  | a code point beyond U+10FFFF: F4 90
        F5 lead                            | F5 80 80 80             | 0  | a code point beyond U+10FFFF: F5
        FF byte                            | 'a' FF                  | 1  | a byte that never occurs in UTF-8: FF
        stray continuation                 | 'ab' 80 'c'             | 2  | a continuation byte with no character to continue: 80
        Latin-1 e-acute                    | 'caf' E9 '_au_lait'     | 3  | a multi-byte character cut short (Latin-1 or Windows-1252 text?): E9 5F
        cut short at the end of a line     | 'x' E2 82 0A 'y'        | 1  | a multi-byte character cut short by the end of the line: E2 82 0A
        cut short at the end of input      | 'x' E2 82               | 1  | a multi-byte character cut short by the end of the input: E2 82
        four-byte cut after three          | F0 9F 98 'a'            | 0  | a multi-byte character cut short: F0 9F 98 61
        second byte-order mark             | EF BB BF EF BB BF '{}'  | 3  | a second byte-order mark: EF BB BF
        two byte-order marks, nothing else | EF BB BF EF BB BF       | 3  | a second byte-order mark: EF BB BF
        stray continuation BF              | 'a' BF                  | 1  | a continuation byte with no character to continue: BF
        F7 lead                            | F7 80 80 80             | 0  | a code point beyond U+10FFFF: F7
        F8 byte                            | F8 80                   | 0  | a byte that never occurs in UTF-8: F8
        first three-byte U+0800            | E0 A0 80                | -1 |
        last before the surrogates U+D7FF  | ED 9F BF                | -1 |
        first four-byte U+10000            | F0 90 80 80             | -1 |
        U+0800 cut short                   | 'x' E0 A0 'y'           | 1  | a multi-byte character cut short: E0 A0 79
        U+D7FF cut short                   | ED 9F 'y'               | 0  | a multi-byte character cut short: ED 9F 79
        highest lone surrogate             | ED BF BF                | 0  | a surrogate code point (CESU-8 or a lone surrogate): ED BF
        """)
    void findsTheFirstIllFormedSequenceAndSaysWhy(String name, String spec, int at, String why) {
      byte[] b = bytes(spec);
      assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(at);
      if (at >= 0) {
        assertThat(Utf8.describe(b, at, b.length)).isEqualTo(why);
      }
    }

    @Test
    void checksOnlyTheRangeGiven() {
      byte[] b = bytes("E9 'abc' C3 A9 FF");
      assertThat(Utf8.firstInvalid(b, 1, 6)).isEqualTo(-1);
      assertThat(Utf8.firstInvalid(b, 1, 5)).isEqualTo(4); // cut short by the end of the range
      assertThat(Utf8.firstInvalid(b, 1, b.length)).isEqualTo(6);
    }

    @Test
    void theReasonLooksNoFurtherThanTheEndGiven() {
      byte[] b = bytes("'x' E2 82 82");
      assertThat(Utf8.describe(b, 1, 3)).isEqualTo("a multi-byte character cut short by the end of the input: E2 82");
      assertThat(Utf8.describe(b, 1, 2)).isEqualTo("a multi-byte character cut short by the end of the input: E2");
    }

    @Test
    void aDoubledByteOrderMarkCountsOnlyAtTheStartOfTheInput() {
      byte[] b = bytes("'x' EF BB BF EF BB BF");
      assertThat(Utf8.firstInvalid(b, 1, b.length)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void agreesWithTheJdksStrictDecoder(boolean ascii) {
      qt().withExamples(20_000).forAll(ascii ? mostlyAscii() : inputs()).checkAssert(b -> {
        int bad = Utf8.firstInvalid(b, 0, b.length);
        if (doubleBom(b)) {
          assertThat(bad).isEqualTo(3);
        } else if (bad < 0) {
          assertThat(jdkAccepts(b, b.length)).as(Utf8Test.hex(b)).isTrue();
        } else {
          // everything before it is UTF-8, and the input is not
          assertThat(jdkAccepts(b, bad)).as(Utf8Test.hex(b)).isTrue();
          assertThat(jdkAccepts(b, b.length)).as(Utf8Test.hex(b)).isFalse();
          assertThat(Utf8.describe(b, bad, b.length)).isNotBlank();
        }
      });
    }
  }

  /** Mostly ASCII, with line feeds: runs of eight ASCII bytes are common (two-byte é, and 8A, break them). */
  static Gen<byte[]> mostlyAscii() {
    int[] bytes = {0x0A, 0x0A, 0x0A, 0x41, 0x20, 0x7F, 0x00, 0x0B, 0x09, 0x8A, 0xC3};
    Gen<Integer> one = integers().between(0, bytes.length - 1).map(k -> bytes[k]);
    // longer than the decoder's chars, so that the scan goes back and forth between it and the ASCII words
    return lists().of(one).ofSizeBetween(0, 200).map(l -> {
      byte[] b = new byte[l.size()];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (int) l.get(k);
        if (b[k] == (byte) 0xC3 && k + 1 < b.length) {
          b[++k] = (byte) 0xA9;
        }
      }
      return b;
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void lineFeedsAreCountedAWordAtATimeExactly_inTheBytesTheScanPasses(boolean ascii) {
    qt().withExamples(5_000).forAll(ascii ? mostlyAscii() : inputs(), integers().between(0, 8)).checkAssert((b, from) -> {
      int start = Math.min(from, b.length);
      for (boolean atEnd : new boolean[] {true, false}) {
        Utf8.Scanner scanner = new Utf8.Scanner();
        scanner.lineFeeds = 3; // counts are added to what is there
        int r = scanner.scan(b, start, b.length, atEnd);
        int end = r >= 0 ? r : r == -1 ? b.length : -2 - r;
        long expected = 3;
        for (int k = start; k < end; k++) {
          expected += b[k] == '\n' ? 1 : 0;
        }
        assertThat(scanner.lineFeeds).as(hex(b)).isEqualTo(expected);
      }
    });
  }

  static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02X ", x & 0xFF));
    }
    return s.toString().trim();
  }

  @Nested
  final class Stream {
    @Test
    void passesEveryByteBeforeTheBadOneThenSaysWhereItIs() throws IOException {
      byte[] b = bytes("'{}' 0A '{\"a\":\"caf' E9 '\"}' 0A '{}'");
      Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(new ByteArrayInputStream(b));
      byte[] got = new byte[100];
      int n = in.readNBytes(got, 0, 12);
      assertThat(new String(got, 0, n, StandardCharsets.UTF_8)).isEqualTo("{}\n{\"a\":\"caf");
      assertThatThrownBy(in::read).isInstanceOfSatisfying(Utf8.MalformedException.class, e -> {
        assertThat(e.malformation().line()).isEqualTo(2);
        assertThat(e.malformation().offset()).isEqualTo(12);
        assertThat(e.malformation().reason()).startsWith("a multi-byte character cut short");
        assertThat(e.getMessage()).isEqualTo("input must be UTF-8 (line 2, byte offset 12): a multi-byte"
            + " character cut short (Latin-1 or Windows-1252 text?): E9 22");
      });
      // it stays failed until told to skip the line
      assertThatThrownBy(in::read).isInstanceOf(Utf8.MalformedException.class);
      in.skipLine();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void aSecondByteOrderMarkFailsAtOffsetThree() throws IOException {
      Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(new ByteArrayInputStream(bytes("EF BB BF EF BB BF '{}'")));
      assertThat(in.readNBytes(3)).isEqualTo(bytes("EF BB BF"));
      assertThatThrownBy(in::read).isInstanceOfSatisfying(Utf8.MalformedException.class, e -> {
        assertThat(e.malformation().offset()).isEqualTo(3);
        assertThat(e.malformation().reason()).isEqualTo("a second byte-order mark: EF BB BF");
      });
    }

    @Test
    void aShortInputIsPassedOn() throws IOException {
      for (String s : new String[] {"", "'{'", "EF BB BF", "C3 A9"}) {
        byte[] b = bytes(s);
        assertThat(new Utf8.CheckedInputStream(trickle(b, 1)).readAllBytes()).isEqualTo(b);
      }
    }

    @Test
    void aLongInputIsPassedOnAcrossBufferBoundaries() throws IOException {
      // four-byte characters placed to straddle every buffer boundary
      byte[] unit = "\uD83D\uDE00é€a\n".getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      while (all.size() < 300_000) {
        all.writeBytes(unit);
      }
      byte[] b = all.toByteArray();
      assertThat(new Utf8.CheckedInputStream(trickle(b, 7919)).readAllBytes()).isEqualTo(b);
      b[b.length - 2] = (byte) 0xC0;
      Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(new ByteArrayInputStream(b));
      assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(Utf8.MalformedException.class, e -> {
        assertThat(e.malformation().offset()).isEqualTo(b.length - 2);
        assertThat(e.malformation().line()).isEqualTo(b.length / unit.length);
      });
    }

    @Test
    void givesTheSameAnswerAsTheArrayCheckWhateverTheReadSizes() {
      qt().withExamples(5_000).forAll(inputs(), integers().between(1, 9)).checkAssert((b, chunk) -> {
        int bad = Utf8.firstInvalid(b, 0, b.length);
        Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(trickle(b, chunk));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
          byte[] buf = new byte[chunk + 1];
          for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
            got.write(buf, 0, n);
          }
          assertThat(bad).as(hex(b)).isEqualTo(-1);
          assertThat(got.toByteArray()).isEqualTo(b);
        } catch (Utf8.MalformedException e) {
          assertThat(e.malformation().offset()).as(hex(b)).isEqualTo(bad);
          assertThat(got.toByteArray()).isEqualTo(java.util.Arrays.copyOf(b, bad));
          long lineFeeds = got.toString(StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
          assertThat(e.malformation().line()).isEqualTo(lineFeeds + 1);
          assertThat(e.malformation().reason()).isEqualTo(Utf8.describe(b, bad, b.length));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }

    @Test
    void skippingBadLinesKeepsEveryGoodOne() {
      qt().withExamples(2_000).forAll(lists().of(inputs()).ofSizeBetween(1, 6), integers().between(1, 9))
          .checkAssert((lines, chunk) -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            List<String> good = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
              byte[] line = withoutLineFeeds(lines.get(k));
              all.writeBytes(line);
              all.write('\n');
              int bad = Utf8.firstInvalid(line, 0, line.length);
              if (bad < 0 && !(k == 0 && doubleBom(line))) {
                good.add(new String(line, StandardCharsets.UTF_8));
              }
            }
            assertThat(readLinesSkippingBadOnes(all.toByteArray(), chunk)).isEqualTo(good);
          });
    }
  }

  static byte[] withoutLineFeeds(byte[] b) {
    byte[] c = b.clone();
    for (int k = 0; k < c.length; k++) {
      if (c[k] == '\n') {
        c[k] = ' ';
      }
    }
    return c;
  }

  static List<String> readLinesSkippingBadOnes(byte[] b, int chunk) {
    List<String> out = new ArrayList<>();
    Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(trickle(b, chunk));
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      while (true) {
        int c;
        try {
          c = in.read();
        } catch (Utf8.MalformedException e) {
          line.reset();
          in.skipLine();
          continue;
        }
        if (c < 0) {
          return out;
        }
        if (c == '\n') {
          out.add(line.toString(StandardCharsets.UTF_8));
          line.reset();
        } else {
          line.write(c);
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      plain text                         | ab        | -1
      a pair                             | x<H><L>y  | -1
      a pair last                        | <H><L>    | -1
      two pairs                          | <H><L><H><L> | -1
      a high surrogate last              | ab<H>     | 2
      a high surrogate alone first       | <H>       | 0
      a high surrogate before a letter   | <H>x      | 0
      a low surrogate first              | <L><H>    | 0
      a low surrogate after a pair       | <H><L><L> | 2
      two high surrogates then a low     | <H><H><L> | 0
      """)
  void anUnpairedSurrogateIsFound_aPairIsNot(String name, String spec, int at) {
    String s = spec.trim().replace("<H>", "\uD83D").replace("<L>", "\uDE00");
    assertThat(Utf8.unpairedSurrogate(s)).isEqualTo(at);
  }

  /** Reads until the end or the first error, which it adds to {@code errors}. */
  static String readUntilError(Utf8.CheckedInputStream in, List<Utf8.MalformedException> errors) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
        got.write(buf, 0, n);
      }
    } catch (Utf8.MalformedException e) {
      errors.add(e);
    }
    return got.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aBadLineLongerThanTheBuffer_isSkippedToItsEnd_andTheLinesAndOffsetsAfterItAreExact() throws IOException {
    String tail = "y".repeat(40_000);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes("ab".getBytes(StandardCharsets.US_ASCII));
    all.write(0xE9);
    all.writeBytes((tail + "\nnext line\nz").getBytes(StandardCharsets.US_ASCII));
    int second = all.size();
    all.write(0xC0);
    all.writeBytes((tail + "\n\nend").getBytes(StandardCharsets.US_ASCII));
    byte[] b = all.toByteArray();
    for (int chunk : new int[] {1, 7, 5000, 1 << 16}) {
      Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(trickle(b, chunk));
      List<Utf8.MalformedException> errors = new ArrayList<>();
      assertThat(readUntilError(in, errors)).isEqualTo("ab");
      in.skipLine();
      assertThat(readUntilError(in, errors)).isEqualTo("next line\nz");
      in.skipLine();
      assertThat(readUntilError(in, errors)).isEqualTo("\nend");
      assertThat(errors).extracting(e -> e.malformation().line()).containsExactly(1, 3);
      assertThat(errors).extracting(e -> e.malformation().offset()).containsExactly(2L, (long) second);
    }
  }

  @Test
  void skipAndAvailable_countOnlyBytesCheckedAndNotYetRead() throws IOException {
    Utf8.CheckedInputStream in = new Utf8.CheckedInputStream(new ByteArrayInputStream(bytes("'abcdef'")));
    assertThat(in.markSupported()).isFalse();
    assertThat(in.skip(2)).isEqualTo(2);
    assertThat(in.available()).isEqualTo(4);
    assertThat(in.read()).isEqualTo('c');
    assertThat(in.available()).isEqualTo(3);
    assertThat(in.skip(100)).isEqualTo(3);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.skip(5)).isZero();
    // across refills
    byte[] big = ("x".repeat(50_000) + "end").getBytes(StandardCharsets.US_ASCII);
    Utf8.CheckedInputStream far = new Utf8.CheckedInputStream(trickle(big, 1000));
    assertThat(far.skip(50_000)).isEqualTo(50_000);
    assertThat(new String(far.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("end");
    // never past a bad byte
    Utf8.CheckedInputStream bad = new Utf8.CheckedInputStream(new ByteArrayInputStream(bytes("'ab' FF 'cd'")));
    assertThat(bad.skip(1)).isEqualTo(1);
    assertThat(bad.skip(1)).isEqualTo(1);
    assertThatThrownBy(() -> bad.skip(1)).isInstanceOf(Utf8.MalformedException.class);
  }
}
