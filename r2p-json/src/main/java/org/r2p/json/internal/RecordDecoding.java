package org.r2p.json.internal;

import org.jspecify.annotations.Nullable;
import org.r2p.core.VoteRecord;
import tools.jackson.core.JsonParser;

/**
 * Decodes one element of an input as a vote record: the one place where the reading loop
 * (NDJSON lines, array and collection elements, single documents) meets the grammar. The
 * element is given as a parser over it alone (its bytes, or its buffered tokens).
 */
public final class RecordDecoding {
  private RecordDecoding() {}

  /** A decoded element: the record if it could be built, and the decoder holding the problems. */
  public record Decoded(@Nullable VoteRecord record, Decoder decoder) {}

  /**
   * Decodes the element; syntax errors and reading limits are thrown, as the parser reports them.
   *
   * @param p a parser over the element alone, not yet advanced
   * @param ptr the element's JSON Pointer
   * @param lineShift added to the parser's line numbers to give the input's
   * @param topLevel whether the element is a document of its own (then its "format" is required)
   * @return the record (null if it is not valid) and its problems
   */
  public static Decoded decode(JsonParser p, String ptr, int lineShift, boolean topLevel) {
    p.nextToken();
    Decoder d = new Decoder(p, ptr, lineShift);
    VoteRecord r = Types.readRecord(d, topLevel);
    if (p.nextToken() != null) {
      Decoder alone = new Decoder();
      alone.error(ptr, "json.syntax", "line holds more than one JSON value");
      return new Decoded(null, alone);
    }
    return new Decoded(r, d);
  }

  /**
   * Decodes the element at the parser's current token (an element of an array or collection
   * read from the stream, so that problems keep their own lines); the parser is left on the
   * element's last token.
   *
   * @param p the parser, on the element's first token
   * @param ptr the element's JSON Pointer
   * @param lineShift added to the parser's line numbers to give the input's
   * @return the record (null if it is not valid) and its problems
   */
  public static Decoded decodeHere(JsonParser p, String ptr, int lineShift) {
    Decoder d = new Decoder(p, ptr, lineShift);
    return new Decoded(Types.readRecord(d, false), d);
  }
}
