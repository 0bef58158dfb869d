package io.codebook.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Benchmark inputs: fixed-seed random numbers, walked in order by each benchmark method, in the
 * manner of Netty's {@code HttpStatusValueOfBenchmark}. {@value #SIZE} of them per array, so the
 * branch predictor cannot learn the sequence and the time per operation is not a best case.
 */
public final class Inputs {
  /** Numbers per input array; each benchmark method handles all of them per invocation. */
  public static final int SIZE = 4096;

  /** The seed of every input array. */
  public static final long SEED = 4096;

  /** Of the mixed inputs, this many are numbers no code has. */
  public static final int UNKNOWN = SIZE / 4;

  private Inputs() {}

  /**
   * Three quarters listed codes, drawn uniformly, and exactly one quarter unlisted numbers from
   * {@code [lo, hi)}, shuffled together.
   */
  public static int[] mixed(int[] codes, int lo, int hi) {
    SplittableRandom random = new SplittableRandom(SEED);
    int[] sorted = codes.clone();
    Arrays.sort(sorted);
    int[] inputs = new int[SIZE];
    int i = 0;
    while (i < UNKNOWN) {
      int number = random.nextInt(lo, hi);
      if (Arrays.binarySearch(sorted, number) < 0) {
        inputs[i++] = number;
      }
    }
    while (i < SIZE) {
      inputs[i++] = codes[random.nextInt(codes.length)];
    }
    shuffle(inputs, random);
    return inputs;
  }

  /** Listed codes only, drawn uniformly: the inputs of {@code of(int)}, which throws on others. */
  public static int[] known(int[] codes) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    int[] inputs = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      inputs[i] = codes[random.nextInt(codes.length)];
    }
    return inputs;
  }

  /** Any numbers from {@code [lo, hi)}, drawn uniformly. */
  public static int[] uniform(int lo, int hi) {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    int[] inputs = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      inputs[i] = random.nextInt(lo, hi);
    }
    return inputs;
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
