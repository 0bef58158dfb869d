package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import golden.clash.Clash;
import golden.clash.ClashCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constant names are UPPER_SNAKE and generated members are lowerCamel or UpperCamel, so a code may
 * be called after any generated member without clashing: {@code VALUES}, {@code VALUE_OF}, {@code
 * CODE}, {@code INDEX}... The golden case {@code member-names} compiles; here it works.
 */
class MemberNamesBehaviourTest {
  /** The constants in code order: code {@code i} is the {@code i}th. */
  private static final List<Clash> IN_CODE_ORDER =
      List.of(
          Clash.VALUES,
          Clash.VALUE_OF,
          Clash.CODE,
          Clash.NAME,
          Clash.ORDINAL,
          Clash.MESSAGE,
          Clash.SERIES,
          Clash.OUTCOME,
          Clash.INDEX,
          Clash.ALL,
          Clash.LOOKUP,
          Clash.OF,
          Clash.IS_KNOWN,
          Clash.OTHERWISE,
          Clash.DISPATCH,
          Clash.TABLE,
          Clash.MIN,
          Clash.SHIFT);

  @Test
  void codesNamedAfterGeneratedMembersWork() {
    for (int i = 0; i < IN_CODE_ORDER.size(); i++) {
      Clash constant = IN_CODE_ORDER.get(i);
      assertSame(constant, Clash.of(i));
      assertEquals(i, constant.code());
    }
    assertEquals(IN_CODE_ORDER, List.of(Clash.values()));
    assertSame(Clash.VALUE_OF, Clash.valueOf("VALUE_OF"));
    assertEquals(17, ClashCodes.SHIFT);
  }
}
