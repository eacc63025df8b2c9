package org.r2p.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one input, read forward only through one buffer: white space skipped with its
 * lines counted, lines cut for NDJSON, a bounded look-ahead of a few lines to decide the
 * format, and the rest handed to a parser as a stream. It never marks, seeks or asks the
 * size of the underlying stream (pipes, {@code /dev/stdin} and process substitution are read
 * like files), and it holds at most the look-ahead asked for, never the whole input.
 *
 * <p>NDJSON is cut into lines here, before any parser sees it, so that a syntax error costs only
 * its line: a parser reading a sequence of root values cannot go on after one.
 *
 * <p>Not thread-safe: one per input.
 */
public final class ByteSource {
  private final InputStream in;
  /** Grows to hold the longest look-ahead asked for: a long NDJSON line, up to its limit. */
  private byte[] buf = new byte[1 << 14];
  /** Next byte to read. */
  private int pos;
  /** End of the bytes read into {@link #buf}. */
  private int end;
  private boolean eof;
  /** Offset in the input of {@code buf[0]}. */
  private long base;
  /** 1-based line of the byte at {@link #pos}. */
  private int line = 1;

  /**
   * @param in the input; read, never closed
   */
  public ByteSource(InputStream in) {
    this.in = in;
  }

  /** @return the 1-based line of the next byte */
  public int line() {
    return line;
  }

  /** @return the offset in the input of the next byte */
  public long offset() {
    return base + pos;
  }

  /**
   * Makes at least {@code n} bytes from the next one available, unless the input ends first.
   *
   * @return how many bytes are available
   */
  private int fill(int n) throws IOException {
    while (end - pos < n && !eof) {
      if (buf.length - pos < n || end == buf.length) {
        if (pos > 0) {
          System.arraycopy(buf, pos, buf, 0, end - pos);
          base += pos;
          end -= pos;
          pos = 0;
        }
        if (buf.length < n) {
          buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
      }
      int r = in.read(buf, end, buf.length - end);
      if (r < 0) {
        eof = true;
      } else {
        end += r;
      }
    }
    return end - pos;
  }

  /**
   * Skips white space (space, tab, CR, LF) and, at the very start, one UTF-8 byte-order mark,
   * counting lines; holds nothing. After {@code max} bytes of it, stops.
   *
   * @param max most bytes to skip
   * @return the next byte (not consumed), -1 at the end of the input, or -2 after {@code max}
   *     bytes of white space
   * @throws IOException if the input cannot be read
   */
  public int skipSpace(long max) throws IOException {
    if (offset() == 0 && fill(3) >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
        && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
    }
    long start = offset();
    while (true) {
      if (pos == end && fill(1) == 0) {
        return -1;
      }
      int b = buf[pos];
      if (b == '\n') {
        line++;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        return b & 0xFF;
      }
      pos++;
      if (offset() - start > max) {
        return -2;
      }
    }
  }

  /**
   * The end of a line ahead, without consuming it.
   *
   * @param from where the line starts, relative to the next byte
   * @param max the longest line accepted, in bytes
   * @return the line's end relative to the next byte (its '\n' or the end of the input); -1 if
   *     the line is longer than {@code max}; -2 if the input ends where the line would start
   * @throws IOException if the input cannot be read
   */
  public int peekLineEnd(int from, int max) throws IOException {
    int scanned = from;
    // a line of max bytes is accepted: its line feed may be at from + max
    long last = (long) from + max;
    while (true) {
      int avail = end - pos;
      if (scanned < avail) {
        int to = (int) Math.min(avail, last + 1);
        int lf = scanned < to ? Utf8.indexOfLineFeed(buf, pos + scanned, pos + to) : -1;
        if (lf >= 0) {
          return lf - pos;
        }
        if (avail > last) {
          return -1;
        }
      }
      scanned = Math.max(avail, from);
      if (eof) {
        return avail <= from ? -2 : avail;
      }
      fill(avail + 1);
    }
  }

  /** @return the buffer holding the bytes ahead; valid until the next call that reads */
  public byte[] buffer() {
    return buf;
  }

  /** @return the index in {@link #buffer()} of the next byte */
  public int position() {
    return pos;
  }

  /**
   * @param rel a position relative to the next byte, already made available by a peek
   * @return the byte there
   */
  public int peek(int rel) {
    return buf[pos + rel] & 0xFF;
  }

  /**
   * Consumes {@code n} bytes already made available by a peek that holds no line feed (the
   * content of a line, up to the end {@link #peekLineEnd} gave).
   *
   * @param n how many
   */
  public void skipWithinLine(int n) {
    pos += n;
  }

  /**
   * Consumes the rest of the current line and its '\n' however long it is, holding nothing.
   *
   * @throws IOException if the input cannot be read
   */
  public void skipLine() throws IOException {
    while (true) {
      if (pos == end && fill(1) == 0) {
        return;
      }
      for (int k = pos; k < end; k++) {
        if (buf[k] == '\n') {
          pos = k + 1;
          line++;
          return;
        }
      }
      pos = end;
    }
  }

  /**
   * Drops the bytes read ahead, the start of a line whose rest the underlying stream skips;
   * counts that line.
   */
  public void dropLine() {
    pos = end;
    line++;
  }

  /**
   * The rest of the input as a stream: the bytes read ahead, then the underlying stream. The
   * source must not be used after this.
   *
   * @return the stream
   */
  public InputStream rest() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return pos < end || fill(1) > 0 ? buf[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (pos == end) {
          if (eof) {
            return -1;
          }
          // large reads go straight to the underlying stream once the look-ahead is used up
          return in.read(b, off, len);
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }
}
