package org.r2p.json;

import java.util.OptionalInt;

/**
 * A part of an overlay file ({@link Overlays}) that could not be read: a CSV row or a JSON
 * member, with the file, where in it, the column and the value at fault, and the constraint
 * broken.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file, as given
 * @param where where in the file, for messages: "aims.csv line 3" or "aims.json /S/2016/846"
 * @param line the 1-based line of a CSV row, empty for JSON
 * @param column the CSV column at fault (empty where the row as a whole is), or the JSON key or
 *     index of the member
 * @param value the cell's text as written, empty where there is none
 * @param message the constraint broken, with the value
 */
public record OverlayProblem(String file, String where, OptionalInt line, String column, String value, String message) {
  /**
   * The problem as one message: "aims.csv line 2: No enum constant …".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
