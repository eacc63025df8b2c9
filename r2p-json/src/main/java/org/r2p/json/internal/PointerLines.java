package org.r2p.json.internal;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The line where each value of a document begins, by JSON Pointer (the parser's own path), noted
 * as the document's tokens are copied (buffered tokens keep no location): a problem found later
 * in the buffered copy is then reported at the line of the value it names, or of the nearest
 * value that holds it.
 *
 * <p>Not thread-safe: one per document.
 */
public final class PointerLines {
  private final int lineShift;
  private final Map<String, Integer> lines = new HashMap<>();

  /**
   * @param lineShift added to the parser's line numbers to give the input's
   */
  public PointerLines(int lineShift) {
    this.lineShift = lineShift;
  }

  /**
   * Notes the parser's current token: the line where a value begins.
   *
   * @param p the parser, on the token just copied
   */
  public void see(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null || t == JsonToken.PROPERTY_NAME || t.isStructEnd()) {
      return;
    }
    TokenStreamLocation l = p.currentTokenLocation();
    if (l != null && l.getLineNr() > 0) {
      lines.putIfAbsent(p.streamReadContext().pathAsPointer().toString(), l.getLineNr() + lineShift);
    }
  }

  /**
   * The line of a value, or of the nearest value holding it.
   *
   * @param pointer the value's JSON Pointer
   * @return the line, or 0 if unknown
   */
  public int lineOf(String pointer) {
    String p = pointer;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
    }
  }
}
