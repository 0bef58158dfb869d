package io.codebook.example.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text lines from bytes that may be anything: an FTP control connection, a log file, or
 * garbage.
 *
 * <p>A line ends at LF, CR LF or a lone CR. A line that ends with CR is returned at once, without
 * waiting for the byte after it: a server may send CR and then nothing for a while, and what it
 * sent is to be shown and judged now, not once the time limit has run out. An LF that follows is
 * taken as the rest of that line break when the next line is read.
 *
 * <p>A line is decoded as UTF-8 (RFC 2640), or, if it is not valid UTF-8, as ISO 8859-1, in which
 * every byte is a character, as many older servers and clients write. Only the first {@link
 * #MAX_LINE_BYTES} bytes of a line are kept, so a line of any length costs bounded memory; the rest
 * is skipped and counted. A line holding a NUL byte is marked binary: no text holds one, while
 * other control characters do turn up in text (colour codes, or the bytes 0x80-0x9F of a Windows
 * code page read as ISO 8859-1), and are left to whoever prints the line to replace. Reading never
 * fails on content, only on the stream; what came of a line before the stream failed is kept
 * ({@link #unfinishedLine()}).
 */
public final class LineReader {
  /** The bytes of a line that are kept; the rest of a longer line is skipped. */
  public static final int MAX_LINE_BYTES = 8192;

  /**
   * One line.
   *
   * @param text the kept part of the line, decoded
   * @param length the length of the whole line in bytes, without its line break
   * @param binary whether the line holds a NUL byte, which marks binary data rather than text
   * @param number the line's number as an editor shows it: 1 plus the line feeds before it, so a
   *     lone CR ends a line but does not start a new number (curl's progress meter rewrites one
   *     line with CRs)
   */
  public record Line(String text, long length, boolean binary, long number) {
    /**
     * Whether the line was longer than {@link #MAX_LINE_BYTES} and only its start was kept.
     *
     * @return {@code true} if bytes were skipped
     */
    public boolean truncated() {
      return length > MAX_LINE_BYTES;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[MAX_LINE_BYTES];

  /** The bytes of the line being read that are in {@link #buffer}. */
  private int kept;

  /** Whether the last line ended with CR, so that an LF right after it belongs to its break. */
  private boolean afterCarriageReturn;

  private long lineFeeds;

  /**
   * Creates a reader; it reads the stream byte by byte, so give it a buffered stream or a socket's.
   *
   * @param in the bytes
   */
  public LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * Reads the next line.
   *
   * @return the line, or {@code null} at the end of the stream; a last line without a line break is
   *     returned as a line
   * @throws IOException if the stream fails, for example on a read timeout
   */
  public Line readLine() throws IOException {
    kept = 0;
    int b = next();
    if (afterCarriageReturn) {
      afterCarriageReturn = false;
      if (b == '\n') {
        b = next();
      }
    }
    if (b < 0) {
      return null;
    }
    // An LF that is the first byte ends this very line, an empty one: it is not before it.
    long number = lineFeeds + (b == '\n' ? 0 : 1);
    long length = 0;
    boolean nul = false;
    while (b >= 0 && b != '\n' && b != '\r') {
      if (b == 0) {
        nul = true;
      }
      if (kept < buffer.length) {
        buffer[kept++] = (byte) b;
      }
      length++;
      b = next();
    }
    afterCarriageReturn = b == '\r';
    int complete = length > kept ? completeUtf8(buffer, kept) : kept;
    kept = 0;
    return new Line(decode(buffer, complete), length, nul, number);
  }

  /**
   * What came of a line before the stream failed: when {@link #readLine()} has just thrown, the
   * kept part of the line it was reading, decoded.
   *
   * @return the start of the unfinished line, or an empty string if the last read ended a line or
   *     failed before the first byte of one
   */
  public String unfinishedLine() {
    return decode(buffer, completeUtf8(buffer, kept));
  }

  /**
   * The line feeds read so far: after the last line, the number of lines an editor shows.
   *
   * @return the count
   */
  public long lineFeeds() {
    return lineFeeds;
  }

  private int next() throws IOException {
    int b = in.read();
    if (b == '\n') {
      lineFeeds++;
    }
    return b;
  }

  /** Drops a UTF-8 sequence that the cut at the end of the kept bytes left incomplete. */
  private static int completeUtf8(byte[] bytes, int length) {
    for (int back = 1; back <= 4 && back <= length; back++) {
      int b = bytes[length - back] & 0xff;
      if (b < 0x80) {
        return length;
      }
      if (b >= 0xc0) {
        int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        return needed > back ? length - back : length;
      }
    }
    return length;
  }

  private static String decode(byte[] bytes, int length) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
  }
}
