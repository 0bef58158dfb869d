package io.codebook.processor.scale;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.GeneratedFiles;
import io.codebook.processor.testing.TestCompiler;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A spec of 50,000 codes, generated on the fly, compiles, no generated method is over HotSpot's
 * {@code HugeMethodLimit} ({@link MethodSizeTest}), and every code is found in constant time. It
 * takes minutes, so it runs in the {@code scale} profile: {@code mvn -Pscale verify}. Its codes, 37
 * apart, get a direct lookup table by default: 14.8 MB, under the default cap of 32 MiB.
 */
@Tag("scale")
class FiftyThousandCodesTest {
  private static final int COUNT = 50_000;

  @Test
  void fiftyThousandCodesCompileAndLookUp() throws Exception {
    long start = System.nanoTime();
    Compilation compilation = TestCompiler.compileSpec(LargeSpecs.spec("Huge", COUNT));
    long compiled = System.nanoTime();
    assertThat(compilation).succeeded();
    MethodSizeTest.assertMethodsFit(compilation);
    String source = GeneratedFiles.of(compilation).get("test/Huge.java");
    assertTrue(
        source.contains("new Huge[" + (LargeSpecs.code(COUNT - 1) + 1) + "]"),
        "the constants in a direct table from 0");
    assertFalse(source.contains("KEYS"), "no hash table");
    Class<?> huge = GeneratedClasses.of(compilation).load("test.Huge");
    Object[] values = (Object[]) huge.getMethod("values").invoke(null);
    assertEquals(COUNT, values.length);
    Method of = huge.getMethod("of", int.class);
    Method lookup = huge.getMethod("lookup", int.class);
    for (int i = 0; i < COUNT; i++) {
      assertSame(values[i], of.invoke(null, LargeSpecs.code(i)));
      assertEquals(Optional.empty(), lookup.invoke(null, LargeSpecs.code(i) + 1));
    }
    System.out.printf(
        "50,000 codes: javac with the processor took %d s%n", (compiled - start) / 1_000_000_000);
  }
}
