package io.codebook.example.transcript;

import java.util.regex.Pattern;

/**
 * Takes a terminal's escape sequences out of a line of a log, before the line is read.
 *
 * <p>A log saved from a terminal, or written by a client that colours its output, holds the
 * terminal's formatting around the text: colours ({@code ESC [1m} ... {@code ESC [0m}), a window
 * title ({@code ESC ]0;title BEL}), a character set ({@code ESC ( B}). They are not what the client
 * and the server said, and left in they would hide it: {@code ESC [1mPASS secret} is no PASS
 * command to {@link TranscriptParser}, nor to {@link SecretMasker}, which would then show the
 * password. Taken out are the 7-bit sequences of ECMA-48: a control sequence (ESC [, parameters, a
 * final byte), an operating system command (ESC ], up to BEL or ESC \) and the other escape
 * sequences (ESC, intermediate bytes, a final byte). What control characters remain are shown
 * replaced, as everywhere.
 */
final class TerminalEscapes {
  private static final Pattern SEQUENCE =
      Pattern.compile(
          // A control sequence: ESC [, parameters, intermediates, a final byte.
          "\\x1b\\[[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]"
              // Its 8-bit form, CSI (U+009B), only with parameters: in a log read as ISO 8859-1
              // the byte may be a letter of another code page (cp850's "\u00f8"), and a word after
              // it must not be taken for a final byte.
              + "|\\x9b[\\x30-\\x3f]+[\\x40-\\x7e]"
              // An operating system command: ESC ] or OSC (U+009D), up to BEL, ESC \\ or ST.
              + "|(?:\\x1b\\]|\\x9d)[^\\x07\\x1b\\x9c]*(?:\\x07|\\x1b\\\\|\\x9c)"
              // Any other escape sequence.
              + "|\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]");

  private TerminalEscapes() {}

  /**
   * The line without its escape sequences.
   *
   * @param line a line of a log
   * @return the line as the terminal showed it; the same string if it holds no ESC
   */
  static String removed(String line) {
    boolean mayHold =
        line.indexOf('\u001b') >= 0 || line.indexOf('\u009b') >= 0 || line.indexOf('\u009d') >= 0;
    return mayHold ? SEQUENCE.matcher(line).replaceAll("") : line;
  }
}
