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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A set too large for an enum compiles at the real budget, as a class with the enum's API, and its
 * 5,000 constants load and are found. The class shape's behaviour in detail (names, ordinals,
 * aliases, int constants, dispatch to every part) is tested with typed calls on the golden {@code
 * demo-parts} case, in {@code DemoPartsBehaviourTest}; this set is generated while the test runs,
 * so only reflection can reach it. {@code ThreeThousandCodesTest} shows that 3,000 codes are still
 * an enum.
 */
class LargeSetTest {
  /** More than a parted enum's 3,500 bare constants fit, so the set is a class. */
  static final int COUNT = 5_000;

  @Test
  void aSetTooLargeForAnEnumCompilesAndBehaves() throws Exception {
    Compilation compilation =
        TestCompiler.compileSpec(LargeSpecs.spec("Big", COUNT), "-Xlint:all", "-Werror");
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
      assertSame(
          lookup.invoke(null, LargeSpecs.code(i)),
          lookup.invoke(null, LargeSpecs.code(i)),
          "one Optional per constant");
      assertSame(
          constant, big.getField("C" + i).get(null), "the constant is reachable as Big.C" + i);
    }
    assertEquals(Optional.empty(), lookup.invoke(null, LargeSpecs.code(5) + 1));
    InvocationTargetException unknown =
        assertThrows(InvocationTargetException.class, () -> of.invoke(null, 7));
    assertTrue(
        unknown.getCause().getMessage().contains("Unknown code 7 in Big"),
        unknown.getCause().getMessage());
    assertSame(values[1200], big.getMethod("valueOf", String.class).invoke(null, "C1200"));
    assertSame(values[200], big.getField("A200").get(null), "an alias is the primary constant");
    assertEquals("C7", values[7].toString());

    Class<?> codes = classes.load("test.BigCodes");
    assertEquals(LargeSpecs.code(2_999), codes.getField("C2999").getInt(null));
    assertEquals(LargeSpecs.code(2_900), codes.getField("A2900").getInt(null));
  }

  /**
   * Translations add no constants to any class file, so the class shape takes them as they are:
   * 5,000 codes with a German message each compile warning-free and read back.
   */
  @Test
  void aLocalisedSetTooLargeForAnEnumCompilesAndReadsItsTranslations() throws Exception {
    String spec =
        LargeSpecs.spec("Big", COUNT)
            .replaceFirst("\nseries:\n", "\ntranslations: [de]\nseries:\n");
    StringBuilder german = new StringBuilder("codebook: 1\nlanguage: de\ncodes:\n");
    for (int i = 0; i < COUNT; i++) {
      german.append("  - {code: ").append(LargeSpecs.code(i)).append(", message: Meldung ");
      german.append(i).append("}\n");
    }
    Compilation compilation =
        TestCompiler.compile(
            Map.of("spec.yaml", spec, "spec.de.yaml", german.toString()),
            TestCompiler.packageInfo("spec.yaml"),
            "-Xlint:all",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> big = GeneratedClasses.of(compilation).load("test.Big");
    assertFalse(big.isEnum(), "a class, not an enum");
    Object[] values = (Object[]) big.getMethod("values").invoke(null);
    Method message = big.getMethod("message", Locale.class);
    for (int i = 0; i < COUNT; i++) {
      assertEquals("Meldung " + i, message.invoke(values[i], Locale.GERMANY));
      assertEquals("Message " + i, message.invoke(values[i], Locale.FRENCH));
    }
  }

  @Test
  void aSmallSetStaysAnEnum() {
    Compilation compilation = TestCompiler.compileSpec(LargeSpecs.spec("Small", 200));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.Small")
        .contentsAsUtf8String()
        .contains("public enum Small {");
    assertTrue(
        compilation.generatedSourceFiles().stream()
            .noneMatch(file -> file.getName().endsWith("SmallParts.java")),
        "no parts");
  }
}
