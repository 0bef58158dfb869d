package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golden.demo.DemoReply;
import golden.demo.DemoReplyCodes;
import golden.demo.DemoReplyHandler;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The enum shape at run time, through the golden demo types that Maven compiles as test sources:
 * the same files the golden test compares, so what is checked here is what is reviewed there.
 */
class DemoReplyBehaviourTest {

  @Test
  void constantsCarryTheSpecsValues() {
    DemoReply busy = DemoReply.SERVICE_NOT_AVAILABLE;
    assertEquals(421, busy.code());
    assertEquals("Service not available, closing control connection.", busy.message());
    assertEquals(List.of("User limit reached", "Max connections exceeded"), busy.variants());
    assertEquals(2, busy.solutions().size());
    assertEquals(List.of("Demo protocol section 4"), busy.references());
    assertTrue(busy.isStandard());
    assertSame(DemoReply.Series.TRANSIENT_NEGATIVE, busy.series());
    assertSame(DemoReply.Group.CONNECTIONS, busy.group());
    assertSame(DemoReply.Outcome.TRANSIENT, busy.outcome());
    assertTrue(busy.isTransient() && busy.isError() && !busy.isSuccess());
  }

  @Test
  void hostileTextSurvivesExactly() {
    assertEquals(
        "Ends a comment */ then @deprecated {@code x} <b>bold</b> & $1 \\u0041 \u00a7 \u202e",
        DemoReply.TRICKY_TEXT.message());
    assertEquals(
        "A \"quoted\" line\nand a second line with a backslash \\ and a tab\tin it.",
        DemoReply.TRICKY_TEXT.description());
    assertFalse(DemoReply.TRICKY_TEXT.isStandard());
  }

  @Test
  void referencesKeepTheSpecsText() {
    assertEquals(
        List.of("RFC 2428 <https://www.rfc-editor.org/rfc/rfc2428>"),
        DemoReply.EXTENDED_PORT_FAILURE.references());
  }

  @Test
  void lookupFindsListedCodesOnly() {
    assertSame(DemoReply.COMMAND_OKAY, DemoReply.of(200));
    assertEquals(Optional.of(DemoReply.PROTECTED_REPLY), DemoReply.lookup(625));
    assertSame(DemoReply.lookup(625), DemoReply.lookup(625), "one Optional per constant");
    assertEquals(Optional.empty(), DemoReply.lookup(201));
    assertTrue(DemoReply.isKnown(555));
    assertFalse(DemoReply.isKnown(-1));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> DemoReply.of(299));
    assertEquals("Unknown code 299 in DemoReply (Demo replies)", unknown.getMessage());
  }

  @Test
  void aliasesAreThePrimaryConstant() {
    assertSame(DemoReply.EXTENDED_PORT_FAILURE, DemoReply.TLS_NEGOTIATION_FAILED);
    DemoReply.Alias alias = DemoReply.EXTENDED_PORT_FAILURE.aliases().get(0);
    assertEquals("TLS_NEGOTIATION_FAILED", alias.name());
    assertEquals("TLS negotiation failed.", alias.message());
    assertSame(DemoReply.EXTENDED_PORT_FAILURE, alias.primary());
    assertEquals(List.of("RFC 4217"), alias.references());
    assertEquals(522, DemoReplyCodes.TLS_NEGOTIATION_FAILED);
  }

  @Test
  void seriesGroupsAndContextsClassifyAnyNumber() {
    assertSame(DemoReply.Series.POSITIVE_COMPLETION, DemoReply.Series.of(299));
    assertEquals(Optional.empty(), DemoReply.Series.lookup(300));
    assertSame(DemoReply.Outcome.NONE, DemoReply.PROTECTED_REPLY.outcome());
    assertFalse(DemoReply.PROTECTED_REPLY.isError() || DemoReply.PROTECTED_REPLY.isSuccess());
    assertSame(DemoReply.Group.FILE_SYSTEM, DemoReply.Group.of(256));
    assertTrue(DemoReply.Group.SYNTAX.matches(505));
    assertEquals(Optional.empty(), DemoReply.Group.lookup(239));
    DemoReply.Context stat = DemoReply.Context.lookup("STAT").orElseThrow();
    assertEquals(
        List.of(DemoReply.COMMAND_OKAY, DemoReply.SERVICE_NOT_AVAILABLE, DemoReply.PROTECTED_REPLY),
        stat.allowed());
    assertTrue(stat.allows(421));
    assertFalse(DemoReply.Context.GREETING.allows(DemoReply.COMMAND_OKAY));
  }

  @Test
  void intConstantsAreCaseLabels() {
    int raw = 421;
    switch (raw) {
      case DemoReplyCodes.SERVICE_NOT_AVAILABLE:
        break;
      default:
        throw new AssertionError("421 is SERVICE_NOT_AVAILABLE");
    }
  }

  @Test
  void dispatchFallsBackFromCodeToSeriesToOtherwise() {
    DemoReplyHandler<String> handler =
        new DemoReplyHandler<>() {
          @Override
          public String onServiceNotAvailable(DemoReply code) {
            return "code " + code.code();
          }

          @Override
          public String onPermanentNegative(int code) {
            return "series " + code;
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertRoutesCodeThenSeriesThenOtherwise(handler);
  }

  @Test
  void aBuiltHandlerFallsBackAsTheDefaultMethodsDo() {
    DemoReplyHandler<String> handler =
        DemoReplyHandler.<String>builder()
            .on(DemoReply.SERVICE_NOT_AVAILABLE, code -> "code " + code.code())
            .onSeries(DemoReply.Series.PERMANENT_NEGATIVE, code -> "series " + code)
            .otherwise(code -> "otherwise " + code)
            .build();
    assertRoutesCodeThenSeriesThenOtherwise(handler);
  }

  @Test
  void onTakesEveryListedCodeAndByDefaultCallsTheCodesOwnMethod() {
    DemoReplyHandler<String> handler =
        new DemoReplyHandler<>() {
          @Override
          public String on(DemoReply code) {
            return code == DemoReply.SERVICE_NOT_AVAILABLE
                ? "on " + code.code()
                : DemoReplyHandler.super.on(code);
          }

          @Override
          public String onCommandOkay(DemoReply code) {
            return "okay";
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("on 421", DemoReplyHandler.dispatch(421, handler));
    assertEquals("okay", DemoReplyHandler.dispatch(DemoReply.COMMAND_OKAY, handler));
    assertEquals("otherwise 522", DemoReplyHandler.dispatch(522, handler));
    assertEquals("otherwise 450", DemoReplyHandler.dispatch(450, handler), "unlisted: not on");
  }

  @Test
  void onIntTakesEveryUnlistedNumberAndByDefaultCallsItsSeriesMethod() {
    DemoReplyHandler<String> handler =
        new DemoReplyHandler<>() {
          @Override
          public String on(int code) {
            return code < 500 ? "unlisted " + code : DemoReplyHandler.super.on(code);
          }

          @Override
          public String onPermanentNegative(int code) {
            return "series " + code;
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("unlisted 450", DemoReplyHandler.dispatch(450, handler));
    assertEquals("unlisted 7", DemoReplyHandler.dispatch(7, handler));
    assertEquals("series 599", DemoReplyHandler.dispatch(599, handler));
    assertEquals("otherwise 421", DemoReplyHandler.dispatch(421, handler), "listed: not on(int)");
    assertEquals("series 522", DemoReplyHandler.dispatch(522, handler));
  }

  @Test
  void aBuilderNeedsOtherwiseAndItsHandlersDoNotSeeLaterChanges() {
    DemoReplyHandler.Builder<String> builder = DemoReplyHandler.builder();
    assertThrows(IllegalStateException.class, builder::build);
    DemoReplyHandler<String> first = builder.otherwise(code -> "first").build();
    builder
        .on(DemoReply.COMMAND_OKAY, code -> "later")
        .onSeries(DemoReply.Series.TRANSIENT_NEGATIVE, code -> "later series");
    assertEquals("first", DemoReplyHandler.dispatch(200, first));
    assertEquals("first", DemoReplyHandler.dispatch(421, first));
    DemoReplyHandler<String> second = builder.build();
    assertEquals("later", DemoReplyHandler.dispatch(200, second));
    assertEquals("later series", DemoReplyHandler.dispatch(421, second));
    assertThrows(
        NullPointerException.class, () -> builder.on(DemoReply.COMMAND_OKAY, null), "no action");
  }

  /**
   * What a handler with code 421, series 5xx and {@code otherwise} does, however it was made: the
   * code's own behaviour, then its series', then {@code otherwise}'s.
   */
  private static void assertRoutesCodeThenSeriesThenOtherwise(DemoReplyHandler<String> handler) {
    assertEquals("code 421", DemoReplyHandler.dispatch(421, handler));
    assertEquals("code 421", DemoReplyHandler.dispatch(DemoReply.SERVICE_NOT_AVAILABLE, handler));
    assertEquals(
        "series 522", DemoReplyHandler.dispatch(522, handler), "listed, falls back to its series");
    assertEquals("series 599", DemoReplyHandler.dispatch(599, handler), "unlisted, in a series");
    assertEquals("otherwise 200", DemoReplyHandler.dispatch(200, handler), "series not overridden");
    assertEquals("otherwise 7", DemoReplyHandler.dispatch(7, handler), "outside every series");
  }
}
