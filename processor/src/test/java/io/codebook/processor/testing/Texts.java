package io.codebook.processor.testing;

import java.util.List;
import java.util.Locale;

/**
 * Shows arbitrary text in test failure messages: ASCII, escaped, and shortened around differences.
 */
public final class Texts {
  private static final int SHOWN = 240;

  private Texts() {}

  /** {@code text} as a quoted ASCII string with Java escapes, shortened when long. */
  public static String show(String text) {
    if (text == null) {
      return "null";
    }
    String shown = text.length() > SHOWN ? text.substring(0, SHOWN) : text;
    StringBuilder out = new StringBuilder().append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    out.append('"');
    if (text.length() > SHOWN) {
      out.append("... (").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  /**
   * Fails unless {@code actual} equals {@code expected} exactly, showing where they first differ.
   */
  public static void assertSameText(String what, String expected, Object actual) {
    if (expected.equals(actual)) {
      return;
    }
    if (!(actual instanceof String text)) {
      throw new AssertionError(
          what + ": expected the text " + show(expected) + " but got " + actual);
    }
    int at = 0;
    while (at < expected.length() && at < text.length() && expected.charAt(at) == text.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 20);
    throw new AssertionError(
        what
            + " differs at char "
            + at
            + " (expected length "
            + expected.length()
            + ", actual "
            + text.length()
            + "): expected ..."
            + show(expected.substring(from, Math.min(expected.length(), at + 40)))
            + " but was ..."
            + show(text.substring(from, Math.min(text.length(), at + 40))));
  }

  /** Fails unless {@code actual} is a list equal to {@code expected}, element by element. */
  public static void assertSameTexts(String what, List<String> expected, Object actual) {
    if (!(actual instanceof List<?> list)) {
      throw new AssertionError(what + ": expected a list but got " + actual);
    }
    if (list.size() != expected.size()) {
      throw new AssertionError(
          what + ": expected " + expected.size() + " texts but got " + list.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      assertSameText(what + "[" + i + "]", expected.get(i), list.get(i));
    }
  }
}
