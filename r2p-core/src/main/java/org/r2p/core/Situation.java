package org.r2p.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.r2p.core.internal.Checks;

/**
 * The situation a proposal concerns, as a value to filter and group on: a <em>classified</em>
 * situation with a stable key ({@link #ISRAEL_PALESTINE}, {@link #SYRIA}, {@link #UKRAINE},
 * {@link #MYANMAR}, ...) and a display name, or an <em>unclassified</em> one that keeps the
 * text it was given ({@link #other(String)}).
 *
 * <p>A value type rather than an enum, so that a situation outside the list is representable
 * without losing its text: {@code Situation.other("Admission")} is a situation like any other,
 * equal to every other {@code other("Admission")}. Classified situations are compared by key;
 * unclassified ones by their text.
 *
 * <pre>{@code
 * Situation s = Situation.of("ISRAEL_PALESTINE");           // the constant, or an error
 * boolean same = s == Situation.ISRAEL_PALESTINE;           // true: one instance per key
 * Situation t = Situation.parse("The Spanish question");    // unclassified, text kept
 * }</pre>
 *
 * <p>The constants are the countries and territories the Council's veto list (the Dag
 * Hammarskj&ouml;ld Library's, as bundled) names as a veto's topic since 1990, and those it
 * names for two or more vetoes before; the bundled classification of every veto is derived from
 * that list's topic, row by row (see the bundled data's provenance notes). The keys never
 * change; new ones may be added.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Situation implements Comparable<Situation> {
  private static final Map<String, Situation> KNOWN = new LinkedHashMap<>();

  /** Angola. */
  public static final Situation ANGOLA = classified("ANGOLA", "Angola");
  /** Bosnia and Herzegovina. */
  public static final Situation BOSNIA_AND_HERZEGOVINA = classified("BOSNIA_AND_HERZEGOVINA", "Bosnia and Herzegovina");
  /** Cambodia. */
  public static final Situation CAMBODIA = classified("CAMBODIA", "Cambodia");
  /** The Congo (1960). */
  public static final Situation CONGO = classified("CONGO", "Congo");
  /** Cyprus. */
  public static final Situation CYPRUS = classified("CYPRUS", "Cyprus");
  /** Czechoslovakia. */
  public static final Situation CZECHOSLOVAKIA = classified("CZECHOSLOVAKIA", "Czechoslovakia");
  /** The Democratic People's Republic of Korea (the veto list's "North Korea", "DPRK"). */
  public static final Situation DPRK = classified("DPRK", "Democratic People's Republic of Korea");
  /** Georgia. */
  public static final Situation GEORGIA = classified("GEORGIA", "Georgia");
  /** The Greek civil war (1946–1947). */
  public static final Situation GREEK_CIVIL_WAR = classified("GREEK_CIVIL_WAR", "Greek Civil War");
  /** Guatemala. */
  public static final Situation GUATEMALA = classified("GUATEMALA", "Guatemala");
  /** India and Pakistan. */
  public static final Situation INDIA_PAKISTAN = classified("INDIA_PAKISTAN", "India/Pakistan");
  /** Israel and Lebanon. */
  public static final Situation ISRAEL_LEBANON = classified("ISRAEL_LEBANON", "Israel/Lebanon");
  /** Israel and Palestine, the Palestinian question included. */
  public static final Situation ISRAEL_PALESTINE = classified("ISRAEL_PALESTINE", "Israel/Palestine");
  /** The Korean war (1950). */
  public static final Situation KOREAN_WAR = classified("KOREAN_WAR", "Korean War");
  /** Lebanon. */
  public static final Situation LEBANON = classified("LEBANON", "Lebanon");
  /** Macedonia (the former Yugoslav Republic of Macedonia, 1999). */
  public static final Situation MACEDONIA = classified("MACEDONIA", "Macedonia");
  /** Mali. */
  public static final Situation MALI = classified("MALI", "Mali");
  /** Myanmar. */
  public static final Situation MYANMAR = classified("MYANMAR", "Myanmar");
  /** Namibia. */
  public static final Situation NAMIBIA = classified("NAMIBIA", "Namibia");
  /** Nicaragua. */
  public static final Situation NICARAGUA = classified("NICARAGUA", "Nicaragua");
  /** Rhodesia (Southern Rhodesia). */
  public static final Situation RHODESIA = classified("RHODESIA", "Rhodesia");
  /** South Africa. */
  public static final Situation SOUTH_AFRICA = classified("SOUTH_AFRICA", "South Africa");
  /** Spain (the Spanish question, 1946). */
  public static final Situation SPAIN = classified("SPAIN", "Spain");
  /** Sudan. */
  public static final Situation SUDAN = classified("SUDAN", "Sudan");

  /** The Suez crisis of October–November 1956, apart from Israel/Palestine. */
  public static final Situation SUEZ_CRISIS = classified("SUEZ_CRISIS", "Suez crisis (1956)");
  /** Syria. */
  public static final Situation SYRIA = classified("SYRIA", "Syria");
  /** Ukraine. */
  public static final Situation UKRAINE = classified("UKRAINE", "Ukraine");

  /** The incidents between the United States and Libya (1986, 1989). */
  public static final Situation US_LIBYA = classified("US_LIBYA", "United States/Libya");
  /** Venezuela. */
  public static final Situation VENEZUELA = classified("VENEZUELA", "Venezuela");
  /** Yemen. */
  public static final Situation YEMEN = classified("YEMEN", "Yemen");
  /** Zimbabwe. */
  public static final Situation ZIMBABWE = classified("ZIMBABWE", "Zimbabwe");

  /** The key every unclassified situation has. */
  public static final String OTHER = "OTHER";

  private final String key;
  private final String name;
  private final boolean classified;

  private Situation(String key, String name, boolean classified) {
    this.key = key;
    this.name = name;
    this.classified = classified;
  }

  private static Situation classified(String key, String name) {
    Situation s = new Situation(key, name, true);
    KNOWN.put(key, s);
    return s;
  }

  /**
   * The classified situation with this key.
   *
   * @param key a key, e.g. {@code "ISRAEL_PALESTINE"}
   * @return the constant
   * @throws IllegalArgumentException if no classified situation has this key (the message
   *     lists the keys; {@link #other(String)} makes an unclassified situation)
   */
  public static Situation of(String key) {
    return byKey(key).orElseThrow(() -> new IllegalArgumentException("situation key must be one of "
        + KNOWN.keySet() + " (Situation.other(text) keeps any other situation): \"" + key + "\""));
  }

  /**
   * The classified situation with this key, if there is one.
   *
   * @param key a key
   * @return the constant, or empty
   */
  public static Optional<Situation> byKey(String key) {
    return Optional.ofNullable(KNOWN.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * An unclassified situation, keeping its text.
   *
   * @param text what the source calls it, e.g. {@code "Admission"}
   * @return the situation, with key {@link #OTHER}
   * @throws IllegalArgumentException if the text is blank, or is the key of a classified
   *     situation (use {@link #of(String)} for that)
   */
  public static Situation other(String text) {
    Checks.notBlank("situation text", text);
    if (KNOWN.containsKey(text)) {
      throw new IllegalArgumentException("situation text must not be a classified situation's key (use"
          + " Situation.of): \"" + text + "\"");
    }
    return new Situation(OTHER, text, false);
  }

  /**
   * A situation as written: the classified situation if the text is one of the keys, otherwise
   * an unclassified situation with the text. {@code parse(s.toString())} equals {@code s}.
   *
   * @param text a key or any other non-blank text
   * @return the situation
   * @throws IllegalArgumentException if the text is blank
   */
  public static Situation parse(String text) {
    Situation known = KNOWN.get(Objects.requireNonNull(text, "text"));
    return known != null ? known : other(text);
  }

  /**
   * Every classified situation, in key order.
   *
   * @return the constants
   */
  public static List<Situation> classifiedSituations() {
    List<Situation> all = new ArrayList<>(KNOWN.values());
    Collections.sort(all);
    return List.copyOf(all);
  }

  /**
   * The stable key: {@code "ISRAEL_PALESTINE"}, or {@link #OTHER} for an unclassified situation.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * A name for display: "Israel/Palestine", or an unclassified situation's text.
   *
   * @return the name
   */
  public String displayName() {
    return name;
  }

  /**
   * Whether this is one of the classified situations (a constant with its own key).
   *
   * @return true for a constant, false for an {@link #other(String)}
   */
  public boolean isClassified() {
    return classified;
  }

  /**
   * Classified situations first, by key; then unclassified ones, by text.
   *
   * @param o another situation
   * @return the order
   */
  @Override
  public int compareTo(Situation o) {
    if (classified != o.classified) {
      return classified ? -1 : 1;
    }
    return classified ? key.compareTo(o.key) : name.compareTo(o.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Situation s && s.classified == classified && s.key.equals(key) && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name, classified);
  }

  /**
   * The situation as written in JSON and read by {@link #parse(String)}: a classified
   * situation's key ({@code ISRAEL_PALESTINE}), an unclassified one's text.
   *
   * @return the key or the text
   */
  @Override
  public String toString() {
    return classified ? key : name;
  }
}
