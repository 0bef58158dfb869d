package io.codebook.processor.locate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a spec as strict UTF-8, so that a spec saved in another encoding is an error rather than
 * silently garbled text, and says where the first byte that is not UTF-8 is: a spec written in
 * ISO-8859-1 or windows-1252 is valid UTF-8 up to its first accented letter, which a user should
 * not have to hunt for.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /** Where a text stops being UTF-8: a line and a column from 1, and the byte found there. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    final int found;

    Malformed(int line, int column, int found) {
      super("not UTF-8 at " + line + ":" + column, null, false, false);
      this.line = line;
      this.column = column;
      this.found = found;
    }
  }

  /** The text, without a byte-order mark. */
  static String decode(byte[] bytes) throws Malformed {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String text;
    try {
      text = decoder().decode(in).toString();
    } catch (CharacterCodingException e) {
      // On an error the decoder leaves the buffer at the start of the malformed sequence, which
      // is inside the text; the bound only keeps a decoder that did otherwise from failing here.
      throw at(bytes, Math.min(in.position(), bytes.length - 1));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The line and column of byte {@code offset}, counted as the YAML readers count them: lines end
   * at a line feed, and a column is a code point. Everything before {@code offset} is valid UTF-8.
   */
  private static Malformed at(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      // Each code point has one byte that is not a continuation byte (10xxxxxx).
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Malformed(line, column, bytes[offset] & 0xFF);
  }
}
