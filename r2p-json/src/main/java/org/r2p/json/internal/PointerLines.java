package org.r2p.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The line where each value of a document begins, by JSON Pointer, noted as the document's
 * tokens are copied (buffered tokens keep no location): a problem found later in the buffered
 * copy is then reported at the line of the value it names, or of the nearest value that holds it.
 *
 * <p>Not thread-safe: one per document.
 */
public final class PointerLines {
  private final int lineShift;
  private final Map<String, Integer> lines = new HashMap<>();
  /** The open containers: their pointers, and for an array the next index, for an object the last name. */
  private final List<String> pointers = new ArrayList<>();
  private final List<Object> next = new ArrayList<>();

  /**
   * @param lineShift added to the parser's line numbers to give the input's
   */
  public PointerLines(int lineShift) {
    this.lineShift = lineShift;
  }

  /**
   * Notes the parser's current token.
   *
   * @param p the parser, on the token just copied
   */
  public void see(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return;
    }
    if (t == JsonToken.PROPERTY_NAME) {
      name(p.currentName());
      return;
    }
    if (t.isStructEnd()) {
      int top = pointers.size() - 1;
      pointers.remove(top);
      next.remove(top);
      return;
    }
    String here = here();
    TokenStreamLocation l = p.currentTokenLocation();
    if (l != null && l.getLineNr() > 0) {
      lines.putIfAbsent(here, l.getLineNr() + lineShift);
    }
    if (t.isStructStart()) {
      pointers.add(here);
      next.add(t == JsonToken.START_ARRAY ? (Object) Integer.valueOf(0) : "");
    }
  }

  /**
   * Notes a property name written without its token being seen.
   *
   * @param name the name
   */
  public void name(String name) {
    if (!next.isEmpty()) {
      next.set(next.size() - 1, name);
    }
  }

  /** The pointer of the value beginning now (an array's index is used up). */
  private String here() {
    if (pointers.isEmpty()) {
      return "";
    }
    int top = pointers.size() - 1;
    Object n = next.get(top);
    if (n instanceof Integer i) {
      next.set(top, i + 1);
      return pointers.get(top) + "/" + i;
    }
    return pointers.get(top) + "/" + Decoder.escape((String) n);
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
