package org.r2p.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte buffer under the streamed reader: white space skipped with its lines counted, lines
 * found ahead within a limit, and every byte handed on exactly once, whatever the sizes of the
 * reads the underlying stream gives and however the lines fall across the buffer's refills.
 */
final class ByteSourceTest {
  static ByteSource source(String text, int chunk) {
    return new ByteSource(Utf8Test.trickle(text.getBytes(StandardCharsets.ISO_8859_1), chunk));
  }

  static ByteSource source(byte[] b) {
    return new ByteSource(new ByteArrayInputStream(b));
  }

  /** The lines of {@code text} as the source cuts them (white space before each skipped). */
  static List<String> lines(ByteSource s, int max) throws IOException {
    List<String> out = new ArrayList<>();
    while (s.skipSpace(Long.MAX_VALUE) >= 0) {
      int line = s.line();
      long offset = s.offset();
      int end = s.peekLineEnd(0, max);
      if (end == -1) {
        out.add(line + "@" + offset + " too long");
        s.skipLine();
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < end; k++) {
        b.append((char) s.peek(k));
      }
      out.add(line + "@" + offset + " " + b);
      s.skipWithinLine(end);
      s.skipLine();
    }
    return out;
  }

  /** The same, computed directly from the text. */
  static List<String> expectedLines(String text, int max) {
    List<String> out = new ArrayList<>();
    int line = 1;
    int k = 0;
    while (k < text.length()) {
      char c = text.charAt(k);
      if (c == '\n') {
        line++;
        k++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        k++;
      } else {
        int lf = text.indexOf('\n', k);
        int end = lf < 0 ? text.length() : lf;
        out.add(line + "@" + k + " " + (end - k > max ? "too long" : text.substring(k, end)));
        k = end;
      }
    }
    return out;
  }

  @Test
  void linesAndWhiteSpaceRunsAcrossRefillsAreCutExactly_whateverTheReadSizes() {
    // lines and runs of white space longer than the 16 KiB buffer, read 1 to 40,000 bytes at a time
    int[] lengths = {0, 1, 7, 8, 9, 255, 16_383, 16_384, 16_385, 40_000};
    qt().withExamples(60).forAll(lists().of(integers().between(0, lengths.length * 3 - 1)).ofSizeBetween(1, 8),
        integers().between(1, 40_000)).checkAssert((parts, chunk) -> {
          StringBuilder text = new StringBuilder();
          for (int p : parts) {
            int n = lengths[p / 3];
            text.append(p % 3 == 0 ? "x".repeat(n) + "\u00e9\n" : p % 3 == 1 ? " \r\n\t".repeat(n / 4 + 1) : "ab\r\n");
          }
          String t = text.toString();
          try {
            assertThat(lines(source(t, chunk), 20_000)).isEqualTo(expectedLines(t, 20_000));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void theOffsetAndTheLineFollowTheBytesConsumed() throws IOException {
    ByteSource s = source("  \n \n\t x\ny", 2);
    assertThat(s.skipSpace(Long.MAX_VALUE)).isEqualTo('x');
    assertThat(s.offset()).isEqualTo(7);
    assertThat(s.line()).isEqualTo(3);
    assertThat(s.peekLineEnd(0, 10)).isEqualTo(1);
    s.skipWithinLine(1);
    s.skipLine();
    assertThat(s.offset()).isEqualTo(9);
    assertThat(s.line()).isEqualTo(4);
    assertThat(s.peek(0)).isEqualTo('y');
  }

  @Test
  void theOffsetCountsFromTheStartOfTheInput_afterTheBufferMoved() throws IOException {
    String t = " ".repeat(40_000) + "x";
    ByteSource s = source(t, 1000);
    assertThat(s.skipSpace(Long.MAX_VALUE)).isEqualTo('x');
    assertThat(s.offset()).isEqualTo(40_000);
    assertThat(s.peekLineEnd(0, 5)).isEqualTo(1);
  }

  @Test
  void bytesAboveAsciiArePeekedUnsigned() throws IOException {
    ByteSource s = source(new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 0x7F});
    assertThat(s.skipSpace(10)).isEqualTo(0xC3);
    assertThat(s.peekLineEnd(0, 10)).isEqualTo(4);
    assertThat(List.of(s.peek(0), s.peek(1), s.peek(2), s.peek(3))).containsExactly(0xC3, 0xA9, 0xFF, 0x7F);
  }

  @Test
  void whiteSpaceUpToTheLimitIsSkipped_oneByteMoreIsTooMuch() throws IOException {
    assertThat(source("   x", 4).skipSpace(3)).isEqualTo('x');
    assertThat(source("    x", 4).skipSpace(3)).isEqualTo(-2);
    // counted from where the skipping starts, not from the start of the input
    ByteSource s = source("ab   x", 4);
    assertThat(s.peekLineEnd(0, 10)).isEqualTo(6);
    s.skipWithinLine(2);
    assertThat(s.skipSpace(3)).isEqualTo('x');
    assertThat(s.offset()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 100})
  void oneLeadingByteOrderMarkIsSkipped_evenAlone(int chunk) throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(new ByteSource(Utf8Test.trickle(bom, chunk)).skipSpace(10)).isEqualTo(-1);
    byte[] bomX = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', 'x'};
    ByteSource s = new ByteSource(Utf8Test.trickle(bomX, chunk));
    assertThat(s.skipSpace(10)).isEqualTo('x');
    assertThat(s.offset()).isEqualTo(4);
    // not a mark once something was read: a second one is content
    byte[] two = {' ', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(new ByteSource(Utf8Test.trickle(two, chunk)).skipSpace(10)).isEqualTo(0xEF);
  }

  @Test
  void aLineOfExactlyTheLimitIsFound_oneByteMoreIsTooLong() throws IOException {
    for (int chunk : new int[] {1, 3, 1 << 20}) {
      assertThat(source("abc\nz", chunk).peekLineEnd(0, 3)).isEqualTo(3);
      assertThat(source("abcd\nz", chunk).peekLineEnd(0, 3)).isEqualTo(-1);
      assertThat(source("abc", chunk).peekLineEnd(0, 3)).isEqualTo(3);
      assertThat(source("abcd", chunk).peekLineEnd(0, 3)).isEqualTo(-1);
      // a line further ahead, measured from its own start
      assertThat(source("ab\ncde\nz", chunk).peekLineEnd(3, 3)).isEqualTo(6);
      assertThat(source("ab\ncdef\nz", chunk).peekLineEnd(3, 3)).isEqualTo(-1);
      String big = "y".repeat(20_000);
      assertThat(source(big + "\n", chunk).peekLineEnd(0, 20_000)).isEqualTo(20_000);
      assertThat(source(big + "y\n", chunk).peekLineEnd(0, 20_000)).isEqualTo(-1);
    }
  }

  @Test
  void noLineWhereTheInputEnds() throws IOException {
    assertThat(source("ab\n", 1).peekLineEnd(3, 10)).isEqualTo(-2);
    assertThat(source("ab", 1).peekLineEnd(2, 10)).isEqualTo(-2);
    assertThat(source("ab\nc", 1).peekLineEnd(3, 10)).isEqualTo(4);
    assertThat(source("", 1).peekLineEnd(0, 10)).isEqualTo(-2);
  }

  @Test
  void droppingTheLineReadAheadCountsIt() throws IOException {
    ByteSource s = source("\n\nabc", 100);
    assertThat(s.skipSpace(10)).isEqualTo('a');
    assertThat(s.line()).isEqualTo(3);
    s.dropLine();
    assertThat(s.line()).isEqualTo(4);
    assertThat(s.skipSpace(10)).isEqualTo(-1);
  }

  @Test
  void theRestIsEveryByteNotConsumed_once() throws IOException {
    byte[] b = ("  [1,\n" + "2".repeat(50_000) + "]").getBytes(StandardCharsets.US_ASCII);
    ByteSource s = new ByteSource(Utf8Test.trickle(b, 777));
    assertThat(s.skipSpace(10)).isEqualTo('[');
    assertThat(s.peekLineEnd(0, 100)).isEqualTo(3);
    InputStream rest = s.rest();
    assertThat(rest.read()).isEqualTo('[');
    assertThat(rest.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(b, 3, b.length));
  }
}
