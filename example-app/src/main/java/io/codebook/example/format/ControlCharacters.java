package io.codebook.example.format;

/**
 * Text that comes from outside ftp-doctor (a log line, a server's reply, a file name, a URL,
 * anything typed) as it may be printed: every control character shown as {@value #REPLACEMENT}.
 *
 * <p>A terminal acts on control characters instead of showing them, so printing them as they came
 * would let a log file or a server move the cursor, recolour or clear the screen, rename the
 * window, or make a line say something else than it holds. Replaced are the C0 controls
 * (U+0000-U+001F) but tab, DEL (U+007F), the C1 controls (U+0080-U+009F, which terminals that take
 * 8-bit codes read as ESC sequences: U+009B is CSI), and the Unicode bidi controls U+202A-U+202E
 * and U+2066-U+2069, which reorder the text shown around them. Tab is kept, as it only moves to the
 * next column. Every command of ftp-doctor prints outside text through {@link #replaced(String)},
 * so they all show the same.
 */
public final class ControlCharacters {
  /** What a control character is shown as. */
  public static final char REPLACEMENT = '?';

  private ControlCharacters() {}

  /**
   * Whether a character is one that is never printed as it is.
   *
   * @param c a character, or a code point
   * @return {@code true} for the C0 controls but tab, DEL, the C1 controls and the bidi controls
   */
  public static boolean isControl(int c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The text with every control character replaced by {@value #REPLACEMENT}, one for one, so the
   * text keeps its length.
   *
   * @param text text from outside, such as one line of a log
   * @return the text as it may be printed; the same string if it holds no control character
   */
  public static String replaced(String text) {
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text);
    for (int i = first; i < shown.length(); i++) {
      if (isControl(shown.charAt(i))) {
        shown.setCharAt(i, REPLACEMENT);
      }
    }
    return shown.toString();
  }

  /**
   * Whether the text holds a control character.
   *
   * @param text any text
   * @return {@code true} if {@link #replaced(String)} would change it
   */
  public static boolean containsControl(String text) {
    return text.chars().anyMatch(ControlCharacters::isControl);
  }
}
