package io.codebook.processor.model;

/**
 * Codes whose decimal digits match a pattern, such as FTP's function groups: {@code x2z} is every
 * three-digit code whose second digit is 2. Unlike a series, a group cuts across ranges.
 *
 * @param name UPPER_SNAKE constant name
 * @param pattern one character per digit: a digit must match, a letter matches any digit
 * @param title short title
 * @param description longer text, empty when absent
 */
public record Group(String name, String pattern, String title, String description) {

  /** Whether {@code code} has as many digits as the pattern, and the pattern's fixed digits. */
  public boolean matches(int code) {
    String digits = Integer.toString(code);
    if (code < 0 || digits.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      char expected = pattern.charAt(i);
      if (Character.isDigit(expected) && digits.charAt(i) != expected) {
        return false;
      }
    }
    return true;
  }

  /** The smallest code with the pattern's number of digits: 100 for {@code x2z}. */
  public int lowest() {
    return pattern.length() == 1 ? 0 : (int) Math.pow(10, pattern.length() - 1);
  }

  /** The largest code with the pattern's number of digits: 999 for {@code x2z}. */
  public int highest() {
    return (int) Math.min(Integer.MAX_VALUE, (long) Math.pow(10, pattern.length()) - 1);
  }
}
