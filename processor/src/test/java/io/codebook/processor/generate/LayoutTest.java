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
    Layout layout = Layout.of(codeSet(5), 2 * perCode, Integer.MAX_VALUE);
    assertEquals(Layout.Shape.PARTED_ENUM, layout.shape());
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

  /**
   * A class-shaped part's fields only read the set's table, 9 bytes each, so its parts are split by
   * that cost, not by the cost of creating a constant.
   */
  @Test
  void aClassShapedSetIsSplitByTheBytesOfItsFields() {
    Layout layout = Layout.of(codeSet(5), 2 * Layout.CLASS_FIELD_BYTES, 1);
    assertEquals(Layout.Shape.CLASS, layout.shape());
    assertEquals(List.of(0, 2, 4), layout.parts().stream().map(Layout.Part::firstOrdinal).toList());
    assertEquals(
        List.of(2, 2, 1), layout.parts().stream().map(part -> part.codes().size()).toList());
  }

  /** 50,000 codes at the real budget: 250 a part, far below the bytes a part may take. */
  @Test
  void fiftyThousandCodesTakeTwoHundredClassShapedParts() {
    Layout layout = Layout.of(codeSet(50_000), BytecodeEstimate.BUDGET);
    assertEquals(Layout.Shape.CLASS, layout.shape());
    assertEquals(200, layout.parts().size());
    assertEquals(250, layout.parts().get(199).codes().size());
  }

  @Test
  void aClassShapedPartHoldsAtMostMaxClassPartConstants() {
    // More codes than one part of either kind holds, so that the set is split and class-shaped.
    int count = 4 * Layout.MAX_CLASS_PART_CONSTANTS + 1;
    Layout layout =
        Layout.of(codeSet(Math.max(count, Layout.MAX_CONSTANTS + 1)), Integer.MAX_VALUE, 1);
    assertEquals(Layout.Shape.CLASS, layout.shape());
    assertTrue(
        layout.parts().stream()
            .allMatch(part -> part.codes().size() <= Layout.MAX_CLASS_PART_CONSTANTS));
    assertEquals(Layout.MAX_CLASS_PART_CONSTANTS, layout.parts().get(0).codes().size());
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
}
