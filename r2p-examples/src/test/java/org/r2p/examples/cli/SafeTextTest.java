package org.r2p.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

final class SafeTextTest {
  @Test
  void controlCharactersAreEscaped() {
    assertThat(SafeText.of("NO\nfile.json:9: forged")).isEqualTo("NO\\nfile.json:9: forged");
    assertThat(SafeText.of("a\r\tb")).isEqualTo("a\\r\\tb");
    assertThat(SafeText.of("\u001b[2J\u001b[H")).isEqualTo("\\u001B[2J\\u001B[H");
    assertThat(SafeText.of("\u0000\u007f\u0085\u009b")).isEqualTo("\\u0000\\u007F\\u0085\\u009B");
    assertThat(SafeText.of("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    assertThat(SafeText.of("\u202Egnp.exe")).isEqualTo("\\u202Egnp.exe");
    assertThat(SafeText.of("\u2066x\u2069")).isEqualTo("\\u2066x\\u2069");
  }

  @Test
  void unpairedSurrogatesAreEscapedAndPairsKept() {
    assertThat(SafeText.of("x\uD800")).isEqualTo("x\\uD800");
    assertThat(SafeText.of("\uDC00x")).isEqualTo("\\uDC00x");
    assertThat(SafeText.of("\uD800\uD83D\uDE00")).isEqualTo("\\uD800\uD83D\uDE00");
  }

  @Test
  void printableTextIsUnchanged() {
    String s = "Côte d'Ivoire, Türkiye, 中国, \\ C:\\data\\x.json, \uD83D\uDE00 \"quoted\"";
    assertThat(SafeText.of(s)).isSameAs(s);
  }

  @Test
  void nothingUnsafeIsLeftWhateverTheText() {
    qt().withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
      String t = SafeText.of(s);
      assertThat(t).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))).as(t).isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as(t).isFalse();
        }
      }
      // text without anything to escape comes back as it was
      if (!s.matches("(?s).*[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E"
          + "\\u2066-\\u2069\\uD800-\\uDFFF].*")) {
        assertThat(t).isEqualTo(s);
      }
    });
  }
}
