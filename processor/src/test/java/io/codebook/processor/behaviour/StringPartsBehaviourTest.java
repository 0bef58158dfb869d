package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import golden.stringparts.StateCode;
import golden.stringparts.StateCodeCodes;
import golden.stringparts.StateCodeHandler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** String codes in the class shape: one code per part, lookup and dispatch by string. */
class StringPartsBehaviourTest {

  @Test
  void theClassShapeFindsAndDispatchesStringCodes() {
    assertFalse(StateCode.class.isEnum());
    for (StateCode code : StateCode.values()) {
      assertSame(code, StateCode.of(code.code()));
    }
    assertEquals(Optional.empty(), StateCode.lookup("42P02"));
    StateCodeHandler<String> handler =
        StateCodeHandler.<String>builder()
            .on(StateCode.UNDEFINED_TABLE, code -> "table " + code.code())
            .onSeries(StateCode.Series.CLASS_00, code -> "class 00 " + code)
            .otherwise(code -> "otherwise " + code)
            .build();
    assertEquals("table 42P01", StateCodeHandler.dispatch(StateCodeCodes.UNDEFINED_TABLE, handler));
    assertEquals("otherwise 42601", StateCodeHandler.dispatch("42601", handler));
    assertEquals(
        "class 00 00000", StateCodeHandler.dispatch("00000", handler), "listed, in series 00");
    assertEquals("class 00 00999", StateCodeHandler.dispatch("00999", handler), "unlisted");
    assertEquals("otherwise contents", StateCodeHandler.dispatch(StateCode.CONTENTS, handler));
  }
}
