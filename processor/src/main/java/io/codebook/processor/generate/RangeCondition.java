package io.codebook.processor.generate;

import com.palantir.javapoet.CodeBlock;

/**
 * The test that an {@code int} named {@code code} lies in a range. A bound at the end of the int
 * range is left out, since {@code code >= -2147483648} always holds: javac accepts it, but Error
 * Prone rejects it as a comparison out of range, and a careful engineer would not write it.
 */
final class RangeCondition {
  private RangeCondition() {}

  static CodeBlock of(int first, int last) {
    boolean fromBottom = first == Integer.MIN_VALUE;
    boolean toTop = last == Integer.MAX_VALUE;
    if (fromBottom && toTop) {
      return CodeBlock.of("true");
    }
    if (fromBottom) {
      return CodeBlock.of("code <= $L", last);
    }
    if (toTop) {
      return CodeBlock.of("code >= $L", first);
    }
    return CodeBlock.of("code >= $L && code <= $L", first, last);
  }
}
