package io.codebook.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.testing.PlainCodes;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static CodeSet codeSet(int count) {
    List<Code> codes = IntStream.range(0, count).mapToObj(n -> PlainCodes.of(n)).toList();
    return new CodeSet(
        "spec.yaml", "Set", "Set", "", List.of(), List.of(), List.of(), List.of(), codes);
  }

  @Test
  void aSetWithinTheBudgetIsOneEnum() {
    Layout layout = Layout.of(codeSet(5), BytecodeEstimate.BUDGET);
    assertEquals(Layout.Shape.ENUM, layout.shape());
    assertFalse(layout.hasParts());
    assertEquals(1, layout.parts().size());
    assertEquals(5, layout.parts().get(0).codes().size());
  }

  @Test
  void aLowerBudgetSplitsTheSetIntoNumberedPartsInCodeOrder() {
    int perCode = BytecodeEstimate.of(codeSet(1).codes().get(0));
    Layout layout = Layout.of(codeSet(5), 2 * perCode, 1);
    assertEquals(Layout.Shape.CLASS, layout.shape());
    assertTrue(layout.hasParts());
    assertEquals(List.of(0, 1, 2), layout.parts().stream().map(Layout.Part::number).toList());
    assertEquals(List.of(0, 2, 4), layout.parts().stream().map(Layout.Part::firstOrdinal).toList());
    assertEquals(
        List.of(2, 2, 1), layout.parts().stream().map(part -> part.codes().size()).toList());
  }

  /**
   * Bare constants cost 16 bytes each in the enum's initializer; a set whose data needs parts stays
   * an enum while they fit.
   */
  @Test
  void aSetSplitIntoPartsIsAnEnumWhileItsBareConstantsFitTheEnumBudget() {
    int perCode = BytecodeEstimate.of(codeSet(1).codes().get(0));
    assertEquals(
        Layout.Shape.PARTED_ENUM,
        Layout.of(codeSet(5), 2 * perCode, 5 * Layout.ENUM_CONSTANT_BYTES).shape());
    assertEquals(
        Layout.Shape.CLASS,
        Layout.of(codeSet(5), 2 * perCode, 5 * Layout.ENUM_CONSTANT_BYTES - 1).shape());
    assertEquals(
        Layout.Shape.PARTED_ENUM,
        Layout.of(codeSet(3_500), BytecodeEstimate.BUDGET / 10).shape(),
        "3,500 codes at the real enum budget");
    assertEquals(
        Layout.Shape.CLASS, Layout.of(codeSet(3_501), BytecodeEstimate.BUDGET / 10).shape());
  }

  @Test
  void aPartHoldsAtMostMaxConstantsHoweverSmallTheyAre() {
    Layout layout = Layout.of(codeSet(Layout.MAX_CONSTANTS + 1), Integer.MAX_VALUE);
    assertEquals(
        List.of(Layout.MAX_CONSTANTS, 1),
        layout.parts().stream().map(part -> part.codes().size()).toList());
  }

  @Test
  void aCodeLargerThanTheBudgetStillGetsAPart() {
    Layout layout = Layout.of(codeSet(2), 1);
    assertEquals(2, layout.parts().size());
  }

  /** {@code count} codes {@code step} apart from 0, of ints or, if told, of strings. */
  private static CodeSet spread(int count, int step, boolean strings) {
    List<Code> codes = IntStream.range(0, count).mapToObj(n -> PlainCodes.of(n * step)).toList();
    return new CodeSet(
        "spec.yaml", "Set", "Set", "", List.of(), List.of(), List.of(), List.of(), codes, strings);
  }

  /**
   * Forty codes from 0: a direct table from 0, 8 bytes a number of the span. A step of 52 spans
   * 2,029 numbers, 16,232 bytes; 53 spans 2,068, 16,544 bytes, past the 16 KiB cap.
   */
  @Test
  void aPlainEnumHoldsItsIndexItselfWhileTheIndexTakesAtMostTheCap() {
    Layout small = Layout.of(spread(40, 52, false), BytecodeEstimate.BUDGET);
    assertEquals(16_232, small.lookup().bytes());
    assertTrue(small.indexInType());
    Layout large = Layout.of(spread(40, 53, false), BytecodeEstimate.BUDGET);
    assertEquals(16_544, large.lookup().bytes());
    assertEquals(Layout.Shape.ENUM, large.shape());
    assertFalse(large.indexInType());
  }

  @Test
  void anIndexOfStringsOrOfAnEnumInPartsOrOfAClassIsNested() {
    assertFalse(Layout.of(spread(3, 1, true), BytecodeEstimate.BUDGET).indexInType());
    int perCode = BytecodeEstimate.of(codeSet(1).codes().get(0));
    Layout parted = Layout.of(codeSet(5), 2 * perCode);
    assertEquals(Layout.Shape.PARTED_ENUM, parted.shape());
    assertFalse(parted.indexInType());
    Layout classShaped = Layout.of(codeSet(5), 2 * perCode, 1);
    assertEquals(Layout.Shape.CLASS, classShaped.shape());
    assertFalse(classShaped.indexInType());
  }
}
