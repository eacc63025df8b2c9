package org.r2p.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Strict UTF-8 (RFC 3629; the Unicode Standard's table of well-formed byte sequences): tells
 * where bytes stop being UTF-8 and why. The JSON parser decodes UTF-8 itself but accepts some
 * ill-formed sequences in string values (overlong forms, code points beyond U+10FFFF), and a
 * {@link java.io.Reader} puts U+FFFD in their place; this check runs on the bytes before either
 * sees them, so no value is ever read from bytes that are not UTF-8. The check itself is the
 * JDK's decoder in report mode ({@link CodingErrorAction#REPORT}); this class adds where the
 * bytes stop being UTF-8 (line and byte offset), why ({@link #describe}), and the rule on a
 * second byte-order mark. Eight bytes below 0x80 at a time are passed over before the decoder
 * (they are well-formed as they are; their line feeds are counted in the same loop), because
 * decoding every byte into characters only to learn that it is ASCII cost the review a
 * measurable share of its time: with the words passed over, {@code r2p review --format ndjson}
 * on 1,000,000 generated records went from 0.30 to 0.32–0.35 of plain Jackson's time
 * ({@code bash r2p-benchmarks/e2e.sh 1000000}, 2026-12-06, idle machine; with a smaller change
 * to explanations in the same step). The rule itself is the decoder's alone.
 *
 * <p>Rejected: a continuation byte where a character should start, the bytes C0, C1 and F5–FF,
 * overlong forms, surrogate code points (CESU-8, or a lone surrogate), code points beyond
 * U+10FFFF, a multi-byte character cut short (by another byte, the end of a line or the end of
 * the input), and a second byte-order mark at the start of the input. One leading byte-order
 * mark is accepted and passed on (the JSON parser skips it).
 */
public final class Utf8 {
  private static final int BOM_LENGTH = 3;
  /** Eight bytes at a time: line feeds are counted, and found, a word at once. */
  private static final java.lang.invoke.VarHandle WORDS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONE_BITS = 0x0101010101010101L;

  private Utf8() {}

  /**
   * The first ill-formed sequence in {@code b[from, to)}, where {@code to} is the end of the
   * input (a character cut short there is ill-formed). The leading byte-order mark rule applies
   * when {@code from} is 0.
   *
   * @param b the bytes
   * @param from the first byte to check
   * @param to the end of the input
   * @return the index of the first byte of the first ill-formed sequence, or -1 if all is UTF-8
   */
  public static int firstInvalid(byte[] b, int from, int to) {
    Objects.checkFromToIndex(from, to, b.length);
    int bad = new Scanner().scan(b, from, to, true);
    if (bad >= 0) {
      return bad;
    }
    return from == 0 ? repeatedBom(b, to) : -1;
  }

  /**
   * Why the sequence at {@code at} is ill-formed, for a message: the reason and the bytes that
   * show it (as far as the one that breaks the sequence).
   *
   * @param b the bytes
   * @param at the index {@link #firstInvalid} returned
   * @param to the end of the input
   * @return e.g. {@code "an overlong form: E0 80"}
   */
  public static String describe(byte[] b, int at, int to) {
    int lead = b[at] & 0xFF;
    int need = length(lead);
    if (at == BOM_LENGTH && repeatedBom(b, to) == at) {
      return "a second byte-order mark: EF BB BF";
    }
    String reason;
    int shown = 1;
    if (need == 0) {
      reason = lead >= 0x80 && lead <= 0xBF ? "a continuation byte with no character to continue"
          : lead == 0xC0 || lead == 0xC1 ? "an overlong form"
          : lead <= 0xF7 ? "a code point beyond U+10FFFF" : "a byte that never occurs in UTF-8";
    } else {
      int k = 1;
      while (k < need && at + k < to && continues(b, at, k)) {
        k++;
      }
      shown = Math.min(need, k + (at + k < to ? 1 : 0));
      int second = at + 1 < to ? b[at + 1] & 0xFF : -1;
      if (second >= 0x80 && second <= 0xBF && !secondFits(lead, second)) {
        reason = lead == 0xED ? "a surrogate code point (CESU-8 or a lone surrogate)"
            : lead == 0xF4 ? "a code point beyond U+10FFFF" : "an overlong form";
        shown = 2;
      } else if (at + k >= to) {
        reason = "a multi-byte character cut short by the end of the input";
      } else if (b[at + k] == '\n' || b[at + k] == '\r') {
        reason = "a multi-byte character cut short by the end of the line";
      } else {
        reason = "a multi-byte character cut short" + (k == 1 ? " (Latin-1 or Windows-1252 text?)" : "");
      }
    }
    StringBuilder hex = new StringBuilder();
    for (int k = 0; k < shown; k++) {
      hex.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", b[at + k] & 0xFF));
    }
    return reason + ": " + hex;
  }

  /**
   * The first unpaired surrogate in a text: a character that has no UTF-8 form.
   *
   * @param s the text
   * @return its index, or -1 if there is none
   */
  public static int unpairedSurrogate(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The length of a sequence led by {@code lead}: 1 to 4, or 0 if it cannot lead one. */
  private static int length(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead < 0xC2) {
      return 0;
    }
    if (lead < 0xE0) {
      return 2;
    }
    if (lead < 0xF0) {
      return 3;
    }
    return lead < 0xF5 ? 4 : 0;
  }

  /** The second byte's narrower range after E0, ED, F0 and F4. */
  private static boolean secondFits(int lead, int second) {
    switch (lead) {
      case 0xE0:
        return second >= 0xA0;
      case 0xED:
        return second <= 0x9F;
      case 0xF0:
        return second >= 0x90;
      case 0xF4:
        return second <= 0x8F;
      default:
        return true;
    }
  }

  /** Whether byte {@code k} of the sequence at {@code at} is a continuation byte it accepts. */
  private static boolean continues(byte[] b, int at, int k) {
    int c = b[at + k] & 0xFF;
    if (c < 0x80 || c > 0xBF) {
      return false;
    }
    return k != 1 || secondFits(b[at] & 0xFF, c);
  }

  /**
   * Checks bytes with the JDK's UTF-8 decoder in report mode (which refuses exactly what the
   * class description lists) and counts the line feeds in those it finds well-formed. Not
   * thread-safe.
   */
  static final class Scanner {
    /** The line feeds in the bytes passed so far. */
    int lineFeeds;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    /**
     * Where the decoder writes; only the bytes' well-formedness is kept. Small, so that the
     * decoder hands back soon after the bytes that are not ASCII.
     */
    private final CharBuffer chars = CharBuffer.allocate(64);

    /**
     * Scans {@code b[from, to)}, adding to {@link #lineFeeds} those of the bytes before the
     * position it returns (the end, or the first sequence ill-formed or cut at {@code to}).
     *
     * @param atEnd whether {@code to} is the end of the input (else a sequence cut at {@code to}
     *     is not yet an error)
     * @return the first ill-formed sequence's index; else, if not at the end, {@code -2 - i} where
     *     {@code i} is the start of a sequence cut at {@code to} ({@code -2 - to} if none); else -1
     */
    int scan(byte[] b, int from, int to, boolean atEnd) {
      ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
      decoder.reset();
      CoderResult r;
      do {
        // eight bytes below 0x80 are eight characters, well-formed as they are: the decoder is
        // given the bytes from the first word that holds another; it stops, when its few chars
        // are full, at the end of a character, where the next such words are passed over
        int i = in.position();
        int n = 0;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
          long w = (long) WORDS.get(b, i);
          if ((w & HIGH_BITS) != 0) {
            break;
          }
          n += lineFeedsIn(w);
        }
        lineFeeds += n;
        int decoded = i;
        in.position(i);
        chars.clear();
        r = decoder.decode(in, chars, atEnd);
        // the decoder stops at the first byte of an ill-formed sequence, or of one cut at the end
        lineFeeds += countLineFeeds(b, decoded, in.position());
      } while (r.isOverflow());
      int end = in.position();
      return r.isError() ? end : atEnd ? -1 : -2 - end;
    }
  }

  /** The number of line feeds in {@code b[from, to)}, eight bytes at a time. */
  private static int countLineFeeds(byte[] b, int from, int to) {
    int n = 0;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      n += lineFeedsIn((long) WORDS.get(b, i));
    }
    for (; i < to; i++) {
      n += b[i] == '\n' ? 1 : 0;
    }
    return n;
  }

  /** The number of line feeds in the eight bytes of {@code w}. */
  private static int lineFeedsIn(long w) {
    long x = w ^ LINE_FEEDS; // a zero byte where there was a line feed
    return Long.bitCount(~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS));
  }

  /** The index of the first line feed in {@code b[from, to)}, or -1 if there is none. */
  static int indexOfLineFeed(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) WORDS.get(b, i) ^ LINE_FEEDS; // a zero byte where there was a line feed
      long zero = (x - ONE_BITS) & ~x & HIGH_BITS; // the lowest bit set marks the first zero byte
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** 3 if the input starts with two byte-order marks, else -1. */
  private static int repeatedBom(byte[] b, int to) {
    return to >= 2 * BOM_LENGTH && isBom(b, 0) && isBom(b, BOM_LENGTH) ? BOM_LENGTH : -1;
  }

  private static boolean isBom(byte[] b, int at) {
    return (b[at] & 0xFF) == 0xEF && (b[at + 1] & 0xFF) == 0xBB && (b[at + 2] & 0xFF) == 0xBF;
  }

  /**
   * Where the input stops being UTF-8, and why.
   *
   * @param line the 1-based line of the first ill-formed byte, counting line feeds
   * @param offset the 0-based offset of the first ill-formed byte from the start of the input
   * @param reason why the bytes are not UTF-8, with the bytes
   */
  public record Malformation(int line, long offset, String reason) implements java.io.Serializable {}

  /** Bytes that are not UTF-8: the {@link Malformation} says where and why. */
  public static final class MalformedException extends IOException {
    private static final long serialVersionUID = 2L;
    private final Malformation malformation;

    MalformedException(Malformation m) {
      super("input must be UTF-8 (line " + m.line() + ", byte offset " + m.offset() + "): " + m.reason());
      this.malformation = m;
    }

    /** @return where the input stops being UTF-8, and why */
    public Malformation malformation() {
      return malformation;
    }
  }

  /**
   * A stream that passes on only UTF-8: every byte before the first ill-formed sequence, and
   * then, once those are read, a {@link MalformedException} saying where and why. Reading a
   * stream of lines can go on after the bad one with {@link #skipLine()}. Buffered: no other
   * buffer is needed below a parser. Not thread-safe.
   */
  public static final class CheckedInputStream extends FilterInputStream {
    private final byte[] buf;
    /** Next byte to pass on. */
    private int pos;
    /** End of the bytes checked and found well-formed. */
    private int valid;
    /** End of the bytes read from the source. */
    private int limit;
    /** Offset in the input of buf[0]. */
    private long base;
    /** Checks the bytes read, counting the line feeds in the input before buf[valid]. */
    private final Scanner scanner = new Scanner();
    private boolean eof;
    private boolean started;
    private @org.jspecify.annotations.Nullable MalformedException error;

    /**
     * Checks {@code in}.
     *
     * @param in the input, UTF-8
     */
    public CheckedInputStream(InputStream in) {
      super(Objects.requireNonNull(in, "in"));
      this.buf = new byte[1 << 14];
    }

    @Override
    public int read() throws IOException {
      if (pos == valid && !fill()) {
        return -1;
      }
      return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      if (pos == valid && !fill()) {
        return -1;
      }
      int n = Math.min(len, valid - pos);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long done = 0;
      while (done < n && (pos < valid || fill())) {
        int k = (int) Math.min(n - done, valid - pos);
        pos += k;
        done += k;
      }
      return done;
    }

    @Override
    public int available() {
      return valid - pos;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /**
     * After a {@link MalformedException}: drops the rest of the bad line, up to and including its
     * line feed, so that reading goes on with the next line.
     *
     * @throws IOException if the source cannot be read
     */
    public void skipLine() throws IOException {
      error = null;
      while (true) {
        for (int i = valid; i < limit; i++) {
          if (buf[i] == '\n') {
            scanner.lineFeeds++;
            pos = valid = i + 1;
            return;
          }
        }
        pos = valid = limit;
        if (eof) {
          return;
        }
        compact();
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
        } else {
          limit += n;
        }
      }
    }

    /**
     * Makes more checked bytes available from {@code pos}.
     *
     * @return false at the end of the input
     * @throws MalformedException if the next bytes are not UTF-8
     */
    private boolean fill() throws IOException {
      while (pos == valid) {
        if (error != null) {
          throw error;
        }
        if (valid < limit || !eof) {
          compact();
          if (!eof && limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
              eof = true;
            } else {
              limit += n;
            }
          }
          check();
        }
        if (pos == valid && error == null && eof && valid == limit) {
          return false;
        }
      }
      return true;
    }

    /** Moves the unread bytes to the start of the buffer. */
    private void compact() {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        base += pos;
        valid -= pos;
        limit -= pos;
        pos = 0;
      }
    }

    /** Advances {@code valid} over the well-formed bytes read; records the error if any. */
    private void check() {
      if (!started) {
        if (limit < 2 * BOM_LENGTH && !eof) {
          return; // too few bytes yet to tell a repeated byte-order mark
        }
        started = true;
        if (base == 0 && valid == 0 && repeatedBom(buf, limit) == BOM_LENGTH) {
          valid = BOM_LENGTH;
          fail(BOM_LENGTH);
          return;
        }
      }
      int r = scanner.scan(buf, valid, limit, eof);
      valid = r >= 0 ? r : r == -1 ? limit : -2 - r;
      if (r >= 0) {
        fail(r);
      }
    }

    private void fail(int at) {
      error = new MalformedException(new Malformation(scanner.lineFeeds + 1, base + at, describe(buf, at, limit)));
    }
  }
}
