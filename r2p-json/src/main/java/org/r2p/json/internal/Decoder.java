package org.r2p.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.r2p.json.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one value from a token stream with a {@link Grammar} and collects every problem with
 * its JSON Pointer and a stable code; one bad field never hides another. There is one reader:
 * a well-formed value is read straight into the builders, and at an irregularity the same pass
 * goes on, reporting, at the same position (nothing is read twice, no tree is built except of
 * a value of the wrong kind, to show it in the message). Pointers are made only for problems.
 *
 * <p>Syntax errors and reading limits are the parser's and pass through as exceptions.
 *
 * <p>Not thread-safe: one decoder per document.
 */
public final class Decoder {
  private final @Nullable JsonParser parser;
  private final String base;
  private final int lineShift;
  private final List<Problem> problems = new ArrayList<>();
  private int errors;
  /** The parser's path to the value the decoder started on, which {@link #base} stands for. */
  private final String start;

  /** A decoder that only collects problems (checks made after decoding). */
  public Decoder() {
    this(null, "", 0);
  }

  /**
   * A decoder reading from a parser.
   *
   * @param parser the parser, on the first token of the value to read
   * @param base the JSON Pointer of that value
   * @param lineShift added to the parser's line numbers to give the input's
   */
  public Decoder(@Nullable JsonParser parser, String base, int lineShift) {
    this.parser = parser;
    this.base = base;
    this.lineShift = lineShift;
    this.start = parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
  }

  /** @return the problems found so far */
  public List<Problem> problems() {
    return problems;
  }

  /** @return how many errors were found so far */
  public int errors() {
    return errors;
  }

  /** Records an error, at the line of the current token when the input has lines. */
  public void error(String pointer, String code, String message) {
    errors++;
    problems.add(lined(Problem.error(pointer, code, message)));
  }

  /** Records a warning, at the line of the current token when the input has lines. */
  public void warning(String pointer, String code, String message) {
    problems.add(lined(Problem.warning(pointer, code, message)));
  }

  /**
   * The problem at the current token's line, if the decoder reads input whose tokens have lines
   * and is on a value (at the end of an object, a missing field's problem keeps the record's line).
   */
  private Problem lined(Problem p) {
    JsonToken t = parser == null ? null : parser.currentToken();
    int line = t == null || t.isStructEnd() ? 0 : line();
    return line > 0 ? new Problem(p.pointer(), p.code(), p.message(), p.severity(), p.record(),
        java.util.OptionalInt.of(line)) : p;
  }

  /** Records an error before the problems from {@code at} on. */
  void insertError(int at, String pointer, String code, String message) {
    errors++;
    problems.add(at, Problem.error(pointer, code, message));
  }

  /** Records an error with the line of the current token. */
  void errorHere(String pointer, String code, String message) {
    int line = line();
    errors++;
    problems.add(line > 0
        ? new Problem(pointer, code, message, Problem.Severity.ERROR,
            java.util.OptionalInt.empty(), java.util.OptionalInt.of(line))
        : Problem.error(pointer, code, message));
  }

  /** @return the input line of the current token, or 0 if unknown */
  int line() {
    TokenStreamLocation l = p().currentTokenLocation();
    return l == null || l.getLineNr() <= 0 ? 0 : l.getLineNr() + lineShift;
  }

  JsonParser p() {
    if (parser == null) {
      throw new IllegalStateException("this decoder reads no input");
    }
    return parser;
  }

  // --- pointers ----------------------------------------------------------------------------

  /**
   * The JSON Pointer of the current value: the parser's own path ({@link
   * tools.jackson.core.TokenStreamContext#pathAsPointer()}) below the value the decoder started
   * on, after {@link #base}. At the end of an object or array, that object or array.
   */
  String pointer() {
    String here = p().streamReadContext().pathAsPointer().toString();
    return base + (here.startsWith(start) ? here.substring(start.length()) : here);
  }

  /** @return the JSON Pointer of a property of the object that ends at the current token */
  String pointer(String child) {
    return pointer() + "/" + escape(child);
  }

  /** Escapes a property name for a JSON Pointer (RFC 6901). */
  public static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Skips the current value (of an unknown or repeated field), reading its strings so that the
   * reading limits apply to them as to every other value; the parser is left on its last token.
   */
  void skip() {
    JsonParser p = p();
    int depth = 0;
    JsonToken t = p.currentToken();
    while (t != null) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      } else if (t == JsonToken.VALUE_STRING) {
        p.getString();
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    }
  }

  // --- showing a value -----------------------------------------------------------------------

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    int max = Math.min(s.length(), 80);
    b.append(s, 0, max);
    if (s.length() > max) {
      b.append("...");
    }
    return b.append('"').toString();
  }

  /**
   * Reports the current value as of the wrong kind ("..., found number: 7") and skips it: the
   * value is read as a tree to be shown.
   */
  void wrongKind(String code, String expected) {
    String kind = kind(p().currentToken());
    error(pointer(), code, expected + ", found " + kind + ": " + showAndSkip());
  }

  /** @return the current value as JSON text (at most 90 characters); the parser is left on its last token */
  String showAndSkip() {
    JsonNode n = p().readValueAsTree();
    if (n == null) {
      return "null";
    }
    String shown = n.isString() ? quote(n.stringValue()) : n.toString();
    return shown.length() > 90 ? shown.substring(0, 87) + "..." : shown;
  }

  private static String kind(@Nullable JsonToken t) {
    if (t == null) {
      return "missing";
    }
    switch (t) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(Locale.ROOT);
    }
  }

  // --- keeping problems in the grammar's order ------------------------------------------------

  /**
   * The problems of one object, by the field they belong to: the object's own problems are
   * reported in its grammar's order (unknown and repeated fields first, then each field's in
   * turn), whatever the order of the fields in the input. Made only when a problem is found.
   */
  static final class Segments {
    private int[] start = new int[8];
    private int[] key = new int[8];
    private int n;
    private boolean sorted = true;

    static Segments add(@Nullable Segments s, int start, int key) {
      Segments t = s == null ? new Segments() : s;
      if (t.n == t.start.length) {
        t.start = java.util.Arrays.copyOf(t.start, t.n * 2);
        t.key = java.util.Arrays.copyOf(t.key, t.n * 2);
      }
      if (t.n > 0 && t.key[t.n - 1] > key) {
        t.sorted = false;
      }
      t.start[t.n] = start;
      t.key[t.n++] = key;
      return t;
    }

    /** Puts the problems from the first segment on into key order (stable). */
    void order(List<Problem> problems) {
      if (sorted) {
        return;
      }
      int end = problems.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(key[a], key[b]));
      List<Problem> out = new ArrayList<>(end - start[0]);
      for (int i : order) {
        int to = i + 1 < n ? start[i + 1] : end;
        out.addAll(problems.subList(start[i], to));
      }
      List<Problem> tail = problems.subList(start[0], end);
      tail.clear();
      tail.addAll(out);
    }
  }
}
