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
        new StateCodeHandler<>() {
          @Override
          public String onUndefinedTable(StateCode code) {
            return "table " + code.code();
          }

          @Override
          public String otherwise(String code) {
            return "otherwise " + code;
          }
        };
    assertEquals("table 42P01", StateCodeHandler.dispatch(StateCodeCodes.UNDEFINED_TABLE, handler));
    assertEquals("otherwise 42601", StateCodeHandler.dispatch("42601", handler));
  }
}
