package io.codebook.processor.generate;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * How one code set is laid out in Java, decided once and read by every generator: whether it is an
 * enum or, when too large for one, a class whose constants live in the parts of {@code XParts}
 * (protobuf's {@code large_enum} does the same), and how {@code Index} finds a constant by number.
 *
 * @param shape the enum or the enum-like class
 * @param parts the codes of each part in code order; an enum has one part, which holds every code
 * @param lookup the index's table
 */
record Layout(Shape shape, List<Part> parts, LookupPlan lookup) {
  /** Constants one enum or one part may hold, whatever their size: this bounds the constant pool. */
  static final int MAX_CONSTANTS = 1_000;

  /** The two ways to hold the constants. */
  enum Shape {
    /** A Java enum: every constant in one static initializer. */
    ENUM,
    /** A final class with the enum's API, its constants declared part by part in {@code XParts}. */
    CLASS
  }

  /**
   * A run of consecutive codes created by one initializer.
   *
   * @param number the part's number, from 0, which names its interfaces
   * @param firstOrdinal the ordinal of its first code
   * @param codes its codes in code order
   */
  record Part(int number, int firstOrdinal, List<Code> codes) {
    Part {
      codes = List.copyOf(codes);
    }
  }

  Layout {
    parts = List.copyOf(parts);
  }

  /**
   * Fills parts up to {@code maxPartBytes} of estimated initializer bytecode or
   * {@link #MAX_CONSTANTS} constants; a set that fits in one part is an enum.
   */
  static Layout of(CodeSet codeSet, int maxPartBytes) {
    List<Part> parts = new ArrayList<>();
    List<Code> part = new ArrayList<>();
    int firstOrdinal = 0;
    long bytes = 0;
    for (Code code : codeSet.codes()) {
      int cost = BytecodeEstimate.of(code);
      if (!part.isEmpty() && (bytes + cost > maxPartBytes || part.size() == MAX_CONSTANTS)) {
        parts.add(new Part(parts.size(), firstOrdinal, part));
        firstOrdinal += part.size();
        part.clear();
        bytes = 0;
      }
      part.add(code);
      bytes += cost;
    }
    parts.add(new Part(parts.size(), firstOrdinal, part));
    return new Layout(parts.size() > 1 ? Shape.CLASS : Shape.ENUM, parts, LookupPlan.of(codeSet.codes()));
  }

  /** Whether the set is a class whose constants live in {@code XParts}. */
  boolean hasParts() {
    return shape == Shape.CLASS;
  }
}
