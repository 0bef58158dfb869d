package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golden.demoparts.DemoReply;
import golden.demoparts.DemoReplyCodes;
import golden.demoparts.DemoReplyHandler;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The class shape at run time: the demo spec generated with a lowered part budget, so that its five
 * codes are spread over three parts. It must behave as the enum shape does.
 */
class DemoPartsBehaviourTest {

  @Test
  void itIsAClassWithTheEnumsApi() {
    assertFalse(DemoReply.class.isEnum());
    DemoReply[] values = DemoReply.values();
    assertEquals(
        List.of(200, 421, 522, 555, 625), List.of(values).stream().map(DemoReply::code).toList());
    for (int i = 0; i < values.length; i++) {
      assertEquals(i, values[i].ordinal());
      assertSame(values[i], DemoReply.valueOf(values[i].name()));
      assertEquals(values[i].name(), values[i].toString());
    }
    assertTrue(DemoReply.COMMAND_OKAY.compareTo(DemoReply.PROTECTED_REPLY) < 0);
    assertEquals(
        "No constant named NOPE",
        assertThrows(IllegalArgumentException.class, () -> DemoReply.valueOf("NOPE")).getMessage());
  }

  @Test
  void constantsFromEveryPartAreReachableByName() {
    assertSame(DemoReply.of(200), DemoReply.COMMAND_OKAY);
    assertSame(DemoReply.of(522), DemoReply.EXTENDED_PORT_FAILURE);
    assertSame(DemoReply.of(625), DemoReply.PROTECTED_REPLY);
    assertSame(DemoReply.EXTENDED_PORT_FAILURE, DemoReply.TLS_NEGOTIATION_FAILED);
    assertEquals(625, DemoReplyCodes.PROTECTED_REPLY);
    assertEquals(522, DemoReplyCodes.TLS_NEGOTIATION_FAILED);
  }

  @Test
  void lookupAndPropertiesMatchTheEnumShape() {
    assertSame(DemoReply.lookup(421), DemoReply.lookup(421), "one Optional per constant");
    assertEquals(Optional.empty(), DemoReply.lookup(422));
    assertEquals(
        "Unknown code 299 in DemoReply (Demo replies)",
        assertThrows(IllegalArgumentException.class, () -> DemoReply.of(299)).getMessage());
    assertEquals(golden.demo.DemoReply.TRICKY_TEXT.message(), DemoReply.TRICKY_TEXT.message());
    assertSame(DemoReply.Series.PERMANENT_NEGATIVE, DemoReply.TRICKY_TEXT.series());
    assertTrue(DemoReply.TRICKY_TEXT.isTransient(), "the code's own outcome overrides its series'");
    assertEquals(List.of(DemoReply.SERVICE_NOT_AVAILABLE), DemoReply.Context.GREETING.allowed());
  }

  @Test
  void textsReadFromTheResourceEqualTheEnumShapesConstants() {
    golden.demo.DemoReply[] enumShape = golden.demo.DemoReply.values();
    DemoReply[] classShape = DemoReply.values();
    assertEquals(enumShape.length, classShape.length);
    for (int i = 0; i < classShape.length; i++) {
      golden.demo.DemoReply expected = enumShape[i];
      DemoReply actual = classShape[i];
      assertEquals(expected.message(), actual.message(), actual.name());
      assertEquals(expected.description(), actual.description(), actual.name());
      assertEquals(expected.variants(), actual.variants(), actual.name());
      assertEquals(expected.solutions(), actual.solutions(), actual.name());
      assertEquals(expected.references(), actual.references(), actual.name());
    }
    assertEquals(
        List.of("User limit reached", "Max connections exceeded"),
        DemoReply.SERVICE_NOT_AVAILABLE.variants(),
        "a line's lists are split at their lengths, not merged");
    assertEquals(
        List.of("RFC 2428 <https://www.rfc-editor.org/rfc/rfc2428>"),
        DemoReply.EXTENDED_PORT_FAILURE.references());
    assertSame(
        DemoReply.SERVICE_NOT_AVAILABLE.solutions(),
        DemoReply.SERVICE_NOT_AVAILABLE.solutions(),
        "the resource is read once, not per call");
    assertThrows(
        UnsupportedOperationException.class,
        () -> DemoReply.SERVICE_NOT_AVAILABLE.solutions().add("x"));
  }

  /**
   * The constants come from {@code DemoReply.constants}; the enum shape's from constructor calls in
   * its source, so the two agree only if the resource says what the spec says.
   */
  @Test
  void constantsReadFromTheResourceEqualTheEnumShapesConstants() {
    golden.demo.DemoReply[] enumShape = golden.demo.DemoReply.values();
    DemoReply[] classShape = DemoReply.values();
    for (int i = 0; i < classShape.length; i++) {
      golden.demo.DemoReply expected = enumShape[i];
      DemoReply actual = classShape[i];
      assertEquals(expected.name(), actual.name());
      assertEquals(expected.code(), actual.code(), actual.name());
      assertEquals(expected.isStandard(), actual.isStandard(), actual.name());
      assertEquals(expected.aliases().size(), actual.aliases().size(), actual.name());
      for (int a = 0; a < actual.aliases().size(); a++) {
        golden.demo.DemoReply.Alias expectedAlias = expected.aliases().get(a);
        DemoReply.Alias alias = actual.aliases().get(a);
        assertEquals(expectedAlias.name(), alias.name());
        assertEquals(expectedAlias.code(), alias.code());
        assertEquals(expectedAlias.message(), alias.message());
        assertEquals(expectedAlias.description(), alias.description());
        assertEquals(expectedAlias.isStandard(), alias.isStandard());
        assertEquals(expectedAlias.references(), alias.references());
        assertSame(actual, alias.primary());
      }
    }
    assertFalse(DemoReply.TRICKY_TEXT.isStandard(), "the one code no standard defines");
    assertSame(
        DemoReply.EXTENDED_PORT_FAILURE.aliases(),
        DemoReply.EXTENDED_PORT_FAILURE.aliases(),
        "read once, not per call");
    assertThrows(
        UnsupportedOperationException.class,
        () -> DemoReply.EXTENDED_PORT_FAILURE.aliases().clear());
  }

  @Test
  void relatedObjectsAgreeWithTheEnumShapesTables() {
    golden.demo.DemoReply[] enumShape = golden.demo.DemoReply.values();
    DemoReply[] classShape = DemoReply.values();
    for (int i = 0; i < classShape.length; i++) {
      golden.demo.DemoReply expected = enumShape[i];
      DemoReply actual = classShape[i];
      assertEquals(expected.series().name(), actual.series().name(), actual.name());
      assertEquals(expected.group().name(), actual.group().name(), actual.name());
      assertEquals(expected.outcome().name(), actual.outcome().name(), actual.name());
      assertEquals(expected.isError(), actual.isError(), actual.name());
      assertEquals(
          expected.aliases().stream().map(golden.demo.DemoReply.Alias::name).toList(),
          actual.aliases().stream().map(DemoReply.Alias::name).toList(),
          actual.name());
    }
    assertSame(
        golden.demo.DemoReply.Outcome.NONE,
        golden.demo.DemoReply.PROTECTED_REPLY.outcome(),
        "the enum reads the outcome of its own constant, not a neighbour's");
  }

  @Test
  void aBuiltHandlerReachesCodesOfEveryPartAndFallsBackBySeries() {
    DemoReplyHandler<String> handler =
        DemoReplyHandler.<String>builder()
            .on(DemoReply.COMMAND_OKAY, code -> "part 0")
            .on(DemoReply.EXTENDED_PORT_FAILURE, code -> "part 1")
            .on(DemoReply.PROTECTED_REPLY, code -> "part 2")
            .onSeries(DemoReply.Series.TRANSIENT_NEGATIVE, code -> "series " + code)
            .otherwise(code -> "otherwise " + code)
            .build();
    assertEquals("part 0", DemoReplyHandler.dispatch(200, handler));
    assertEquals("part 1", DemoReplyHandler.dispatch(DemoReply.EXTENDED_PORT_FAILURE, handler));
    assertEquals("part 2", DemoReplyHandler.dispatch(625, handler));
    assertEquals(
        "series 421", DemoReplyHandler.dispatch(421, handler), "listed, falls back to its series");
    assertEquals("series 450", DemoReplyHandler.dispatch(450, handler), "unlisted, in a series");
    assertEquals(
        "otherwise 555", DemoReplyHandler.dispatch(555, handler), "listed, series not overridden");
    assertEquals("otherwise 7", DemoReplyHandler.dispatch(7, handler));
  }

  @Test
  void anImplementationOverridesOnForListedCodes() {
    DemoReplyHandler<String> handler =
        new DemoReplyHandler<>() {
          @Override
          public String on(DemoReply code) {
            return code == DemoReply.COMMAND_OKAY ? "okay" : DemoReplyHandler.super.on(code);
          }

          @Override
          public String onTransientNegative(int code) {
            return "series " + code;
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("okay", DemoReplyHandler.dispatch(200, handler));
    assertEquals("series 421", DemoReplyHandler.dispatch(DemoReply.of(421), handler));
    assertEquals("otherwise 625", DemoReplyHandler.dispatch(625, handler));
  }

  @Test
  void aBuilderNeedsOtherwiseAndItsHandlersDoNotSeeLaterChanges() {
    DemoReplyHandler.Builder<String> builder = DemoReplyHandler.builder();
    assertThrows(IllegalStateException.class, builder::build);
    DemoReplyHandler<String> first = builder.otherwise(code -> "first").build();
    builder.on(DemoReply.COMMAND_OKAY, code -> "later");
    assertEquals("first", DemoReplyHandler.dispatch(200, first));
    assertEquals("later", DemoReplyHandler.dispatch(200, builder.build()));
  }
}
