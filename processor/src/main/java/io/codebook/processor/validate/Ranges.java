package io.codebook.processor.validate;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a series range such as {@code 400-499}. Either bound may be negative, with the minus
 * written straight before its digits: {@code -2147483648--1} is every negative int.
 */
final class Ranges {
  private static final Pattern RANGE = Pattern.compile("\\s*(-?\\d+)\\s*-\\s*(-?\\d+)\\s*");

  private Ranges() {}

  /**
   * The inclusive bounds, or empty if the text is not {@code first-last} with valid codes and first
   * <= last.
   */
  static Optional<int[]> parse(String text) {
    Matcher matcher = RANGE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    BigInteger first = new BigInteger(matcher.group(1));
    BigInteger last = new BigInteger(matcher.group(2));
    if (!CodeNumberRule.fitsCode(first)
        || !CodeNumberRule.fitsCode(last)
        || first.compareTo(last) > 0) {
      return Optional.empty();
    }
    return Optional.of(new int[] {first.intValueExact(), last.intValueExact()});
  }
}
