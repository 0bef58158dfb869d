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
  void sparseCodesUseAHashTableAtMostHalfFull() {
    LookupPlan plan = LookupPlan.of(codes(6, 10054, 11001));
    assertFalse(plan.dense());
    assertEquals(8, plan.size());
    assertEquals(29, plan.shift());
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
    assertEquals(2048, plan.size());
    assertEquals(0, plan.size() & (plan.size() - 1));
  }
}
