package io.codebook.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.TestCompiler;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A class-shaped set creates its constants from {@code X.constants} and reads its texts from {@code
 * X.texts}, both beside the class. Each test loads the classes afresh, so that a part's field can
 * be touched before anything else, and a resource can be damaged or lost: the failure must name the
 * resource, not surface as an index or number exception from deep in a reader.
 */
class ClassShapeResourcesTest {
  private static final String CONSTANTS = "test/DemoReply.constants";
  private static final String TEXTS = "test/DemoReply.texts";

  private static Compilation compilation;
  private static GeneratedClasses classes;

  @BeforeAll
  static void compile() {
    // The demo spec in the class shape, a code per part.
    compilation =
        TestCompiler.javac(
                List.of(TestCompiler.testResources()),
                "-Acodebook.internal.maxPartBytes=1",
                "-Acodebook.internal.maxEnumBytes=1")
            .compile(TestCompiler.packageInfo("specs/demo-reply.yaml"));
    assertThat(compilation).succeeded();
    classes = GeneratedClasses.of(compilation);
  }

  @Test
  void aPartsFieldTouchedFirstIsTheConstantThatValuesReturns() throws Exception {
    Class<?> type = GeneratedClasses.of(compilation).load("test.DemoReply");
    Object extended = type.getField("EXTENDED_PORT_FAILURE").get(null);
    Object[] values = (Object[]) type.getMethod("values").invoke(null);
    assertSame(values[2], extended, "one object, whichever is reached first");
    assertSame(extended, type.getField("TLS_NEGOTIATION_FAILED").get(null), "an alias is its code");
    assertEquals(522, type.getMethod("code").invoke(extended));
    assertEquals("EXTENDED_PORT_FAILURE", type.getMethod("name").invoke(extended));
    List<?> aliases = (List<?>) type.getMethod("aliases").invoke(extended);
    assertEquals("TLS_NEGOTIATION_FAILED", aliases.get(0).toString());
    assertSame(extended, aliases.get(0).getClass().getMethod("primary").invoke(aliases.get(0)));
  }

  @Test
  void aMissingConstantsResourceIsNamed() {
    assertFailure(
        classes.withResource(CONSTANTS, null),
        "values",
        "The constants of DemoReply are missing; they belong beside its class, in"
            + " DemoReply.constants");
  }

  @Test
  void aDamagedLineIsNamedWithTheResource() {
    String text = new String(classes.resource(CONSTANTS), StandardCharsets.UTF_8);
    assertFailure(
        withConstants(text.replace("\t421\t", "\tfour\t")),
        "values",
        "DemoReply.constants is damaged: line 3 is not a constant's");
    assertFailure(
        withConstants(text.replace("TRICKY_TEXT\t555\t0\t2\t2\t2", "TRICKY_TEXT\t555")),
        "values",
        "DemoReply.constants is damaged: line 5 is not a constant's");
    // The reader parses numbers itself: one past int, and one of eleven digits, are damage too.
    for (String code : List.of("2147483648", "-2147483649", "00000000421", "", "-", "4 21")) {
      assertFailure(
          withConstants(text.replace("\t421\t", "\t" + code + "\t")),
          "values",
          "DemoReply.constants is damaged: line 3 is not a constant's");
    }
  }

  /**
   * The reader parses each code from the resource's bytes itself, so the extremes of {@code int}
   * must come back as the spec wrote them, in code order.
   */
  @Test
  void theExtremesOfIntComeBack() throws Exception {
    Compilation extremes =
        classShaped(
            "name: Extreme",
            "title: Extreme codes",
            "codes:",
            "  - {code: -2147483648, name: LOWEST, message: The lowest int}",
            "  - {code: -10, name: MINUS_TEN, message: Minus ten}",
            "  - {code: 0, name: ZERO, message: Zero}",
            "  - {code: 2147483647, name: HIGHEST, message: The highest int}");
    assertThat(extremes).succeeded();
    Class<?> type = GeneratedClasses.of(extremes).load("test.Extreme");
    assertEquals(false, type.isEnum(), "the class shape");
    Object[] values = (Object[]) type.getMethod("values").invoke(null);
    List<Object> codes = new ArrayList<>();
    for (Object value : values) {
      codes.add(type.getMethod("code").invoke(value));
      assertSame(value, type.getField(value.toString()).get(null));
    }
    assertEquals(List.of(Integer.MIN_VALUE, -10, 0, Integer.MAX_VALUE), codes);
  }

  @Test
  void aResourceOfAnotherLengthIsNamed() {
    String text = new String(classes.resource(CONSTANTS), StandardCharsets.UTF_8);
    String shorter = text.substring(0, text.indexOf("TRICKY_TEXT"));
    assertFailure(
        withConstants(shorter), "values", "DemoReply.constants ends after 3 of 5 constants");
    assertFailure(
        withConstants(text + "EXTRA\t700\t1\t3\t1\t4\n"),
        "values",
        "DemoReply.constants has more than 5 constants; it is not this class's");
  }

  @Test
  void aDamagedTextsResourceIsNamed() {
    String text = new String(classes.resource(TEXTS), StandardCharsets.UTF_8);
    // The variants' count of the second constant, which says how to split its line.
    GeneratedClasses damaged =
        classes.withResource(
            TEXTS,
            text.replace("\t2\tUser limit reached", "\tmany\tUser limit reached")
                .getBytes(StandardCharsets.UTF_8));
    assertFailure(damaged, "message", "DemoReply.texts is damaged: line 3 is not a constant's");
    assertFailure(
        classes.withResource(TEXTS, null),
        "message",
        "The texts of DemoReply are missing; they belong beside its class, in DemoReply.texts");
  }

  /**
   * A set named like one of its part interfaces ({@code Values1}): inside {@code Values1Parts} the
   * interface hides the set's class, so the parts must name the class by its canonical name, and
   * the set must compile and give back its constants.
   */
  @Test
  void aSetNamedLikeAPartInterfaceCompiles() throws Exception {
    Compilation hidden =
        classShaped(
            "name: Values1",
            "title: A set named like a part",
            "codes:",
            "  - {code: 1, name: ONE, message: One}",
            "  - {code: 2, name: TWO, message: Two}",
            "  - {code: 3, name: THREE, message: Three}");
    assertThat(hidden).succeededWithoutWarnings();
    Class<?> type = GeneratedClasses.of(hidden).load("test.Values1");
    Object[] values = (Object[]) type.getMethod("values").invoke(null);
    assertEquals(3, values.length);
    assertSame(values[1], type.getField("TWO").get(null));
  }

  /** Compiles a spec of these lines in the class shape, a code per part. */
  private static Compilation classShaped(String... lines) {
    return TestCompiler.compileSpec(
        "codebook: 1\n" + String.join("\n", lines) + "\n",
        "-Acodebook.internal.maxPartBytes=1",
        "-Acodebook.internal.maxEnumBytes=1");
  }

  private static GeneratedClasses withConstants(String text) {
    return classes.withResource(CONSTANTS, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Calls {@code values()}, or {@code message()} of the first constant, in classes loaded by {@code
   * loader}, and checks that the class's initialization failed with {@code message}.
   */
  private static void assertFailure(GeneratedClasses loader, String call, String message) {
    Class<?> type = loader.load("test.DemoReply");
    Executable action = () -> call(type, call);
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class, action);
    ExceptionInInitializerError initializer =
        assertInstanceOf(ExceptionInInitializerError.class, thrown.getCause());
    IllegalStateException cause =
        assertInstanceOf(IllegalStateException.class, initializer.getCause());
    assertEquals(message, cause.getMessage());
  }

  private static void call(Class<?> type, String method) throws ReflectiveOperationException {
    Object[] values = (Object[]) type.getMethod("values").invoke(null);
    if (method.equals("message")) {
      type.getMethod("message").invoke(values[0]);
    }
  }
}
