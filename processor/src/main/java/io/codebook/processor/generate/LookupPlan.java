package io.codebook.processor.generate;

import io.codebook.processor.model.Code;
import java.util.List;

/**
 * How the generated {@code Index} maps a number to its constant. Both shapes are O(1), allocation
 * free and need no boxing:
 *
 * <ul>
 *   <li>a direct table indexed by {@code code - min}, when the codes are dense enough that the
 *       table stays small (FTP's 110-633 take 524 slots, about 2 KB);
 *   <li>otherwise an open-addressing hash table of at most 50% load, probed linearly.
 * </ul>
 *
 * @param dense whether to use the direct table
 * @param min the lowest code (direct table only)
 * @param size the table's length
 */
record LookupPlan(boolean dense, int min, int size) {
  /** A direct table of up to this many slots is always acceptable. */
  static final int SMALL_TABLE = 1024;

  /** Otherwise a direct table may have at most this many slots per code. */
  static final int SLOTS_PER_CODE = 8;

  static LookupPlan of(List<Code> codes) {
    int min = codes.get(0).code();
    int max = codes.get(codes.size() - 1).code();
    long span = (long) max - min + 1;
    if (span <= Math.max(SMALL_TABLE, (long) SLOTS_PER_CODE * codes.size())) {
      return new LookupPlan(true, min, (int) span);
    }
    int size = 2;
    while (size < 2L * codes.size()) {
      size <<= 1;
    }
    return new LookupPlan(false, 0, size);
  }

  /** For the hash table: how far to shift the mixed code right to keep the top bits. */
  int shift() {
    return 32 - Integer.numberOfTrailingZeros(size);
  }
}
