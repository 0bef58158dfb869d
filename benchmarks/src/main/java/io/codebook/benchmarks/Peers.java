package io.codebook.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Builds the hand-written peers' tables, and checks that every peer agrees with the generated code.
 */
public final class Peers {
  private Peers() {}

  /** The physical floor: an array indexed by the code itself, {@code null} where no code is. */
  public static <E> E[] byCode(
      E[] values, ToIntFunction<E> code, int length, IntFunction<E[]> newArray) {
    E[] table = newArray.apply(length);
    for (E value : values) {
      table[code.applyAsInt(value)] = value;
    }
    return table;
  }

  /** {@code HashMap<Integer, E>}, as jsonschema2pojo's {@code fromValue} and Spring PR #28404. */
  public static <E> Map<Integer, E> hashMap(E[] values, ToIntFunction<E> code) {
    Map<Integer, E> map = new HashMap<>();
    for (E value : values) {
      map.put(code.applyAsInt(value), value);
    }
    return map;
  }

  public static <E> int[] codes(E[] values, ToIntFunction<E> code) {
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      codes[i] = code.applyAsInt(values[i]);
    }
    return codes;
  }

  /** Fails the benchmark at set-up if a peer answers differently from the generated code. */
  public static void agree(String what, int input, Object generated, Object peer) {
    if (!Objects.equals(generated, peer)) {
      throw new AssertionError(
          what
              + " disagrees with the generated code on "
              + input
              + ": "
              + peer
              + " instead of "
              + generated);
    }
  }
}
