package io.codebook.processor.text;

import java.util.List;

/**
 * The line format of the translation resources that generated code reads: one text per line, its
 * fields separated by tabs, with backslash, tab, line breaks and unpaired surrogates escaped, so
 * that every Java string, even one that is not valid UTF-16, survives the trip through a UTF-8 file
 * exactly. The generated reader undoes exactly these escapes.
 */
public final class TranslationTable {
  private TranslationTable() {}

  /** One line: the fields, each escaped, joined by tabs, ending in a line feed. */
  public static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      escape(fields.get(i), line);
    }
    return line.append('\n').toString();
  }

  private static void escape(String text, StringBuilder out) {
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) {
      // Runs of characters that need no escape are copied at once (see JavaLiterals.literal).
      int runStart = i;
      while (i < chars.length
          && chars[i] != '\\'
          && chars[i] >= ' '
          && (chars[i] < Character.MIN_SURROGATE || chars[i] > Character.MAX_SURROGATE)) {
        i++;
      }
      out.append(chars, runStart, i - runStart);
      if (i == chars.length) {
        break;
      }
      char c = chars[i];
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          boolean paired =
              Character.isHighSurrogate(c)
                  ? i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])
                  : !Character.isLowSurrogate(c)
                      || (i > 0 && Character.isHighSurrogate(chars[i - 1]));
          if (paired) {
            out.append(c);
          } else {
            out.append(JavaLiterals.unicodeEscape(c));
          }
        }
      }
      i++;
    }
  }
}
