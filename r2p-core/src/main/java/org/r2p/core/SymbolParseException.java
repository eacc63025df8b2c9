package org.r2p.core;

/**
 * Thrown when text is not a UN document symbol. The message names the text and the index
 * at which parsing stopped:
 * {@code Text 'S/RES/x' could not be parsed at index 6}.
 */
public final class SymbolParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed. */
  private final String text;

  /** The index at which parsing stopped. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param text the text that failed
   * @param index the index of the first character that could not be parsed
   * @param expected what the parser expected there
   */
  public SymbolParseException(String text, int index, String expected) {
    super("Text '" + text + "' could not be parsed at index " + index + ": expected " + expected);
    this.text = text;
    this.index = index;
  }

  /**
   * The text that failed.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The index at which parsing stopped.
   *
   * @return the index
   */
  public int index() {
    return index;
  }
}
