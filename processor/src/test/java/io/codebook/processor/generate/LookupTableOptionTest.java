package io.codebook.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.testing.TestCompiler.compileSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.GeneratedFiles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -Acodebook.lookupTableBytes}: the cap on a direct lookup table, in a consumer's
 * compilation. A set shaped like the benchmarks' 1,000 codes (1,000 codes 37 apart from 1,000)
 * takes about 295 KB as a direct table: it gets one by default and a hash table under a lower cap.
 */
class LookupTableOptionTest {
  private static final int COUNT = 1_000;

  private static int code(int i) {
    return 1_000 + i * 37;
  }

  private static String spec() {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Spread\ncodes:\n");
    for (int i = 0; i < COUNT; i++) {
      yaml.append("  - {code: ")
          .append(code(i))
          .append(", name: C")
          .append(i)
          .append(", message: \"Message ")
          .append(i)
          .append(".\", outcome: success}\n");
    }
    return yaml.toString();
  }

  private static String typeSource(Compilation compilation) {
    return GeneratedFiles.of(compilation).get("test/Spread.java");
  }

  /** Every code found, by of and lookup, and a few numbers that are not codes not found. */
  private static void assertLookupsWork(Compilation compilation)
      throws ReflectiveOperationException {
    Class<?> type = GeneratedClasses.of(compilation).loadClass("test.Spread");
    Method of = type.getMethod("of", int.class);
    Method lookup = type.getMethod("lookup", int.class);
    Method code = type.getMethod("code");
    for (int i = 0; i < COUNT; i++) {
      Object constant = of.invoke(null, code(i));
      assertEquals(code(i), code.invoke(constant));
      assertSame(constant, ((Optional<?>) lookup.invoke(null, code(i))).orElseThrow());
    }
    for (int unlisted : new int[] {0, 999, 1_001, code(COUNT - 1) + 1, -1, Integer.MIN_VALUE}) {
      assertEquals(Optional.empty(), lookup.invoke(null, unlisted), String.valueOf(unlisted));
      InvocationTargetException thrown =
          assertThrows(InvocationTargetException.class, () -> of.invoke(null, unlisted));
      assertEquals(IllegalArgumentException.class, thrown.getCause().getClass());
      assertEquals(
          "Unknown code " + unlisted + " in Spread (Spread)", thrown.getCause().getMessage());
    }
  }

  @Test
  void byDefaultTheSetGetsADirectTableFromZero() throws ReflectiveOperationException {
    Compilation compilation = compileSpec(spec());
    assertThat(compilation).succeededWithoutWarnings();
    String source = typeSource(compilation);
    assertTrue(source.contains("new Spread[" + (code(COUNT - 1) + 1) + "]"), "TABLE, from 0");
    assertTrue(source.contains("new Optional[" + (code(COUNT - 1) - 1_000 + 1) + "]"));
    assertFalse(source.contains("KEYS"));
    assertLookupsWork(compilation);
  }

  @Test
  void everyNumberOfTheSpanThatIsNoCodeLooksUpEmpty() throws ReflectiveOperationException {
    // The Optionals' table is filled with Optional.empty() by copies that double the filled part;
    // its 36,964 slots are no power of two, so the last copy is a partial one.
    Compilation compilation = compileSpec(spec());
    assertThat(compilation).succeededWithoutWarnings();
    Method lookup =
        GeneratedClasses.of(compilation).loadClass("test.Spread").getMethod("lookup", int.class);
    for (int number = code(0); number <= code(COUNT - 1); number++) {
      Optional<?> found = (Optional<?>) lookup.invoke(null, number);
      assertEquals((number - code(0)) % 37 == 0, found.isPresent(), String.valueOf(number));
    }
  }

  @Test
  void aLowerCapMakesItAHashTable() throws ReflectiveOperationException {
    Compilation compilation = compileSpec(spec(), "-Acodebook.lookupTableBytes=100000");
    assertThat(compilation).succeededWithoutWarnings();
    String source = typeSource(compilation);
    assertTrue(source.contains("private static final int[] KEYS = new int[4096];"), source);
    assertTrue(source.contains("new Spread[4096]"));
    assertLookupsWork(compilation);
  }

  @Test
  void aCapBetweenTheTwoDirectShapesStartsTheTableAtTheLowestCode()
      throws ReflectiveOperationException {
    long span = code(COUNT - 1) - 1_000L + 1;
    Compilation compilation = compileSpec(spec(), "-Acodebook.lookupTableBytes=" + (8 * span));
    assertThat(compilation).succeededWithoutWarnings();
    String source = typeSource(compilation);
    assertTrue(source.contains("new Spread[" + span + "]"), "TABLE, from the lowest code");
    assertFalse(source.contains("KEYS"));
    assertLookupsWork(compilation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "-1", "0", "1.5", "2MB", "1073741825", "99999999999999999999"})
  void aValueThatIsNotAByteCountIsAnError(String value) {
    // The option is read before any spec, so that a small one does.
    Compilation compilation =
        compileSpec(
            "codebook: 1\nname: Small\ncodes:\n  - {code: 1, name: ONE, message: One.}\n",
            "-Acodebook.lookupTableBytes=" + value);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:invalid-option] -Acodebook.lookupTableBytes="
                + value
                + " is not one of the whole numbers of bytes from 1 to 1073741824");
  }

  @Test
  void theLargestCapIsAccepted() {
    assertThat(
            compileSpec(
                "codebook: 1\nname: Small\ncodes:\n  - {code: 1, name: ONE, message: One.}\n",
                "-Acodebook.lookupTableBytes= 1073741824 "))
        .succeededWithoutWarnings();
  }

  /** A spec of set {@code Spread} with these codes, named {@code C0}, {@code C1}... */
  private static String spreadSpec(int[] codes) {
    StringBuilder yaml = new StringBuilder("codebook: 1\nname: Spread\ncodes:\n");
    for (int i = 0; i < codes.length; i++) {
      yaml.append("  - {code: ")
          .append(codes[i])
          .append(", name: C")
          .append(i)
          .append(", message: M.}\n");
    }
    return yaml.toString();
  }

  /** {@code of} finds every listed code, and {@code lookup} none of the unlisted numbers. */
  private static void assertFinds(Compilation compilation, int[] listed, int[] unlisted)
      throws ReflectiveOperationException {
    Class<?> type = GeneratedClasses.of(compilation).loadClass("test.Spread");
    Method of = type.getMethod("of", int.class);
    Method lookup = type.getMethod("lookup", int.class);
    Method code = type.getMethod("code");
    for (int number : listed) {
      assertEquals(number, code.invoke(of.invoke(null, number)));
    }
    for (int number : unlisted) {
      assertEquals(Optional.empty(), lookup.invoke(null, number), String.valueOf(number));
    }
  }

  /** Whether the compilation wrote a class file for a nested {@code Index}. */
  private static boolean hasNestedIndex(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .anyMatch(file -> file.getName().endsWith("/Spread$Index.class"));
  }

  @Test
  void anEnumWhoseIndexIsSmallHoldsItItselfAndALargerIndexIsNested() {
    // 1,000 codes 37 apart: a direct table of about 295 KB, built at the first lookup.
    Compilation large = compileSpec(spec());
    assertThat(large).succeeded();
    assertTrue(hasNestedIndex(large));
    // Three codes: 48 bytes of table, filled with the constants, and no class to load on lookup.
    Compilation small =
        compileSpec(
            "codebook: 1\nname: Spread\ncodes:\n  - {code: 1, name: ONE, message: One.}\n"
                + "  - {code: 2, name: TWO, message: Two.}\n"
                + "  - {code: 5, name: FIVE, message: Five.}\n");
    assertThat(small).succeededWithoutWarnings();
    assertFalse(hasNestedIndex(small));
    assertTrue(typeSource(small).contains("private static final Spread[] table = new Spread[6];"));
  }

  /**
   * A nested {@code Index}'s hash table whose empty key cannot be 0: 400 codes 1,000 apart from 0,
   * too thinly spread for a direct table, and too many for the enum to hold the table itself.
   */
  @Test
  void aNestedHashTableWithCodeZeroFillsItsKeysAndFindsEveryCode()
      throws ReflectiveOperationException {
    int[] codes = new int[400];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = i * 1_000;
    }
    Compilation compilation = compileSpec(spreadSpec(codes));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(hasNestedIndex(compilation));
    String source = typeSource(compilation);
    assertTrue(source.contains("private static final int EMPTY = -1;"), source);
    assertTrue(source.contains("Arrays.fill(KEYS, EMPTY);"));
    assertFinds(
        compilation, codes, new int[] {-1, 1, 999, 399_001, Integer.MIN_VALUE, Integer.MAX_VALUE});
  }

  @Test
  void aHashTableFindsZeroAndTheExtremesAmongItsCodes() throws ReflectiveOperationException {
    int[] codes = {Integer.MIN_VALUE, -70_000, 0, 7, 70_000, Integer.MAX_VALUE};
    Compilation compilation = compileSpec(spreadSpec(codes));
    assertThat(compilation).succeededWithoutWarnings();
    String source = typeSource(compilation);
    // Six codes: the enum holds its small index itself, under names no constant can take.
    assertTrue(source.contains("private static final int emptyKey = -2147483647;"), source);
    assertTrue(source.contains("Arrays.fill(keys, emptyKey);"));
    assertFinds(
        compilation, codes, new int[] {8, -1, 1, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1});
  }
}
