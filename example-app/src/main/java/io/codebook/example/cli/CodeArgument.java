package io.codebook.example.cli;

import io.codebook.example.UsageException;

/**
 * Reads a code number given on the command line.
 *
 * <p>Only plain decimal numbers are accepted: ASCII digits with an optional leading minus sign.
 * Unlike {@link Integer#parseInt(String)} this rejects a leading plus sign and non-ASCII digits, so
 * that what the user typed and what gets explained are plainly the same number.
 */
final class CodeArgument {
  private CodeArgument() {}

  /**
   * Parses one argument.
   *
   * @param argument the argument as typed
   * @return the number
   * @throws UsageException if the argument is not a whole number that fits in an {@code int}
   */
  public static int parse(String argument) throws UsageException {
    if (argument.isEmpty()) {
      throw new UsageException("an empty argument is not a code number; give a number such as 421");
    }
    int digitsFrom = argument.charAt(0) == '-' ? 1 : 0;
    if (digitsFrom == argument.length() || !allAsciiDigits(argument, digitsFrom)) {
      throw new UsageException(
          "'" + argument + "' is not a code number; give a whole number such as 421 or 10054");
    }
    try {
      return Integer.parseInt(argument);
    } catch (NumberFormatException tooLarge) {
      throw new UsageException("'" + argument + "' is too large to be a code number");
    }
  }

  private static boolean allAsciiDigits(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
