package org.r2p.json;

import java.util.Objects;
import org.r2p.core.Situation;

/**
 * The situation of one veto in the bundled veto list, as the bundled table
 * {@code unsc_veto_situations.csv} classifies it. The classification is <em>derived</em>: it is
 * read from the veto list's {@code topic} by a stated {@link Rule}, never from anything the
 * topic does not say; a topic the rules do not classify gives an unclassified situation that
 * keeps the topic's text ({@link Situation#other(String)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vetoId the veto's id in the veto list (e.g. "V218")
 * @param topic the veto list's topic, as given (e.g. "Israel-Palestine (Gaza)")
 * @param situation the situation the topic names
 * @param rule how the topic was read
 * @param source the row it was derived from and who labelled the topic, as written
 */
public record SituationClassification(String vetoId, String topic, Situation situation, Rule rule, String source) {

  /** How a topic was read as a situation. */
  public enum Rule {
    /** The topic is the situation's name ("Syria"; "Israel-Palestine" for Israel/Palestine). */
    SAME_NAME,
    /**
     * The topic is the situation's name with a qualifier ("Israel-Palestine (Gaza)",
     * "Israel-Palestine (Gaza) - amendment", "DPRK (Panel of Experts)").
     */
    QUALIFIED_NAME,
    /** The topic names the same state by another name ("Bosnia", "North Korea"). */
    OTHER_NAME,
    /**
     * The topic names Palestine without Israel ("Palestine membership": the draft on the
     * admission of the State of Palestine), read as Israel/Palestine.
     */
    NAMES_PALESTINE,
    /**
     * The agenda item is one the audit of 2026-12-05 reads apart from the topic
     * ({@link SituationRules#AUDITED_AGENDA_ITEMS}): the letter of 29 October 1956 (the Suez
     * crisis, topic "Israel-Palestine") and Libya's letters of 1986 and 1989 (United
     * States/Libya; S/20378's topic "Israel-Palestine" misfiles it).
     */
    AGENDA_ITEM,
    /**
     * Where there is no topic (a record imported from the UN Digital Library): the agenda item
     * names exactly one situation, by its name or another name, or names Palestine.
     */
    AGENDA_NAME,
    /**
     * The topic names no situation in the list (a theme such as "Admission" or "Disarmament",
     * an incident, or a situation the list has no key for): an unclassified situation keeping
     * the topic.
     */
    UNCLASSIFIED
  }

  /**
   * Refuses a rule that does not fit the situation: {@link Rule#UNCLASSIFIED} exactly for an
   * unclassified situation.
   *
   * @param vetoId the veto's id
   * @param topic the topic as given
   * @param situation the situation
   * @param rule the rule
   * @param source the source
   */
  public SituationClassification {
    Objects.requireNonNull(vetoId, "vetoId");
    if ((rule == Rule.UNCLASSIFIED) == situation.isClassified()) {
      throw new IllegalArgumentException("situation classification " + vetoId + ": rule " + rule
          + " does not fit situation " + situation.key());
    }
  }
}
