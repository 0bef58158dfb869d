package io.codebook.processor.generate;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * How one code set is laid out in Java, decided once and read by every generator: whether it is an
 * enum or, when too large for one, a class whose constants live in the parts of {@code XParts}
 * (protobuf's {@code large_enum} does the same), and how its index finds a constant by number.
 *
 * @param shape the enum or the enum-like class
 * @param parts the codes of each part in code order; an enum has one part, which holds every code
 * @param lookup the index's table
 * @param indexInType whether the index's members are the enum's own rather than a nested {@code
 *     Index}'s: for a plain enum of int codes whose index takes at most {@link
 *     #IN_TYPE_INDEX_BYTES}
 */
record Layout(Shape shape, List<Part> parts, LookupPlan lookup, boolean indexInType) {
  /**
   * The most bytes of index that a plain enum fills when it is initialized rather than at its first
   * lookup. Loading the nested {@code Index} at a program's first lookup costs 0.3-1 ms in a young
   * JVM (the class loader runs interpreted), as much as filling tens of kilobytes, and small sets
   * are the ones whose start a program feels; a larger index is built only if it is used.
   */
  static final long IN_TYPE_INDEX_BYTES = 16 << 10;

  /**
   * Constants one enum or one part may hold, whatever their size: this bounds the constant pool.
   */
  static final int MAX_CONSTANTS = 1_000;

  /**
   * Bytes of the enum's own static initializer that create one constant without arguments: {@code
   * new}, {@code dup}, the name, the ordinal, {@code invokespecial}, {@code putstatic}.
   */
  static final int ENUM_CONSTANT_BYTES = 16;

  /** Bytes that store one alias, {@code getstatic} and {@code putstatic}. */
  static final int ENUM_ALIAS_BYTES = 6;

  /** The static initializer an enum whose data lives in parts may take: 64 KB less a margin. */
  static final int ENUM_BUDGET = 56_000;

  /** The ways to hold the constants. */
  enum Shape {
    /** A Java enum: every constant, with its data, in one static initializer. */
    ENUM,
    /**
     * A Java enum too large to create its constants' data in one initializer: its static
     * initializer only creates the constants, each of which copies its data from a row that a
     * nested holder class, one per part, creates. 3,500 typical codes fit.
     */
    PARTED_ENUM,
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
   * Fills parts up to {@code maxPartBytes} of estimated initializer bytecode or {@link
   * #MAX_CONSTANTS} constants; a set that fits in one part is an enum.
   */
  static Layout of(CodeSet codeSet, int maxPartBytes) {
    return of(codeSet, maxPartBytes, ENUM_BUDGET);
  }

  /**
   * As {@link #of(CodeSet, int)}; a set that needs several parts is still an enum when creating its
   * bare constants and aliases takes at most {@code maxEnumBytes}.
   */
  static Layout of(CodeSet codeSet, int maxPartBytes, int maxEnumBytes) {
    return of(codeSet, maxPartBytes, maxEnumBytes, LookupPlan.DEFAULT_TABLE_BYTES);
  }

  /**
   * As {@link #of(CodeSet, int, int)}, with a direct lookup table of at most {@code
   * lookupTableBytes}.
   */
  static Layout of(CodeSet codeSet, int maxPartBytes, int maxEnumBytes, long lookupTableBytes) {
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
    long aliases = codeSet.codes().stream().mapToLong(code -> code.aliases().size()).sum();
    long enumBytes =
        (long) ENUM_CONSTANT_BYTES * codeSet.codes().size() + ENUM_ALIAS_BYTES * aliases;
    Shape shape =
        parts.size() == 1
            ? Shape.ENUM
            : enumBytes <= maxEnumBytes ? Shape.PARTED_ENUM : Shape.CLASS;
    LookupPlan lookup = LookupPlan.of(codeSet.codes(), lookupTableBytes);
    boolean indexInType =
        shape == Shape.ENUM && !codeSet.stringCodes() && lookup.bytes() <= IN_TYPE_INDEX_BYTES;
    return new Layout(shape, parts, lookup, indexInType);
  }

  /**
   * Whether the set is split into parts: its int constants and handler methods live in {@code
   * XParts}, and so do its constants when it is a class.
   */
  boolean hasParts() {
    return shape != Shape.ENUM;
  }

  /** Whether the type is a class, not a Java enum. */
  boolean isClass() {
    return shape == Shape.CLASS;
  }

  /**
   * Whether the type is an enum whose constants copy their data from rows that part holders create.
   */
  boolean hasRows() {
    return shape == Shape.PARTED_ENUM;
  }
}
