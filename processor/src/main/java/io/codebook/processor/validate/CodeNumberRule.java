package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawCode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Codes are Java ints, negative ones included (OpenLDAP's client errors are -1 to -18), and each
 * appears once.
 */
final class CodeNumberRule implements ValidationRule {
  private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  @Override
  public void check(RawSpec spec, Problems problems) {
    Map<Integer, Located<BigInteger>> seen = new HashMap<>();
    for (RawCode code : spec.codes()) {
      Located<BigInteger> number = code.code();
      if (number == null) {
        continue;
      }
      if (!fitsCode(number.value())) {
        problems.report(number.position(), Message.CODE_OUT_OF_RANGE, number.value());
        continue;
      }
      Located<BigInteger> first = seen.putIfAbsent(number.value().intValueExact(), number);
      if (first != null) {
        problems.report(
            number.position(),
            Message.DUPLICATE_CODE,
            number.value(),
            first.position().asFirstOf(number.position()));
      }
    }
  }

  /** Whether {@code value} is a usable code: any Java int. */
  static boolean fitsCode(BigInteger value) {
    return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
  }
}
