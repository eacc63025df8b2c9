package org.r2p.json;

import java.util.Optional;
import org.r2p.core.Confidence;
import org.r2p.core.Instrument;
import org.r2p.core.MemberState;

/**
 * A permanent member's position on a veto-restraint initiative as a source states it, from
 * {@code sourced/known_non_adherence.csv}: "France and Britain signed the code but the three
 * other permanent council members have not" (AP, 23 Oct 2015). The registry takes the
 * adherences and dated non-adherences from these rows; the rows themselves keep what the
 * registry cannot (a qualified US commitment of 2023 that is no signature, the UK's support "in
 * principle" of the France–Mexico declaration, a UK answer of 2025 that names no state).
 *
 * <p>The columns are kept as written; {@link #initiativeKind()}, {@link #statusKind()} and
 * {@link #confidenceLevel()} read them as constants (the bundled file's mapping refuses a row
 * whose columns are none of them).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the state, empty where the source names none ("other members of the Security
 *     Council")
 * @param stateName the state's name as written, or the file's words for those it does not name
 * @param initiative the initiative as written (ACT_CODE, FRANCE_MEXICO_DECLARATION,
 *     FRANCE_OWN_PLEDGE, UK_OWN_PLEDGE, VETO_RESTRAINT_GENERAL)
 * @param status the status as written (NOT_JOINED, JOINED_P5, OPPOSED…)
 * @param statement what the source says
 * @param statementDate the date of the statement as written ("2015-10-23", "2023-04", "2015")
 * @param source where
 * @param confidence the compiler's confidence as written
 */
public record InitiativePosition(
    Optional<MemberState> state,
    String stateName,
    String initiative,
    String status,
    String statement,
    String statementDate,
    String source,
    String confidence) {
  /**
   * Checks that every part is present.
   *
   * @param state the state, empty where the source names none ("other members of the Security
   *       Council")
   * @param stateName the state's name as written, or the file's words for those it does not name
   * @param initiative the initiative as written (ACT_CODE, FRANCE_MEXICO_DECLARATION,
   *       FRANCE_OWN_PLEDGE, UK_OWN_PLEDGE, VETO_RESTRAINT_GENERAL)
   * @param status the status as written (NOT_JOINED, JOINED_P5, OPPOSED…)
   * @param statement what the source says
   * @param statementDate the date of the statement as written ("2015-10-23", "2023-04", "2015")
   * @param source where
   * @param confidence the compiler's confidence as written
   */
  public InitiativePosition {
    RecordParts.required(InitiativePosition.class, state, stateName, initiative, status, statement,
        statementDate, source, confidence);
  }

  /** The initiatives the positions are about. */
  public enum Initiative {
    /** The ACT Code of Conduct (2015). */
    ACT_CODE(Instrument.ACT_CODE_OF_CONDUCT),
    /** The France–Mexico political declaration (2015). */
    FRANCE_MEXICO_DECLARATION(Instrument.FRANCE_MEXICO_DECLARATION),
    /** France's own pledge. */
    FRANCE_OWN_PLEDGE(Instrument.FRENCH_PLEDGE),
    /** The United Kingdom's own pledge. */
    UK_OWN_PLEDGE(Instrument.UK_PLEDGE),
    /** Veto restraint in general, no one instrument. */
    VETO_RESTRAINT_GENERAL(null);

    private final Instrument instrument;

    Initiative(Instrument instrument) {
      this.instrument = instrument;
    }

    /**
     * The instrument, where the initiative is one.
     *
     * @return the instrument, empty for {@link #VETO_RESTRAINT_GENERAL}
     */
    public Optional<Instrument> instrument() {
      return Optional.ofNullable(instrument);
    }

    /**
     * Whether states join the initiative (the ACT Code, the France–Mexico declaration).
     *
     * @return true for those two
     */
    public boolean multilateral() {
      return this == ACT_CODE || this == FRANCE_MEXICO_DECLARATION;
    }

    /**
     * Whether the initiative is one state's own pledge.
     *
     * @return true for France's and the United Kingdom's pledges
     */
    public boolean pledge() {
      return this == FRANCE_OWN_PLEDGE || this == UK_OWN_PLEDGE;
    }
  }

  /** A position as the file states it. */
  public enum Status {
    /** Co-sponsored the initiative. */
    CO_SPONSOR,
    /** A permanent member that joined. */
    JOINED_P5,
    /** A statement that not all Council members joined, naming none. */
    NOT_ALL_COUNCIL_MEMBERS_JOINED,
    /** Had not joined as of the statement. */
    NOT_JOINED,
    /** Had not joined: absent from a list that names those who did. */
    NOT_JOINED_BY_ENUMERATION,
    /** Had not joined, and opposed the initiative. */
    NOT_JOINED_OPPOSED,
    /** Had not joined, stating reservations. */
    NOT_JOINED_RESERVATIONS,
    /** Opposed the initiative. */
    OPPOSED,
    /** A qualified commitment that is no signature and not about the Code. */
    QUALIFIED_COMMITMENT_NOT_A_SIGNATURE_NOT_ABOUT_THE_CODE,
    /** Supports the principle; no signature confirmed. */
    SUPPORTS_PRINCIPLE_SIGNATURE_NOT_CONFIRMED,
    /** A state's own pledge. */
    UNILATERAL_PLEDGE;

    /**
     * Whether the status says the state had not joined as of the statement.
     *
     * @return true for the NOT_ statuses and OPPOSED
     */
    public boolean refusal() {
      return name().startsWith("NOT_") || this == OPPOSED;
    }
  }

  /**
   * The initiative as a constant.
   *
   * @return the initiative
   */
  public Initiative initiativeKind() {
    return Initiative.valueOf(initiative);
  }

  /**
   * The status as a constant.
   *
   * @return the status
   */
  public Status statusKind() {
    return Status.valueOf(status);
  }

  /**
   * The compiler's confidence as a level (its remark, if any, stays in {@link #confidence()}).
   *
   * @return the level
   */
  public Confidence confidenceLevel() {
    return Confidence.parse(confidence);
  }
}
