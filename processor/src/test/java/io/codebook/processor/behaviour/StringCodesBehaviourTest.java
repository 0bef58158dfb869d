package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golden.strings.StateCode;
import golden.strings.StateCodeCodes;
import golden.strings.StateCodeHandler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** String codes, as SQLSTATE's: the int API over String, with series as prefixes. */
class StringCodesBehaviourTest {

  @Test
  void lookupIsByTheExactString() {
    assertSame(StateCode.UNDEFINED_TABLE, StateCode.of("42P01"));
    assertEquals("42P01", StateCode.UNDEFINED_TABLE.code());
    assertTrue(StateCode.isKnown("00000"));
    // Codes compare exactly: case, length and leading zeros all count.
    for (String unlisted : new String[] {"42p01", "0", "000000", "42", "", "contents "}) {
      assertEquals(Optional.empty(), StateCode.lookup(unlisted), unlisted);
    }
    assertEquals(Optional.empty(), StateCode.lookup(null));
    assertThrows(IllegalArgumentException.class, () -> StateCode.of("99999"));
  }

  @Test
  void stringConstantsServeAsCaseLabels() {
    assertEquals("undefined table", describe(StateCodeCodes.UNDEFINED_TABLE));
    assertEquals("syntax", describe("42601"));
    assertEquals("other", describe("42000"));
    assertSame(StateCode.SYNTAX_ERROR, StateCode.PARSE_ERROR);
    assertEquals("42601", StateCodeCodes.PARSE_ERROR);
  }

  private static String describe(String state) {
    switch (state) {
      case StateCodeCodes.UNDEFINED_TABLE:
        return "undefined table";
      case StateCodeCodes.SYNTAX_ERROR:
        return "syntax";
      default:
        return "other";
    }
  }

  @Test
  void seriesArePrefixesAndACodeMayBeInNone() {
    assertEquals(Optional.of(StateCode.Series.CLASS_42), StateCode.UNDEFINED_TABLE.series());
    assertEquals(Optional.empty(), StateCode.CONTENTS.series());
    assertSame(StateCode.Series.CLASS_42, StateCode.Series.of("42000"));
    assertEquals("42", StateCode.Series.CLASS_42.prefix());
    assertFalse(StateCode.Series.CLASS_00.contains("10000"));
    assertEquals(Optional.empty(), StateCode.Series.lookup("4"));
    assertSame(StateCode.Outcome.SUCCESS, StateCode.SUCCESSFUL_COMPLETION.outcome());
    assertSame(StateCode.Outcome.PERMANENT, StateCode.UNDEFINED_TABLE.outcome());
  }

  @Test
  void dispatchSwitchesOnTheStringThenThePrefix() {
    StateCodeHandler<String> handler =
        new StateCodeHandler<>() {
          @Override
          public String onUndefinedTable(StateCode code) {
            return "table";
          }

          @Override
          public String onClass42(String code) {
            return "class 42 " + code;
          }

          @Override
          public String otherwise(String code) {
            return "otherwise " + code;
          }
        };
    assertRoutesByStringThenPrefix(handler);
  }

  @Test
  void aBuiltHandlerRoutesByStringThenPrefix() {
    StateCodeHandler<String> handler =
        StateCodeHandler.<String>builder()
            .on(StateCode.UNDEFINED_TABLE, code -> "table")
            .onSeries(StateCode.Series.CLASS_42, code -> "class 42 " + code)
            .otherwise(code -> "otherwise " + code)
            .build();
    assertRoutesByStringThenPrefix(handler);
  }

  private static void assertRoutesByStringThenPrefix(StateCodeHandler<String> handler) {
    assertEquals("table", StateCodeHandler.dispatch("42P01", handler));
    assertEquals("class 42 42601", StateCodeHandler.dispatch("42601", handler));
    assertEquals("class 42 42ZZZ", StateCodeHandler.dispatch("42ZZZ", handler));
    assertEquals("otherwise 00000", StateCodeHandler.dispatch("00000", handler));
    assertEquals("otherwise XX000", StateCodeHandler.dispatch("XX000", handler));
    assertThrows(
        NullPointerException.class, () -> StateCodeHandler.dispatch((String) null, handler));
  }
}
