package io.codebook.processor.text;

/**
 * Escapes spec text for one output format: line breaks unified, characters that would be invisible
 * or reorder the text shown as {@code [U+XXXX]} placeholders, and the format's own special
 * characters replaced by {@link Special}.
 *
 * <p>Every text of a compile passes through an escaper, mostly before the JIT has compiled it, so
 * the cost per character is interpreted bytecode. Runs of plain printable ASCII, nearly all of spec
 * text, are therefore found by a table lookup in a loop over a {@code char[]} and copied with one
 * append, rather than by several method calls per character.
 */
public final class Escaper {
  /** What a format writes for a character that is not plain. */
  public interface Special {
    /**
     * Appends a visible character that is not plain.
     *
     * @param out the text so far
     * @param codePoint the character
     * @param previous the character before it, or {@code -1} at the start
     */
    void append(StringBuilder out, int codePoint, int previous);

    /** What stands for a character that is not shown as itself; see {@link VisibleText}. */
    default String placeholder(int codePoint) {
      return VisibleText.placeholder(codePoint);
    }
  }

  private static final int ASCII = 128;

  /** By ASCII code: whether the character is copied as it is. */
  private final boolean[] plain = new boolean[ASCII];

  private final Special special;

  /**
   * An escaper that copies printable ASCII and {@code extraPlain} as they are, except {@code
   * notPlain}, and hands every other character to {@code special}.
   */
  public Escaper(String notPlain, String extraPlain, Special special) {
    for (char c = ' '; c < 0x7f; c++) {
      plain[c] = notPlain.indexOf(c) < 0;
    }
    for (int i = 0; i < extraPlain.length(); i++) {
      plain[extraPlain.charAt(i)] = true;
    }
    this.special = special;
  }

  /** The escaped text. */
  public String escape(String raw) {
    char[] chars = VisibleText.normalizeLineBreaks(raw).toCharArray();
    StringBuilder out = new StringBuilder(chars.length + 16);
    int previous = -1;
    int i = 0;
    while (i < chars.length) {
      int runStart = i;
      while (i < chars.length && chars[i] < ASCII && plain[chars[i]]) {
        i++;
      }
      if (i > runStart) {
        out.append(chars, runStart, i - runStart);
        previous = chars[i - 1];
        if (i == chars.length) {
          break;
        }
      }
      int c = Character.codePointAt(chars, i);
      i += Character.charCount(c);
      if (VisibleText.isShownAsIs(c)) {
        special.append(out, c, previous);
      } else {
        out.append(special.placeholder(c));
      }
      previous = c;
    }
    return out.toString();
  }
}
