package io.codebook.processor.scale;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.TestCompiler;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A set too large for an enum compiles, as a class with the enum's API, and behaves like the enum
 * shape: lookup, constants, aliases, int constants and dispatch.
 */
class LargeSetTest {
  static final int COUNT = 3_000;

  @Test
  void aSetTooLargeForAnEnumCompilesAndBehaves() throws Exception {
    Compilation compilation = TestCompiler.compileSpec(LargeSpecs.spec("Big", COUNT), "-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.BigParts");
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> big = classes.load("test.Big");
    assertFalse(big.isEnum(), "a class, not an enum");

    Object[] values = (Object[]) big.getMethod("values").invoke(null);
    assertEquals(COUNT, values.length);
    Method code = big.getMethod("code");
    Method ordinal = big.getMethod("ordinal");
    Method of = big.getMethod("of", int.class);
    Method lookup = big.getMethod("lookup", int.class);
    for (int i = 0; i < COUNT; i++) {
      Object constant = values[i];
      assertEquals(LargeSpecs.code(i), code.invoke(constant));
      assertEquals(i, ordinal.invoke(constant));
      assertSame(constant, of.invoke(null, LargeSpecs.code(i)));
      assertSame(lookup.invoke(null, LargeSpecs.code(i)), lookup.invoke(null, LargeSpecs.code(i)), "one Optional per constant");
      assertSame(constant, big.getField("C" + i).get(null), "the constant is reachable as Big.C" + i);
    }
    assertEquals(Optional.empty(), lookup.invoke(null, LargeSpecs.code(5) + 1));
    InvocationTargetException unknown = assertThrows(InvocationTargetException.class, () -> of.invoke(null, 7));
    assertTrue(unknown.getCause().getMessage().contains("Unknown code 7 in Big"), unknown.getCause().getMessage());
    assertSame(values[1200], big.getMethod("valueOf", String.class).invoke(null, "C1200"));
    assertSame(values[200], big.getField("A200").get(null), "an alias is the primary constant");
    assertEquals("C7", values[7].toString());

    Class<?> codes = classes.load("test.BigCodes");
    assertEquals(LargeSpecs.code(2_999), codes.getField("C2999").getInt(null));
    assertEquals(LargeSpecs.code(2_900), codes.getField("A2900").getInt(null));
  }

  @Test
  void dispatchReachesCodeSeriesAndOtherwiseMethodsInEveryPart() throws Exception {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "test.Recorder",
            "package test;",
            "public final class Recorder implements BigHandler<String> {",
            "  @Override public String onC2500(Big code) { return \"code \" + code; }",
            "  @Override public String onRange1(int code) { return \"series \" + code; }",
            "  @Override public String otherwise(int code) { return \"otherwise \" + code; }",
            "}");
    Compilation compilation =
        TestCompiler.compile(Map.of("spec.yaml", LargeSpecs.spec("Big", COUNT)), List.of(TestCompiler.packageInfo("spec.yaml"), handler));
    assertThat(compilation).succeeded();
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> handlerType = classes.load("test.BigHandler");
    Object recorder = classes.load("test.Recorder").getConstructor().newInstance();
    Method dispatch = handlerType.getMethod("dispatch", int.class, handlerType);
    assertEquals("code C2500", dispatch.invoke(null, LargeSpecs.code(2_500), recorder));
    assertEquals("series 10000", dispatch.invoke(null, 10_000, recorder), "unlisted, in RANGE_1");
    assertEquals("series " + LargeSpecs.code(300), dispatch.invoke(null, LargeSpecs.code(300), recorder), "listed, falls back to RANGE_1");
    assertEquals("otherwise " + LargeSpecs.code(10), dispatch.invoke(null, LargeSpecs.code(10), recorder), "listed, RANGE_0 not overridden");
    assertEquals("otherwise -5", dispatch.invoke(null, -5, recorder), "outside every series");
    for (String part : List.of("test.BigParts$Values0", "test.BigParts$Codes0", "test.BigParts$Handler0")) {
      assertTrue(classes.load(part).isInterface(), part);
    }
  }

  @Test
  void aSmallSetStaysAnEnum() throws Exception {
    Compilation compilation = TestCompiler.compileSpec(LargeSpecs.spec("Small", 200));
    assertThat(compilation).succeeded();
    assertTrue(GeneratedClasses.of(compilation).load("test.Small").isEnum());
  }
}
