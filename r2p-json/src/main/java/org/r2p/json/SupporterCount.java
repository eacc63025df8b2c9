package org.r2p.json;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.r2p.core.Instrument;

/**
 * A count of an initiative's supporters at a date, as one source states it: "102 countries"
 * (AP, 23 Oct 2015), "more than 108" (20 Dec 2015), "115" (S/2018/130). The sources disagree;
 * each count is kept as stated, with its qualifier ("exact", "more than", "nearly").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param instrument the initiative counted (ACT Code or France–Mexico declaration)
 * @param scope what was counted, as written: ACT_CODE, COMBINED_EITHER_INITIATIVE (states
 *     supporting either initiative) or FRANCE_MEXICO_DECLARATION
 * @param asOf the date of the count, where the source gives a day (or a month or year, taken
 *     as its first day; see {@code datePrecision})
 * @param asOfAsWritten the date as written, empty where the source gives none
 * @param datePrecision how well the date is known, as written ("day", "month", "unknown")
 * @param count the number, empty where the source gives none
 * @param qualifier "exact", "more than", "almost"… as written
 * @param detail what the source says
 * @param statedBy who states it
 * @param source where
 */
public record SupporterCount(
    Instrument instrument,
    String scope,
    Optional<LocalDate> asOf,
    String asOfAsWritten,
    String datePrecision,
    OptionalInt count,
    String qualifier,
    String detail,
    String statedBy,
    String source) {
  /**
   * Checks that every part is present.
   *
   * @param instrument the initiative counted (ACT Code or France–Mexico declaration)
   * @param scope what was counted, as written: ACT_CODE, COMBINED_EITHER_INITIATIVE (states
   *       supporting either initiative) or FRANCE_MEXICO_DECLARATION
   * @param asOf the date of the count, where the source gives a day (or a month or year, taken
   *       as its first day; see {@code datePrecision})
   * @param asOfAsWritten the date as written, empty where the source gives none
   * @param datePrecision how well the date is known, as written ("day", "month", "unknown")
   * @param count the number, empty where the source gives none
   * @param qualifier "exact", "more than", "almost"… as written
   * @param detail what the source says
   * @param statedBy who states it
   * @param source where
   */
  public SupporterCount {
    RecordParts.required(SupporterCount.class, instrument, scope, asOf, asOfAsWritten,
        datePrecision, count, qualifier, detail, statedBy, source);
  }

  /**
   * Whether this counts supporters of the instrument itself (not of "either initiative").
   *
   * @return true unless the scope is COMBINED_EITHER_INITIATIVE
   */
  public boolean ofInstrumentAlone() {
    return !scope.equals("COMBINED_EITHER_INITIATIVE");
  }

  /**
   * The count in words: "115 (exact, 2018-02-16, Liechtenstein &amp; Switzerland (UN document))".
   *
   * @return the text
   */
  public String describe() {
    String n = count.isPresent() ? Integer.toString(count.getAsInt()) : "no count";
    return (qualifier.isEmpty() || qualifier.equals("exact") ? "" : qualifier + " ") + n
        + " (" + (asOfAsWritten.isEmpty() ? "date not captured" : asOfAsWritten) + ", " + statedBy + ")";
  }
}
