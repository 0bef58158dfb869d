package io.codebook.processor.text;

import java.util.Locale;

/**
 * Decides which characters of spec text may appear as themselves in generated docs. Control and
 * formatting characters (including bidirectional overrides, the byte-order mark and lone
 * surrogates) would be invisible or reorder what a reader sees, so docs show them as {@code
 * [U+202E]}. The runtime strings keep the exact text; only documentation uses this.
 */
public final class VisibleText {
  private VisibleText() {}

  /**
   * Whether {@code codePoint} is shown as itself. Line feeds and tabs are, and are handled by each
   * format.
   */
  public static boolean isShownAsIs(int codePoint) {
    if (codePoint == '\n' || codePoint == '\t') {
      return true;
    }
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
  }

  /** The visible stand-in for a character that is not shown as itself. */
  public static String placeholder(int codePoint) {
    return String.format(Locale.ROOT, "[U+%04X]", codePoint);
  }

  /** Spec text with line breaks unified to {@code \n}. */
  public static String normalizeLineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
