package io.codebook.processor.generate;

import io.codebook.processor.model.Code;
import java.util.List;

/**
 * How the generated {@code Index} maps a number to its constant. Both shapes are O(1), allocation
 * free and need no boxing:
 *
 * <ul>
 *   <li>a direct table indexed by {@code code - min}, one load, whenever its span is affordable: up
 *       to {@link #SMALL_TABLE} slots whatever the codes, else up to {@link #SLOTS_PER_CODE} slots
 *       per code and {@link #MAX_DIRECT_SLOTS} in all (FTP's 110-633 take 524 slots, about 2 KB;
 *       1,000 codes spread over 36,000 numbers about 146 KB);
 *   <li>otherwise an open-addressing hash table at most a quarter full, probed linearly, whose
 *       codes sit in a parallel {@code int[]}, so that a probe reads two arrays at the same slot
 *       and never follows a pointer to a constant it does not return. At a quarter full about 88%
 *       of listed codes are found in their home slot.
 * </ul>
 *
 * <p>Each slot also has its constant's {@code Optional} in a parallel array, so that {@code lookup}
 * is a load rather than a test and a second load from the constant. Memory, with compressed
 * references (4 bytes a reference; 8 without): a direct table takes 8 bytes per number of its span
 * (constant and {@code Optional}), a hash table 12 bytes per slot (constant, {@code Optional} and
 * code), 48-96 bytes per code.
 *
 * @param dense whether to use the direct table
 * @param min the lowest code (direct table only)
 * @param size the table's length
 */
record LookupPlan(boolean dense, int min, int size) {
  /** A direct table of up to this many slots is always acceptable. */
  static final int SMALL_TABLE = 1024;

  /** Otherwise a direct table may have at most this many slots per code... */
  static final int SLOTS_PER_CODE = 64;

  /** ...and at most this many slots: 1 MB with compressed references. */
  static final int MAX_DIRECT_SLOTS = 1 << 18;

  /** The hash table has at least this many slots per code. */
  static final int HASH_SLOTS_PER_CODE = 4;

  static LookupPlan of(List<Code> codes) {
    int min = codes.get(0).code();
    int max = codes.get(codes.size() - 1).code();
    long span = (long) max - min + 1;
    if (span <= SMALL_TABLE
        || span <= Math.min(MAX_DIRECT_SLOTS, (long) SLOTS_PER_CODE * codes.size())) {
      return new LookupPlan(true, min, (int) span);
    }
    int size = 2;
    while (size < (long) HASH_SLOTS_PER_CODE * codes.size()) {
      size <<= 1;
    }
    return new LookupPlan(false, 0, size);
  }

  /** For the hash table: how far to shift the mixed code right to keep the top bits. */
  int shift() {
    return 32 - Integer.numberOfTrailingZeros(size);
  }
}
