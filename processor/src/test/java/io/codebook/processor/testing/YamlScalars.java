package io.codebook.processor.testing;

import java.util.Locale;

/**
 * Writes any Java string as a YAML double-quoted scalar, so that tests can put arbitrary text into
 * a spec and know exactly what the YAML loader hands the processor.
 *
 * <p>What SnakeYAML Engine 3.2 (the processor's YAML library) accepts, found by probing it:
 *
 * <ul>
 *   <li>Through escapes, every UTF-16 code unit: {@code \x00}..{@code \x1F}, {@code \x7F}, {@code
 *       \x80}..{@code \x9F}, U+FFFE, U+FFFF, and even a lone surrogate such as U+D800 written as a
 *       backslash-u escape (strict YAML 1.2 would call that an error, since a surrogate is not a
 *       character; SnakeYAML Engine passes it through as the one {@code char}). A supplementary
 *       character can be written as {@code \UXXXXXXXX} or as a pair of escaped surrogates. So no
 *       Java string is out of reach, and the tests need to filter nothing.
 *   <li>Written raw (unescaped) inside the quotes, it rejects C0 controls other than tab (line feed
 *       and carriage return are folded into a space, as YAML requires), C1 controls other than
 *       U+0085, lone surrogates (which cannot be UTF-8 encoded anyway), U+FFFE and U+FFFF. It
 *       accepts DEL, U+0085, U+2028, U+2029 and U+FEFF raw, though YAML 1.2 excludes DEL from its
 *       printable set. The raw form of a rejected character is how the tests provoke {@code
 *       [codebook:yaml-syntax]}.
 *   <li>The YAML 1.2 escapes {@code \L} and {@code \P} are not supported; {@code \N} and {@code \_}
 *       are. This class uses neither.
 * </ul>
 */
public final class YamlScalars {
  private YamlScalars() {}

  /**
   * A double-quoted scalar whose value is exactly {@code text}. With {@code rawNonAscii}, printable
   * non-ASCII characters (U+00A0 and up, except U+FFFE, U+FFFF and lone surrogates) are written as
   * themselves, to be UTF-8 encoded by the caller; otherwise the result is pure ASCII.
   */
  public static String doubleQuoted(String text, boolean rawNonAscii) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '"') {
        out.append("\\\"");
      } else if (c >= 0x20 && c < 0x7f) {
        out.append((char) c);
      } else if (rawNonAscii && isRawPrintable(c)) {
        out.appendCodePoint(c);
      } else if (c <= 0xff) {
        out.append(String.format(Locale.ROOT, "\\x%02X", c));
      } else if (c <= 0xffff) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.append(String.format(Locale.ROOT, "\\U%08X", c));
      }
    }
    return out.append('"').toString();
  }

  /**
   * Whether SnakeYAML Engine reads {@code c} unchanged when it appears raw in a double-quoted
   * scalar.
   */
  public static boolean isRawPrintable(int c) {
    if (c > 0xffff) {
      return true;
    }
    return c >= 0xa0 && !Character.isSurrogate((char) c) && c != 0xfffe && c != 0xffff;
  }
}
