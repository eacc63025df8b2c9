package org.r2p.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.r2p.core.Situation;

/**
 * The rules that read a vetoed proposal's situation from the veto list's topic and agenda item,
 * or from an agenda item alone: the bundled table {@code unsc_veto_situations.csv} is made by
 * them (the loader refuses a row they do not give), and {@code r2p import undl} classifies the
 * agenda of each imported resolution with them. In order:
 *
 * <ol>
 *   <li>{@link SituationClassification.Rule#AGENDA_ITEM}: an audited agenda item decides
 *       ({@link #AUDITED_AGENDA_ITEMS});
 *   <li>with a topic: {@code SAME_NAME}, {@code QUALIFIED_NAME}, {@code OTHER_NAME},
 *       {@code NAMES_PALESTINE}, else {@code UNCLASSIFIED} (the topic kept as the text);
 *   <li>without a topic: {@code AGENDA_NAME} when the agenda names exactly one situation (by
 *       its name or another name) or names Palestine, else {@code UNCLASSIFIED} (the agenda kept
 *       as the text: "The situation in the Middle East" covers several situations).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class SituationRules {
  private SituationRules() {}

  /**
   * The agenda items the audit of 2026-12-05 reads apart from their topic, each with its
   * situation: the letter of 29 October 1956 on which France and the United Kingdom vetoed two
   * drafts on 30 October 1956 (V058, V059: the Suez crisis, not Israel/Palestine), and Libya's
   * letters of April 1986 (V145, topic "US-Libya") and January 1989 (V158, S/20378, whose topic
   * "Israel-Palestine" misfiles a United States–Libya incident).
   */
  public static final Map<String, Situation> AUDITED_AGENDA_ITEMS;

  static {
    Map<String, Situation> m = new LinkedHashMap<>();
    m.put("Letter dated 29 October 1956 from the USA to the President of the Security Council concerning the"
        + " Palestine question", Situation.SUEZ_CRISIS);
    m.put("Letters dated 15 April 1986 from Libya, Burkina Faso, Syria and Oman to the President of the Security"
        + " Council", Situation.US_LIBYA);
    m.put("Letters dated 4 January 1989 from Libya and Bahrain to the President of the Security Council",
        Situation.US_LIBYA);
    AUDITED_AGENDA_ITEMS = java.util.Collections.unmodifiableMap(m);
  }

  /** Other names of the same state or situation, as the veto list's topics write them. */
  private static final Map<String, Situation> OTHER_NAMES = Map.of(
      "Bosnia", Situation.BOSNIA_AND_HERZEGOVINA,
      "North Korea", Situation.DPRK,
      "US-Libya", Situation.US_LIBYA);

  /** A qualifier after the name: " (…)", " - …", or both. */
  private static final Pattern QUALIFIED = Pattern.compile("^(.+?)(?: \\(.*\\))?(?: - .*)?$");

  /**
   * A situation read from a topic and an agenda item, and the rule that read it.
   *
   * @param situation the situation (unclassified: the topic, or the agenda, as its text)
   * @param rule the rule
   */
  public record Result(Situation situation, SituationClassification.Rule rule) {
    /**
     * Checks the parts.
     *
     * @param situation the situation
     * @param rule the rule
     */
    public Result {
      Objects.requireNonNull(situation, "situation");
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * Classifies a proposal by its topic and agenda item.
   *
   * @param topic the veto list's topic, or empty where there is none
   * @param agenda the agenda item, or empty
   * @return the situation and the rule; empty where neither names anything (both blank)
   */
  public static Optional<Result> classify(String topic, String agenda) {
    String t = Objects.requireNonNull(topic, "topic").trim();
    String a = Objects.requireNonNull(agenda, "agenda").trim();
    Situation audited = AUDITED_AGENDA_ITEMS.get(a);
    if (audited != null) {
      return Optional.of(new Result(audited, SituationClassification.Rule.AGENDA_ITEM));
    }
    if (!t.isEmpty()) {
      return Optional.of(byTopic(t));
    }
    if (a.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(byAgenda(a));
  }

  private static Result byTopic(String t) {
    Optional<Situation> same = byName(t);
    if (same.isPresent()) {
      return new Result(same.get(), SituationClassification.Rule.SAME_NAME);
    }
    java.util.regex.Matcher m = QUALIFIED.matcher(t);
    if (m.matches() && !m.group(1).equals(t)) {
      Optional<Situation> base = byName(m.group(1)).or(() -> Situation.byKey(m.group(1)));
      if (base.isPresent()) {
        return new Result(base.get(), SituationClassification.Rule.QUALIFIED_NAME);
      }
    }
    Situation other = OTHER_NAMES.get(t);
    if (other != null) {
      return new Result(other, SituationClassification.Rule.OTHER_NAME);
    }
    if (t.toLowerCase(Locale.ROOT).contains("palestin")) {
      return new Result(Situation.ISRAEL_PALESTINE, SituationClassification.Rule.NAMES_PALESTINE);
    }
    return new Result(Situation.other(t), SituationClassification.Rule.UNCLASSIFIED);
  }

  /** The situation whose name the text is, a hyphen standing for the slash. */
  private static Optional<Situation> byName(String text) {
    for (Situation s : Situation.classifiedSituations()) {
      if (s.displayName().replace('/', '-').equals(text) || s.displayName().equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Result byAgenda(String a) {
    String lower = a.toLowerCase(Locale.ROOT);
    if (lower.contains("palestin")) {
      return new Result(Situation.ISRAEL_PALESTINE, SituationClassification.Rule.AGENDA_NAME);
    }
    List<Situation> named = new ArrayList<>();
    for (Situation s : Situation.classifiedSituations()) {
      if (s.displayName().contains("/") || s.displayName().contains("(")) {
        continue; // a pair or a dated episode is never named by one word of an agenda
      }
      if (names(a, s.displayName())) {
        named.add(s);
      }
    }
    OTHER_NAMES.forEach((name, s) -> {
      if (!name.contains("-") && names(a, name) && !named.contains(s)) {
        named.add(s);
      }
    });
    if (named.size() == 1) {
      return new Result(named.get(0), SituationClassification.Rule.AGENDA_NAME);
    }
    return new Result(Situation.other(a), SituationClassification.Rule.UNCLASSIFIED);
  }

  /** Whether the text names the name as whole words. */
  private static boolean names(String text, String name) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
        .matcher(text).find();
  }
}
