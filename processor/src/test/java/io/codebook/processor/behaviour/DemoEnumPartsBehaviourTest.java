package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golden.demoenumparts.DemoReply;
import golden.demoenumparts.DemoReplyCodes;
import golden.demoenumparts.DemoReplyHandler;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parted enum at run time: the demo spec with a lowered part budget but room for an enum, so
 * its constants' data comes from three holder classes. It must be a true enum and behave exactly as
 * the one-part enum does.
 */
class DemoEnumPartsBehaviourTest {

  @Test
  void itIsATrueEnum() {
    assertTrue(DemoReply.class.isEnum());
    assertEquals(
        EnumSet.of(DemoReply.COMMAND_OKAY, DemoReply.PROTECTED_REPLY),
        EnumSet.of(DemoReply.PROTECTED_REPLY, DemoReply.COMMAND_OKAY));
    assertEquals("okay", kind(DemoReply.COMMAND_OKAY));
    assertEquals("other", kind(DemoReply.TRICKY_TEXT));
  }

  private static String kind(DemoReply reply) {
    switch (reply) {
      case COMMAND_OKAY:
        return "okay";
      default:
        return "other";
    }
  }

  @Test
  void everyConstantHasTheDataOfTheOnePartEnum() {
    golden.demo.DemoReply[] expected = golden.demo.DemoReply.values();
    DemoReply[] actual = DemoReply.values();
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < actual.length; i++) {
      String where = actual[i].name();
      assertEquals(expected[i].name(), actual[i].name());
      assertEquals(expected[i].code(), actual[i].code(), where);
      assertEquals(expected[i].message(), actual[i].message(), where);
      assertEquals(expected[i].description(), actual[i].description(), where);
      assertEquals(expected[i].variants(), actual[i].variants(), where);
      assertEquals(expected[i].solutions(), actual[i].solutions(), where);
      assertEquals(expected[i].references(), actual[i].references(), where);
      assertEquals(expected[i].series().name(), actual[i].series().name(), where);
      assertEquals(expected[i].outcome().name(), actual[i].outcome().name(), where);
      assertEquals(expected[i].isStandard(), actual[i].isStandard(), where);
      assertSame(actual[i], DemoReply.of(actual[i].code()), where);
      assertEquals(Optional.of(actual[i]), DemoReply.lookup(actual[i].code()), where);
    }
    assertSame(DemoReply.EXTENDED_PORT_FAILURE, DemoReply.TLS_NEGOTIATION_FAILED);
    assertEquals(522, DemoReplyCodes.TLS_NEGOTIATION_FAILED);
  }

  @Test
  void dispatchReachesEveryCodesMethod() {
    DemoReplyHandler<String> handler =
        new DemoReplyHandler<>() {
          @Override
          public String onCommandOkay(DemoReply code) {
            return "okay";
          }

          @Override
          public String onExtendedPortFailure(DemoReply code) {
            return "port";
          }

          @Override
          public String onProtectedReply(DemoReply code) {
            return "protected";
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertReachesCodesOfEveryPart(handler);
  }

  @Test
  void aBuiltHandlerReachesCodesOfEveryPart() {
    DemoReplyHandler<String> handler =
        DemoReplyHandler.<String>builder()
            .on(DemoReply.COMMAND_OKAY, code -> "okay")
            .on(DemoReply.EXTENDED_PORT_FAILURE, code -> "port")
            .on(DemoReply.PROTECTED_REPLY, code -> "protected")
            .otherwise(code -> "otherwise " + code)
            .build();
    assertReachesCodesOfEveryPart(handler);
  }

  /** Codes of the three parts reach their own behaviour; the others reach {@code otherwise}. */
  private static void assertReachesCodesOfEveryPart(DemoReplyHandler<String> handler) {
    assertEquals("okay", DemoReplyHandler.dispatch(200, handler));
    assertEquals("port", DemoReplyHandler.dispatch(DemoReply.EXTENDED_PORT_FAILURE, handler));
    assertEquals("protected", DemoReplyHandler.dispatch(625, handler));
    assertEquals("otherwise 421", DemoReplyHandler.dispatch(421, handler));
    assertEquals("otherwise 999", DemoReplyHandler.dispatch(999, handler));
  }
}
