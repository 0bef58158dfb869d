package io.codebook.example.ftp;

import java.util.Optional;

/**
 * One line of an FTP reply that carries a code (RFC 959 section 4.2): three ASCII digits, then a
 * space (a one-line reply, or the last line of a multi-line one), a hyphen (the first line of a
 * multi-line reply) or nothing at all (a bare code, which some servers send).
 *
 * @param code the three-digit number, 0 to 999
 * @param opensMultiLine whether the digits are followed by a hyphen
 * @param text what follows the separator, possibly empty
 */
public record ReplyLine(int code, boolean opensMultiLine, String text) {
  /**
   * Reads a line as a reply line.
   *
   * @param line a line, without its line break
   * @return the reply line, or empty if the line does not start like one: a fourth digit, a letter
   *     or anything but a space or hyphen after the digits makes it something else
   */
  public static Optional<ReplyLine> parse(String line) {
    if (line.length() < 3 || !digit(line, 0) || !digit(line, 1) || !digit(line, 2)) {
      return Optional.empty();
    }
    int code = (line.charAt(0) - '0') * 100 + (line.charAt(1) - '0') * 10 + (line.charAt(2) - '0');
    if (line.length() == 3) {
      return Optional.of(new ReplyLine(code, false, ""));
    }
    char separator = line.charAt(3);
    if (separator != ' ' && separator != '-') {
      return Optional.empty();
    }
    return Optional.of(new ReplyLine(code, separator == '-', line.substring(4)));
  }

  /**
   * Whether the start of a line, of which the rest has not come, may still become a reply line:
   * digits as far as it goes, and after three of them a space or hyphen.
   *
   * @param start the start of a line
   * @return {@code false} if no line that starts so is a reply line, such as {@code HTTP/1.1 400}
   */
  public static boolean couldStart(String start) {
    for (int i = 0; i < Math.min(3, start.length()); i++) {
      if (!digit(start, i)) {
        return false;
      }
    }
    return start.length() <= 3 || start.charAt(3) == ' ' || start.charAt(3) == '-';
  }

  private static boolean digit(String line, int index) {
    char c = line.charAt(index);
    return c >= '0' && c <= '9';
  }
}
