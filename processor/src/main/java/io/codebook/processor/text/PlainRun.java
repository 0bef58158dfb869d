package io.codebook.processor.text;

/**
 * Which characters a format copies as they are, and where a run of them ends. Escapers copy such a
 * run with one append and look at the rest one by one.
 *
 * <p>Escapers run for every text of every compile, mostly before the JIT has compiled them, where
 * each method call per character costs more than the work itself. So the test is a table lookup in
 * a loop over a {@code char[]}, and a call is made once per run, not per character.
 */
public final class PlainRun {
  /** Writes what is not plain. */
  @FunctionalInterface
  public interface Other {
    /**
     * Appends {@code chars[at]}, and any character that belongs with it, escaped.
     *
     * @return the index after what was written
     */
    int append(StringBuilder out, char[] chars, int at);
  }

  private static final int ASCII = 128;

  /** By ASCII code: whether the character is plain. */
  private final boolean[] plainAscii;

  /** Whether characters above ASCII are plain, surrogates excepted. */
  private final boolean plainAboveAscii;

  private PlainRun(boolean[] plainAscii, boolean plainAboveAscii) {
    this.plainAscii = plainAscii;
    this.plainAboveAscii = plainAboveAscii;
  }

  /** Printable ASCII except {@code notPlain}, and the characters of {@code extraPlain}. */
  public static PlainRun printableAsciiExcept(String notPlain, String extraPlain) {
    boolean[] plain = new boolean[ASCII];
    for (char c = ' '; c < 0x7f; c++) {
      plain[c] = notPlain.indexOf(c) < 0;
    }
    for (int i = 0; i < extraPlain.length(); i++) {
      plain[extraPlain.charAt(i)] = true;
    }
    return new PlainRun(plain, false);
  }

  /** These characters and every character above ASCII that is not a surrogate. */
  public PlainRun andAboveAscii() {
    return new PlainRun(plainAscii, true);
  }

  /** The index of the first character at or after {@code from} that is not plain. */
  public int end(char[] chars, int from) {
    int i = from;
    while (i < chars.length) {
      char c = chars[i];
      boolean plain =
          c < ASCII
              ? plainAscii[c]
              : plainAboveAscii && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
      if (!plain) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Appends {@code chars}: plain runs as they are, everything else through {@code other}. */
  public void copy(char[] chars, StringBuilder out, Other other) {
    copy(chars, 0, out, other);
  }

  /** {@link #copy(char[], StringBuilder, Other)} from {@code from} on. */
  public void copy(char[] chars, int from, StringBuilder out, Other other) {
    int i = from;
    while (i < chars.length) {
      int runEnd = end(chars, i);
      out.append(chars, i, runEnd - i);
      i = runEnd < chars.length ? other.append(out, chars, runEnd) : runEnd;
    }
  }
}
