package org.r2p.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol, parsed. Forms understood:
 *
 * <ul>
 *   <li>Council documents and drafts: {@code S/9696}, {@code S/2014/348} (year series from
 *       1994), with any of {@code /Rev.n}, {@code /Add.n}, {@code /Corr.n}:
 *       {@code S/15255/Rev.2}, {@code S/471/Add.1}, {@code S/2012/538/Corr.1};
 *   <li>meeting records: {@code S/PV.7180}, {@code S/PV.23};
 *   <li>resolutions: {@code S/RES/1973 (2011)}, {@code S/RES/82};
 *   <li>Assembly documents: {@code A/RES/76/262}, {@code A/70/621}, {@code A/66/L.42/Rev.2}.
 * </ul>
 *
 * <p>{@code parse(s.toString())} equals {@code s}. Symbols order by organ, kind, year, number
 * and suffixes, so that {@code S/9} sorts before {@code S/10}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentSymbol implements Comparable<DocumentSymbol> {

  /** The kind of document a symbol names. */
  public enum Kind {
    /** A draft resolution, letter or report: {@code S/2014/348}, {@code S/9696}. */
    DOCUMENT,
    /** A verbatim meeting record: {@code S/PV.7180}. */
    MEETING_RECORD,
    /** An adopted resolution: {@code S/RES/1973 (2011)}, {@code A/RES/76/262}. */
    RESOLUTION,
    /** A General Assembly limited-distribution draft: {@code A/66/L.42}. */
    LIMITED_DRAFT
  }

  private static final Pattern FIND =
      Pattern.compile("(?<![A-Za-z0-9])[AS]/(?:PV\\.|RES/|L\\.)?[0-9][0-9A-Za-z./]*(?: \\([0-9]{4}\\))?");

  private final char organ;
  private final Kind kind;
  private final OptionalInt session; // GA session or year series
  private final int number;
  private final OptionalInt resolutionYear;
  private final List<String> suffixes; // e.g. "Rev.1", "Corr.2"
  private final String text;

  private DocumentSymbol(
      char organ,
      Kind kind,
      OptionalInt session,
      int number,
      OptionalInt resolutionYear,
      List<String> suffixes) {
    this.organ = organ;
    this.kind = kind;
    this.session = session;
    this.number = number;
    this.resolutionYear = resolutionYear;
    this.suffixes = List.copyOf(suffixes);
    this.text = render();
  }

  /**
   * Parses a symbol.
   *
   * @param text e.g. {@code "S/2014/348"}
   * @return the symbol
   * @throws SymbolParseException if the text is not a symbol of a known form
   */
  public static DocumentSymbol parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Parser(text.toString()).parse();
  }

  /**
   * Finds every symbol in free text, in order, skipping what is not a symbol. Datasets write
   * things such as {@code "S/9696 and Corr.1 & 2"} or
   * {@code "S/3995 (incorporating the amendment)S/3998"}; this returns the symbols in them
   * ({@code S/9696}; {@code S/3995}, {@code S/3998}) and leaves the words to the caller.
   *
   * @param text free text
   * @return the symbols found, possibly none
   */
  public static List<DocumentSymbol> findAll(CharSequence text) {
    Matcher m = FIND.matcher(text);
    List<DocumentSymbol> found = new ArrayList<>();
    while (m.find()) {
      String candidate = m.group();
      while (candidate.endsWith(".") || candidate.endsWith("/")) {
        candidate = candidate.substring(0, candidate.length() - 1);
      }
      try {
        found.add(parse(candidate));
      } catch (SymbolParseException e) {
        // not a symbol: words such as "S/PV." alone; skip
      }
    }
    return List.copyOf(found);
  }

  /**
   * A meeting record symbol, {@code S/PV.<number>}.
   *
   * @param meeting the meeting number, at least 1
   * @return the symbol
   */
  public static DocumentSymbol meeting(int meeting) {
    if (meeting < 1) {
      throw new IllegalArgumentException("meeting number must be at least 1: " + meeting);
    }
    return new DocumentSymbol(
        'S', Kind.MEETING_RECORD, OptionalInt.empty(), meeting, OptionalInt.empty(), List.of());
  }

  /**
   * The organ: {@code 'S'} for the Security Council, {@code 'A'} for the General Assembly.
   *
   * @return the organ letter
   */
  public char organ() {
    return organ;
  }

  /**
   * The kind of document.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The year of a year-series Council symbol ({@code S/2014/348} → 2014) or the session of
   * an Assembly symbol ({@code A/RES/76/262} → 76).
   *
   * @return the year or session, if the symbol has one
   */
  public OptionalInt series() {
    return session;
  }

  /**
   * The document, meeting or resolution number.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * The year written after a Council resolution number: {@code S/RES/1973 (2011)} → 2011.
   *
   * @return the year, if written
   */
  public OptionalInt resolutionYear() {
    return resolutionYear;
  }

  /**
   * The revision, addendum and corrigendum parts, in order, e.g.&nbsp;{@code ["Rev.2"]}.
   *
   * @return the suffixes
   */
  public List<String> suffixes() {
    return suffixes;
  }

  /**
   * The revision number, if the symbol has {@code /Rev.n}.
   *
   * @return the revision
   */
  public OptionalInt revision() {
    return suffix("Rev.");
  }

  /**
   * The symbol without revision, addendum or corrigendum: the base document.
   *
   * @return the base symbol
   */
  public DocumentSymbol base() {
    return suffixes.isEmpty()
        ? this
        : new DocumentSymbol(organ, kind, session, number, resolutionYear, List.of());
  }

  private OptionalInt suffix(String prefix) {
    for (String s : suffixes) {
      if (s.startsWith(prefix)) {
        return OptionalInt.of(Integer.parseInt(s.substring(prefix.length())));
      }
    }
    return OptionalInt.empty();
  }

  private String render() {
    StringBuilder sb = new StringBuilder().append(organ).append('/');
    switch (kind) {
      case MEETING_RECORD:
        sb.append("PV.").append(number);
        break;
      case RESOLUTION:
        sb.append("RES/");
        session.ifPresent(s -> sb.append(s).append('/'));
        sb.append(number);
        break;
      case LIMITED_DRAFT:
        sb.append(session.getAsInt()).append("/L.").append(number);
        break;
      default:
        session.ifPresent(s -> sb.append(s).append('/'));
        sb.append(number);
    }
    for (String s : suffixes) {
      sb.append('/').append(s);
    }
    resolutionYear.ifPresent(y -> sb.append(" (").append(y).append(')'));
    return sb.toString();
  }

  /**
   * Finds the symbol of a meeting within text such as {@code "meeting 706"}.
   *
   * @param text the text
   * @return the meeting symbol, if the text has a meeting number
   */
  public static Optional<DocumentSymbol> meetingIn(String text) {
    Matcher m = Pattern.compile("(?:S/PV\\.|meeting )([0-9]+)").matcher(text);
    return m.find() ? Optional.of(meeting(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  @Override
  public int compareTo(DocumentSymbol o) {
    int c = Character.compare(organ, o.organ);
    if (c == 0) c = kind.compareTo(o.kind);
    if (c == 0) c = Integer.compare(session.orElse(0), o.session.orElse(0));
    if (c == 0) c = Integer.compare(number, o.number);
    if (c == 0) c = text.compareTo(o.text);
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentSymbol && ((DocumentSymbol) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The symbol as written, e.g.&nbsp;{@code "S/2014/348"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    DocumentSymbol parse() {
      char organ = peek();
      if (organ != 'S' && organ != 'A') {
        throw fail("organ 'S' or 'A'");
      }
      i++;
      expect('/');
      if (organ == 'S') {
        if (lookingAt("PV.")) {
          i += 3;
          int n = number();
          List<String> suffixes = suffixes();
          end();
          return new DocumentSymbol(
              'S', Kind.MEETING_RECORD, OptionalInt.empty(), n, OptionalInt.empty(), suffixes);
        }
        if (lookingAt("RES/")) {
          i += 4;
          int n = number();
          OptionalInt year = OptionalInt.empty();
          if (i < s.length()) {
            expect(' ');
            expect('(');
            int start = i;
            int y = number();
            if (i - start != 4) {
              throw new SymbolParseException(s, start, "a four-digit year");
            }
            expect(')');
            year = OptionalInt.of(y);
          }
          end();
          return new DocumentSymbol('S', Kind.RESOLUTION, OptionalInt.empty(), n, year, List.of());
        }
        int first = number();
        OptionalInt series = OptionalInt.empty();
        int n = first;
        if (i < s.length() && s.charAt(i) == '/' && i + 1 < s.length()
            && Character.isDigit(s.charAt(i + 1))) {
          i++;
          series = OptionalInt.of(first);
          n = number();
        }
        List<String> suffixes = suffixes();
        end();
        return new DocumentSymbol('S', Kind.DOCUMENT, series, n, OptionalInt.empty(), suffixes);
      }
      // General Assembly
      if (lookingAt("RES/")) {
        i += 4;
        int session = number();
        expect('/');
        int n = number();
        List<String> suffixes = suffixes();
        end();
        return new DocumentSymbol(
            'A', Kind.RESOLUTION, OptionalInt.of(session), n, OptionalInt.empty(), suffixes);
      }
      int session = number();
      expect('/');
      Kind kind = Kind.DOCUMENT;
      if (lookingAt("L.")) {
        i += 2;
        kind = Kind.LIMITED_DRAFT;
      }
      int n = number();
      List<String> suffixes = suffixes();
      end();
      return new DocumentSymbol('A', kind, OptionalInt.of(session), n, OptionalInt.empty(), suffixes);
    }

    private List<String> suffixes() {
      List<String> out = new ArrayList<>();
      while (i < s.length() && s.charAt(i) == '/') {
        i++;
        String which = null;
        for (String p : new String[] {"Rev.", "Add.", "Corr.", "Amend."}) {
          if (lookingAt(p)) {
            which = p;
          }
        }
        if (which == null) {
          throw fail("'Rev.', 'Add.', 'Corr.' or 'Amend.'");
        }
        i += which.length();
        out.add(which + number());
      }
      return out;
    }

    private int number() {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < 9) {
        i++;
      }
      if (i == start) {
        throw fail("a digit");
      }
      if (s.charAt(start) == '0' && i - start > 1) {
        throw new SymbolParseException(s, start, "a number without leading zeros");
      }
      return Integer.parseInt(s.substring(start, i));
    }

    private boolean lookingAt(String p) {
      return s.startsWith(p, i);
    }

    private char peek() {
      if (i >= s.length()) {
        throw fail("more text");
      }
      return s.charAt(i);
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw fail("'" + c + "'");
      }
      i++;
    }

    private void end() {
      if (i != s.length()) {
        throw fail("end of text");
      }
    }

    private SymbolParseException fail(String expected) {
      return new SymbolParseException(s, i, expected);
    }
  }
}
