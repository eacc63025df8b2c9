package org.r2p.examples.cli;

/**
 * Text from an input made safe for a terminal: every line the command line prints in its text
 * formats goes through {@link #of}, so that a value, a pointer or a message can never start a
 * new line, move the cursor or send the terminal a command. JSON output needs no such step:
 * the JSON writer escapes control characters itself.
 */
final class SafeText {
  private SafeText() {}

  /**
   * The text with every control character (C0, DEL, C1), line and paragraph separator,
   * bidirectional-text control and unpaired surrogate written as an escape: {@code \n},
   * {@code \r}, {@code \t}, else {@code \}{@code uXXXX} (an ANSI escape shows as
   * {@code \}{@code u001B[2J}). Everything else, backslashes included, is unchanged.
   *
   * @param s the text
   * @return the text on one line, with no control character
   */
  static String of(String s) {
    int first = 0;
    while (first < s.length() && !unsafe(s, first)) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(s, i)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean unsafe(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c < 0x7F) {
      return false;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true; // C0, DEL, C1 (U+009B is a control sequence introducer)
    }
    if (c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return true; // separators that end a line; controls that reorder what is shown
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
