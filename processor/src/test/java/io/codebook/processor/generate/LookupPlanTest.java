package io.codebook.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.Code;
import io.codebook.processor.testing.PlainCodes;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LookupPlanTest {

  private static List<Code> codes(int... numbers) {
    return IntStream.of(numbers).sorted().mapToObj(n -> PlainCodes.of(n)).toList();
  }

  @Test
  void denseCodesUseADirectTable() {
    LookupPlan plan = LookupPlan.of(codes(110, 421, 633));
    assertTrue(plan.dense());
    assertEquals(110, plan.min());
    assertEquals(633 - 110 + 1, plan.size());
    assertTrue(plan.zeroBased(), "110 below a span of 524: the constants' table starts at 0");
    assertEquals(634, plan.tableSize());
    assertEquals(4 * (634 + 524), plan.bytes());
  }

  @Test
  void aTableFarFromZeroStartsAtTheLowestCode() {
    LookupPlan plan = LookupPlan.of(codes(10_000, 10_100));
    assertTrue(plan.dense());
    assertFalse(plan.zeroBased(), "10,000 slots below a span of 101 would be mostly waste");
    assertEquals(101, plan.tableSize());
    assertEquals(8 * 101, plan.bytes());
  }

  @Test
  void negativeCodesStartAtTheLowestCode() {
    LookupPlan plan = LookupPlan.of(codes(-5, 0, 5));
    assertTrue(plan.dense());
    assertFalse(plan.zeroBased());
    assertEquals(-5, plan.min());
    assertEquals(11, plan.tableSize());
  }

  @Test
  void sparseCodesUseAHashTableAtMostAQuarterFull() {
    LookupPlan plan = LookupPlan.of(codes(6, 10054, 11001));
    assertFalse(plan.dense());
    assertEquals(16, plan.size(), "the power of two at or above 4 x 3 codes");
    assertEquals(28, plan.shift(), "the top 4 bits of the mixed code pick one of 16 slots");
  }

  @Test
  void aSingleCodeStillGetsAUsableTable() {
    LookupPlan plan = LookupPlan.of(codes(Integer.MAX_VALUE));
    assertTrue(plan.dense());
    assertEquals(1, plan.size());
  }

  @Test
  void hashTablesAreAPowerOfTwoWithRoomToSpare() {
    int[] numbers = IntStream.range(0, 1000).map(i -> i * 100_000).toArray();
    LookupPlan plan = LookupPlan.of(codes(numbers));
    assertFalse(plan.dense());
    assertEquals(4096, plan.size());
    assertEquals(0, plan.size() & (plan.size() - 1));
  }

  @Test
  void codesSpreadOverTensOfNumbersEachStillGetADirectTable() {
    // 1,000 codes 37 apart: 36,964 slots, 37 per code, about 148 KB of references.
    int[] numbers = IntStream.range(0, 1000).map(i -> 1000 + i * 37).toArray();
    LookupPlan plan = LookupPlan.of(codes(numbers));
    assertTrue(plan.dense());
    assertEquals(999 * 37 + 1, plan.size());
  }

  @Test
  void fiftyThousandCodesSpreadOverTensOfNumbersEachGetADirectTableByDefault() {
    // 50,000 codes 37 apart from 1,000: a span of 1,849,964 numbers, 37 per code. From 0, the
    // constants take 1,850,964 references and the Optionals 1,849,964: 14.8 MB, under 32 MiB.
    int[] numbers = IntStream.range(0, 50_000).map(i -> 1000 + i * 37).toArray();
    LookupPlan plan = LookupPlan.of(codes(numbers));
    assertTrue(plan.dense());
    assertTrue(plan.zeroBased());
    assertEquals(49_999 * 37 + 1, plan.size());
    assertEquals(4L * (1000 + 49_999 * 37 + 1 + 49_999 * 37 + 1), plan.bytes());
  }

  @Test
  void aDirectTableAboveTheByteCapGivesWayToHashing() {
    // 150,000 codes 37 apart would span 5.5 million numbers: 44 MB from the lowest code, over
    // 32 MiB, though only 37 numbers per code.
    int[] numbers = IntStream.range(0, 150_000).map(i -> 1000 + i * 37).toArray();
    LookupPlan plan = LookupPlan.of(codes(numbers));
    assertFalse(plan.dense());
    assertEquals(1 << 20, plan.size(), "the power of two at or above 600,000 slots");
    assertEquals(12L << 20, plan.bytes());
  }

  @Test
  void aLowerCapGivesTheFiftyThousandCodesAHashTable() {
    int[] numbers = IntStream.range(0, 50_000).map(i -> 1000 + i * 37).toArray();
    LookupPlan plan = LookupPlan.of(codes(numbers), 2L << 20);
    assertFalse(plan.dense(), "14.8 MB over a cap of 2 MiB");
    assertEquals(1 << 18, plan.size(), "the power of two at or above 200,000 slots");
    assertEquals(12L << 18, plan.bytes());
  }

  @Test
  void aHigherCapBuysTheDirectTable() {
    int[] numbers = IntStream.range(0, 50_000).map(i -> 1000 + i * 37).toArray();
    long span = 49_999L * 37 + 1;
    long fromZero = 4 * (1000 + span + span);
    LookupPlan plan = LookupPlan.of(codes(numbers), fromZero);
    assertTrue(plan.dense());
    assertTrue(plan.zeroBased());
    assertEquals(fromZero, plan.bytes());
    LookupPlan tighter = LookupPlan.of(codes(numbers), fromZero - 1);
    assertTrue(tighter.dense());
    assertFalse(tighter.zeroBased(), "without the 1,000 slots below the lowest code, it fits");
    assertEquals(8 * span, tighter.bytes());
    assertFalse(LookupPlan.of(codes(numbers), 8 * span - 1).dense());
  }

  @Test
  void theDefaultCapIsThirtyTwoMebibytes() {
    // 65,537 codes 64 apart from 10,000,000, the last moved up so that the span is 2^22 numbers:
    // under 64 per code (65,537 x 64 = 4,194,368), far from 0, so the table starts at the lowest
    // code and its two arrays take 2^22 x 8 bytes, exactly 32 MiB.
    int[] numbers = IntStream.range(0, (1 << 16) + 1).map(i -> 10_000_000 + i * 64).toArray();
    numbers[numbers.length - 1] = 10_000_000 + (1 << 22) - 1;
    LookupPlan plan = LookupPlan.of(codes(numbers));
    assertTrue(plan.dense());
    assertFalse(plan.zeroBased());
    assertEquals(1 << 22, plan.size());
    assertEquals(32L << 20, LookupPlan.DEFAULT_TABLE_BYTES);
    assertEquals(LookupPlan.DEFAULT_TABLE_BYTES, plan.bytes());
    numbers[numbers.length - 1] += 1;
    assertFalse(
        LookupPlan.of(codes(numbers)).dense(),
        "one number more is over the cap, though still under 64 per code");
  }

  @Test
  void thinlySpreadCodesGetNoLargeTableWhateverTheCap() {
    LookupPlan plan = LookupPlan.of(codes(1, 100_000), LookupPlan.MAX_TABLE_BYTES);
    assertFalse(plan.dense(), "two codes over 100,000 numbers: 50,000 slots per code");
  }

  @Test
  void aHashTablesEmptyKeyIsNoCode() {
    assertEquals(0, LookupPlan.of(codes(6, 10054, 11001)).emptyKey());
    assertEquals(-1, LookupPlan.of(codes(0, 10054, 11001)).emptyKey());
    assertEquals(11002, LookupPlan.of(codes(Integer.MIN_VALUE, 0, 10054, 11001)).emptyKey());
    assertEquals(
        Integer.MIN_VALUE + 1,
        LookupPlan.of(codes(Integer.MIN_VALUE, 0, Integer.MAX_VALUE)).emptyKey());
    assertEquals(
        Integer.MIN_VALUE + 2,
        LookupPlan.of(codes(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 0, Integer.MAX_VALUE))
            .emptyKey());
  }
}
