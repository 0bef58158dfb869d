package io.codebook.processor.generate;

import io.codebook.processor.model.Code;
import java.util.List;

/**
 * How the generated index (a nested {@code Index}, or a small enum's own members; see {@link
 * Layout#indexInType()}) maps a number to its constant. Both shapes are O(1), allocation free and
 * need no boxing:
 *
 * <ul>
 *   <li>a direct table, one load, whenever its span is affordable: its two arrays take at most the
 *       byte cap that {@code -Acodebook.lookupTableBytes} sets ({@link #DEFAULT_TABLE_BYTES} unless
 *       told), and the codes are not too thinly spread: up to {@link #SMALL_TABLE} numbers whatever
 *       the codes, else up to {@link #SLOTS_PER_CODE} numbers per code;
 *   <li>otherwise an open-addressing hash table at most a quarter full, probed linearly, whose
 *       codes sit in a parallel {@code int[]} with a number that is no code ({@link #emptyKey}) in
 *       empty slots, so that a probe reads that one array and never follows a pointer to a constant
 *       it does not return. At a quarter full about 88% of listed codes are found in their home
 *       slot.
 * </ul>
 *
 * <p>A direct table is two arrays (named as in the nested {@code Index}). {@code OPTIONALS} has the
 * constant's {@code Optional} in slot {@code code - min}, so that {@code lookup} is a subtraction,
 * one unsigned range check and a load. {@code TABLE} has the constants; when the lowest code is
 * small against the span it starts at 0 ({@link #zeroBased}), slot {@code code}, so that {@code
 * of}, whose range check never fails, is the array's own range check and a load with no
 * subtraction, as the floor is: this costs {@code min} extra slots. Otherwise it starts at {@code
 * min} too.
 *
 * <p>Memory, with compressed references (4 bytes a reference; 8 without): a direct table takes 8
 * bytes per number of its span, plus 4 per number below the lowest code when {@code TABLE} starts
 * at 0: past {@link #SMALL_TABLE} numbers, at most 512 bytes per code from the lowest code and 768
 * from 0; a hash table 12 bytes per slot (constant, {@code Optional} and code), 48-96 bytes per
 * code. The direct table is the only shape whose {@code of} and {@code lookup} are each one load
 * that depends on the number alone, which is what keeps them near a plain array's load
 * (BENCHMARKS.md, "Lookup shapes"); a probe, a second level or a field read after the load each add
 * a dependent load or a mispredicted branch.
 *
 * @param dense whether to use the direct table
 * @param min the lowest code (direct table only)
 * @param size the length of {@code OPTIONALS}: the span for a direct table, the slots of a hash
 *     table
 * @param zeroBased whether a direct table's {@code TABLE} starts at 0 rather than {@code min}
 * @param emptyKey for a hash table, the key of its empty slots: a number that is no code, 0 when it
 *     can be
 */
record LookupPlan(boolean dense, int min, int size, boolean zeroBased, int emptyKey) {
  /** The processor option that caps the bytes of a direct table. */
  static final String TABLE_BYTES_OPTION = "codebook.lookupTableBytes";

  /**
   * The cap on a direct table's bytes unless the option says otherwise: 32 MiB, the most a table
   * from the lowest code can take at 65,536 codes under the {@link #SLOTS_PER_CODE} rule (2^16
   * codes, 64 numbers each, two references a number). Up to that many codes the rule alone decides
   * (a table from 0 that the cap refuses starts at the lowest code instead); the cap keeps larger
   * sets from tables of hundreds of megabytes.
   */
  static final long DEFAULT_TABLE_BYTES = 32L << 20;

  /** The largest cap the option accepts: 1 GiB. */
  static final long MAX_TABLE_BYTES = 1L << 30;

  /** What a direct table's memory is counted in: a compressed reference. */
  static final int REFERENCE_BYTES = 4;

  /** A direct table of up to this many numbers is acceptable however few codes it holds. */
  static final int SMALL_TABLE = 1024;

  /** Otherwise a direct table may span at most this many numbers per code. */
  static final int SLOTS_PER_CODE = 64;

  /** The hash table has at least this many slots per code. */
  static final int HASH_SLOTS_PER_CODE = 4;

  /** The plan under the default cap. */
  static LookupPlan of(List<Code> codes) {
    return of(codes, DEFAULT_TABLE_BYTES);
  }

  /**
   * The plan for sorted codes.
   *
   * @param codes the codes, lowest first
   * @param tableBytes the most a direct table may take, counting 4 bytes a reference
   * @return the plan
   */
  static LookupPlan of(List<Code> codes, long tableBytes) {
    int min = codes.get(0).code();
    int max = codes.get(codes.size() - 1).code();
    long span = (long) max - min + 1;
    if (span <= SMALL_TABLE || span <= (long) SLOTS_PER_CODE * codes.size()) {
      long fromZero = (long) REFERENCE_BYTES * ((long) max + 1 + span);
      if (min >= 0 && min <= span && fromZero <= tableBytes) {
        return new LookupPlan(true, min, (int) span, true, 0);
      }
      if (2L * REFERENCE_BYTES * span <= tableBytes) {
        return new LookupPlan(true, min, (int) span, false, 0);
      }
    }
    int size = 2;
    while (size < (long) HASH_SLOTS_PER_CODE * codes.size()) {
      size <<= 1;
    }
    return new LookupPlan(false, 0, size, false, unused(codes));
  }

  /** A number that is no code: 0 if it can be, so that a new {@code int[]} needs no filling. */
  static int unused(List<Code> codes) {
    int min = codes.get(0).code();
    int max = codes.get(codes.size() - 1).code();
    if (codes.stream().noneMatch(code -> code.code() == 0)) {
      return 0;
    }
    if (min > Integer.MIN_VALUE) {
      return min - 1;
    }
    if (max < Integer.MAX_VALUE) {
      return max + 1;
    }
    for (int i = 1; ; i++) {
      // Sorted and distinct, from MIN_VALUE to MAX_VALUE: fewer than 2^32 codes leave a gap.
      if (codes.get(i).code() != codes.get(i - 1).code() + 1) {
        return codes.get(i - 1).code() + 1;
      }
    }
  }

  /** The length of a direct table's {@code TABLE}. */
  int tableSize() {
    return zeroBased ? min + size : size;
  }

  /** The bytes the index's arrays take, counting 4 bytes a reference and an {@code int}. */
  long bytes() {
    return dense ? (long) REFERENCE_BYTES * (tableSize() + size) : 3L * REFERENCE_BYTES * size;
  }

  /** For the hash table: how far to shift the mixed code right to keep the top bits. */
  int shift() {
    return 32 - Integer.numberOfTrailingZeros(size);
  }
}
