package org.r2p.json;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem found in a JSON document: where (a JSON Pointer, RFC 6901), a stable code, and
 * a message naming the thing, the constraint and the value.
 *
 * <pre>/0/votes/3/member  state.unknown  unknown state code: must be an ISO 3166 alpha-3 code or a historical code such as SUN: "XYZ"</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the offending value ("" for the whole document)
 * @param code a stable code, e.g. {@code "field.required"}; see docs/json-and-cli.md, "Problem codes", for the list
 * @param message what is wrong, naming the thing, the constraint and the value
 * @param severity ERROR makes the record invalid; WARNING does not
 * @param record the index of the record in the input, if the problem is inside one
 * @param line the 1-based line in the input, where known
 */
public record Problem(
    String pointer, String code, String message, Severity severity, OptionalInt record, OptionalInt line) {

  /** How serious a problem is. */
  public enum Severity {
    /** The record is invalid and is not returned. */
    ERROR,
    /** The record is returned; something in it deserves a look. */
    WARNING
  }

  /**
   * Checks the parts.
   *
   * @param pointer the JSON Pointer of the offending value ("" for the whole document)
   * @param code a stable code, e.g. {@code "field.required"}
   * @param message what is wrong, naming the thing, the constraint and the value
   * @param severity ERROR makes the record invalid; WARNING does not
   * @param record the index of the record in the input, if the problem is inside one
   * @param line the 1-based line in the input, where known
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(line, "line");
  }

  /**
   * An error.
   *
   * @param pointer where
   * @param code the code
   * @param message the message
   * @return the problem
   */
  public static Problem error(String pointer, String code, String message) {
    return new Problem(pointer, code, message, Severity.ERROR, OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * A warning.
   *
   * @param pointer where
   * @param code the code
   * @param message the message
   * @return the problem
   */
  public static Problem warning(String pointer, String code, String message) {
    return new Problem(pointer, code, message, Severity.WARNING, OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * This problem in record {@code index} at {@code line}; a problem that already has its own
   * line (a repeated field, say) keeps it.
   *
   * @param index the record index
   * @param line the record's line, or 0 if unknown
   * @return a copy
   */
  public Problem at(int index, int line) {
    return new Problem(pointer, code, message, severity, OptionalInt.of(index),
        this.line.isPresent() || line <= 0 ? this.line : OptionalInt.of(line));
  }

  /** {@return "pointer code: message"} */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + " " + code + ": " + message;
  }
}
