package io.codebook.processor.text;

import java.util.List;

/**
 * The line format of the translation resources that generated code reads: one text per line, its
 * fields separated by tabs, with backslash, tab, line breaks and unpaired surrogates escaped, so
 * that every Java string, even one that is not valid UTF-16, survives the trip through a UTF-8 file
 * exactly. The generated reader undoes exactly these escapes.
 */
public final class TranslationTable {
  /**
   * Written as they are: every character but the backslash, controls and surrogates, which may be
   * unpaired.
   */
  private static final PlainRun PLAIN = PlainRun.printableAsciiExcept("\\", "").andAboveAscii();

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
    PLAIN.copy(text.toCharArray(), out, TranslationTable::escapeOne);
  }

  private static int escapeOne(StringBuilder out, char[] chars, int i) {
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
    return i + 1;
  }
}
