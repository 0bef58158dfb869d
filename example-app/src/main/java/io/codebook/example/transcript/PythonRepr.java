package io.codebook.example.transcript;

import java.util.Optional;

/**
 * Decodes a Python string literal as {@code repr()} writes it: in single or double quotes, with
 * backslash escapes: newline, carriage return, tab, backslash, quotes, and characters by their hex
 * number after x, u or U.
 */
final class PythonRepr {
  private PythonRepr() {}

  /**
   * Decodes a literal.
   *
   * @param literal the literal, quotes included, nothing after it
   * @return the string, or empty if the text is not one literal
   */
  static Optional<String> decode(String literal) {
    if (literal.length() < 2) {
      return Optional.empty();
    }
    char quote = literal.charAt(0);
    if ((quote != '\'' && quote != '"') || literal.charAt(literal.length() - 1) != quote) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    int end = literal.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = literal.charAt(i);
      if (c == quote) {
        return Optional.empty();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= end) {
        return Optional.empty();
      }
      char escape = literal.charAt(i);
      int digits =
          switch (escape) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
          };
      if (digits > 0) {
        if (i + 1 + digits > end) {
          return Optional.empty();
        }
        try {
          out.appendCodePoint(Integer.parseInt(literal.substring(i + 1, i + 1 + digits), 16));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        i += digits;
        continue;
      }
      switch (escape) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '0' -> out.append('\0');
        case '\\', '\'', '"' -> out.append(escape);
        default -> out.append('\\').append(escape);
      }
    }
    return Optional.of(out.toString());
  }
}
