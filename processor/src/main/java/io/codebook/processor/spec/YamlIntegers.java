package io.codebook.processor.spec;

import java.math.BigInteger;

/**
 * Parses the integer forms of the YAML 1.2 core schema: decimal, {@code 0x} hex and {@code 0o}
 * octal.
 */
final class YamlIntegers {
  private YamlIntegers() {}

  /** The value, or {@code null} if the text is not a core-schema integer. */
  static BigInteger parse(String text) {
    String digits = text;
    boolean negative = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.startsWith("-");
      digits = digits.substring(1);
    }
    int radix = 10;
    if (digits.startsWith("0x")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (digits.startsWith("0o")) {
      radix = 8;
      digits = digits.substring(2);
    }
    try {
      BigInteger value = new BigInteger(digits, radix);
      return negative ? value.negate() : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
