package io.codebook.processor.text;

/**
 * Escapes spec text for one output format: line breaks unified, characters that would be invisible
 * or reorder the text shown as {@code [U+XXXX]} placeholders, and the format's own special
 * characters replaced by {@link Special}.
 *
 * <p>Runs of plain printable ASCII, nearly all of spec text, are copied with one append (see {@link
 * PlainRun}).
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

  private final PlainRun plain;

  private final Special special;

  /** {@link #escapeOne}, made once rather than at every text. */
  private final PlainRun.Other other = this::escapeOne;

  /**
   * An escaper that copies printable ASCII and {@code extraPlain} as they are, except {@code
   * notPlain}, and hands every other character to {@code special}.
   */
  public Escaper(String notPlain, String extraPlain, Special special) {
    this.plain = PlainRun.printableAsciiExcept(notPlain, extraPlain);
    this.special = special;
  }

  /** The escaped text. */
  public String escape(String raw) {
    String text = VisibleText.normalizeLineBreaks(raw);
    char[] chars = text.toCharArray();
    // Most texts are plain throughout: no builder and no second copy for them.
    int firstOther = plain.end(chars, 0);
    if (firstOther == chars.length) {
      return text;
    }
    StringBuilder out = new StringBuilder(chars.length + 16).append(chars, 0, firstOther);
    plain.copy(chars, firstOther, out, other);
    return out.toString();
  }

  private int escapeOne(StringBuilder out, char[] chars, int at) {
    int c = Character.codePointAt(chars, at);
    if (VisibleText.isShownAsIs(c)) {
      special.append(out, c, at > 0 ? Character.codePointBefore(chars, at) : -1);
    } else {
      out.append(special.placeholder(c));
    }
    return at + Character.charCount(c);
  }
}
