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
 * <p>A line ends at LF, CR LF or a lone CR. It is decoded as UTF-8 (RFC 2640), or, if it is not
 * valid UTF-8, as ISO 8859-1, in which every byte is a character, as many older servers and clients
 * write. Only the first {@link #MAX_LINE_BYTES} bytes of a line are kept, so a line of any length
 * costs bounded memory; the rest is skipped and counted. Lines holding control characters other
 * than tab are marked binary. Reading never fails on content, only on the stream.
 */
public final class LineReader {
  /** The bytes of a line that are kept; the rest of a longer line is skipped. */
  public static final int MAX_LINE_BYTES = 8192;

  /**
   * One line.
   *
   * @param text the kept part of the line, decoded
   * @param length the length of the whole line in bytes, without its line break
   * @param binary whether the line holds control characters other than tab, or bytes that are not
   *     text in any encoding ftp-doctor reads
   */
  public record Line(String text, long length, boolean binary) {
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
  private int pushedBack = -1;

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
    int kept = 0;
    long length = 0;
    boolean control = false;
    int b = next();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n' && b != '\r') {
      if ((b < 0x20 && b != '\t') || b == 0x7f) {
        control = true;
      }
      if (kept < buffer.length) {
        buffer[kept++] = (byte) b;
      }
      length++;
      b = next();
    }
    if (b == '\r') {
      int after = next();
      if (after != '\n' && after >= 0) {
        pushedBack = after;
      }
    }
    if (length > kept) {
      kept = completeUtf8(buffer, kept);
    }
    return new Line(decode(buffer, kept), length, control);
  }

  private int next() throws IOException {
    if (pushedBack >= 0) {
      int b = pushedBack;
      pushedBack = -1;
      return b;
    }
    return in.read();
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
