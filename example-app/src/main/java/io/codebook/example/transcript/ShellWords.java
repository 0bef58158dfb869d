package io.codebook.example.transcript;

/**
 * Finds where words and quoted strings end in a line, for {@link SecretMasker}: a secret on a
 * command line is one shell word, however it is quoted, and a secret in JSON or Python output is
 * one string. Text that never closes runs to the end of the line, so that a cut line hides its
 * secret too.
 */
final class ShellWords {
  private ShellWords() {}

  /**
   * The end of the shell word that starts at {@code start}: unquoted blanks end it; {@code '...'}
   * holds anything but {@code '}; {@code "..."} and unquoted text take backslash escapes.
   *
   * @param line the line
   * @param start where the word starts
   * @return the index after the word's last character
   */
  static int end(String line, int start) {
    int i = start;
    while (i < line.length() && !isBlank(line.charAt(i))) {
      char c = line.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'') {
        int close = line.indexOf('\'', i + 1);
        i = close < 0 ? line.length() : close + 1;
      } else if (c == '"') {
        i = stringEnd(line, i) + 1;
      } else {
        i++;
      }
    }
    return Math.min(i, line.length());
  }

  /**
   * The closing quote of the string that opens at {@code open}, with backslash escapes as JSON and
   * Python's {@code repr} write them.
   *
   * @param line the line
   * @param open the index of the opening quote, {@code '} or {@code "}
   * @return the index of the closing quote, or the line's length if there is none
   */
  static int stringEnd(String line, int open) {
    char quote = line.charAt(open);
    for (int i = open + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return line.length();
  }

  /**
   * Whether a word starts and ends with the same quote, so its inside can be masked and the quotes
   * kept.
   *
   * @param line the line
   * @param start the word's start
   * @param end the index after the word
   * @return {@code true} for a word such as {@code 'a b'} or {@code "a"}
   */
  static boolean isQuoted(String line, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    char first = line.charAt(start);
    return (first == '\'' || first == '"') && line.charAt(end - 1) == first;
  }

  /**
   * Skips blanks.
   *
   * @param line the line
   * @param from where to start
   * @return the index of the next character that is not a blank, or the line's length
   */
  static int skipBlanks(String line, int from) {
    int i = from;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Only space and tab: other white space is rare in logs, and counting it in a word masks more.
   */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
