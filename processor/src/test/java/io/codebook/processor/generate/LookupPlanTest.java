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
  void aDirectTableAboveTheSlotCapGivesWayToHashing() {
    // 50,000 codes 37 apart would take 1.85 million slots, over the cap of 2^18.
    int[] numbers = IntStream.range(0, 50_000).map(i -> 1000 + i * 37).toArray();
    LookupPlan plan = LookupPlan.of(codes(numbers));
    assertFalse(plan.dense());
    assertEquals(1 << 18, plan.size(), "the power of two at or above 200,000 slots");
  }
}
