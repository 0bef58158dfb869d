package io.codebook.processor.scale;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.codebook.processor.testing.ClassFileMethods;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.TestCompiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guard rails on the size of generated methods, read from the class files javac wrote: none may
 * exceed HotSpot's {@code HugeMethodLimit} of 8,000 bytes (above it the JIT never compiles a
 * method, and it runs interpreted forever; only what runs once per class may) and none the JVM's 64
 * KB limit. The normal run compiles a parted enum and a class-shaped set of a few thousand codes;
 * the {@code scale} profile 50,000 codes.
 */
class MethodSizeTest {
  /** HotSpot's {@code -XX:HugeMethodLimit}: longer methods are never JIT-compiled. */
  static final int HUGE_METHOD_LIMIT = 8_000;

  /** The class-file format's limit on a method's code. */
  static final int JVM_LIMIT = 65_535;

  @Test
  void theReaderMeasuresMethodsByTheirBytecode() {
    Compilation compilation =
        Compiler.javac()
            .withOptions("-proc:none")
            .compile(
                JavaFileObjects.forSourceString(
                    "t.Known",
                    "package t; class Known { static int one() { return 1; }"
                        + " static long big() { return 1L << 40; } abstract static class A {"
                        + " abstract void none(); } }"));
    assertThat(compilation).succeeded();
    Map<String, byte[]> files = GeneratedClasses.classOutput(compilation);
    // iconst_1, ireturn; ldc2_w (3 bytes: the long is in the pool, which takes two entries),
    // lreturn
    Map<String, Integer> known = ClassFileMethods.codeLengths(files.get("t/Known.class"));
    assertEquals(2, known.get("one()I"));
    assertEquals(4, known.get("big()J"));
    assertEquals(5, known.get("<init>()V"), "aload_0, invokespecial, return");
    assertEquals(
        Map.of("<init>()V", 5), ClassFileMethods.codeLengths(files.get("t/Known$A.class")));
  }

  @Test
  void aPartedEnumsMethodsStayCompilable() {
    assertMethodsFit(LargeSpecs.spec("Parted", 3_000), "test.Parted", true);
  }

  @Test
  void aPartedEnumsSplitDispatchReachesEveryCodesMethod() throws Exception {
    // 1,000 codes: two parts of about 500, each dispatched in runs of 128 ordinals. (A proxy for
    // the handler of 3,000 codes would itself exceed the 64 KB limit.)
    int count = 1_000;
    Compilation compilation =
        assertMethodsFit(LargeSpecs.spec("Parted", count), "test.Parted", true);
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> handler = classes.load("test.PartedHandler");
    // The proxy answers with the name of the method called, except for on(X) and on(int): dispatch
    // calls those, and their default bodies route to the code's or series' method under test.
    Object echo =
        Proxy.newProxyInstance(
            classes,
            new Class<?>[] {handler},
            (proxy, method, args) ->
                method.getName().equals("on")
                    ? InvocationHandler.invokeDefault(proxy, method, args)
                    : method.getName());
    Method dispatch = handler.getMethod("dispatch", int.class, handler);
    for (int i = 0; i < count; i++) {
      // Each code's method is named after its name in the spec, C<i>.
      assertEquals("onC" + i, dispatch.invoke(null, LargeSpecs.code(i), echo));
    }
    // An unlisted number goes to the method of its series, RANGE_0 (0-9999).
    assertEquals("onRange0", dispatch.invoke(null, LargeSpecs.code(0) + 1, echo));
  }

  @Test
  void aClassShapedSetsMethodsStayCompilable() {
    assertMethodsFit(LargeSpecs.spec("Shaped", 4_000), "test.Shaped", false);
  }

  /**
   * A static initializer, and the {@code $values()} that javac writes for an enum's initializer to
   * call (one array element per constant: 24 KB at 3,000 constants), run once per class, so
   * interpreting them costs what compiling them would.
   */
  private static boolean runsOnce(String method) {
    return method.startsWith("<clinit>(") || method.startsWith("$values(");
  }

  private static Compilation assertMethodsFit(String spec, String type, boolean isEnum) {
    Compilation compilation = TestCompiler.compileSpec(spec);
    assertThat(compilation).succeeded();
    assertEquals(isEnum, GeneratedClasses.of(compilation).load(type).isEnum(), "the shape tested");
    assertMethodsFit(compilation);
    return compilation;
  }

  /**
   * Fails if a method of the compilation's class files is over either limit; {@link
   * FiftyThousandCodesTest} calls it on its own compilation.
   */
  static void assertMethodsFit(Compilation compilation) {
    List<String> huge = new ArrayList<>();
    int classes = 0;
    int largest = 0;
    for (Map.Entry<String, byte[]> file : GeneratedClasses.classOutput(compilation).entrySet()) {
      if (!file.getKey().endsWith(".class")) {
        continue;
      }
      classes++;
      for (Map.Entry<String, Integer> method :
          ClassFileMethods.codeLengths(file.getValue()).entrySet()) {
        int length = method.getValue();
        String where = file.getKey() + " " + method.getKey() + ": " + length + " bytes";
        assertTrue(length <= JVM_LIMIT, where);
        if (!runsOnce(method.getKey())) {
          largest = Math.max(largest, length);
          if (length > HUGE_METHOD_LIMIT) {
            huge.add(where);
          }
        }
      }
    }
    assertTrue(classes > 2, "read the class files: " + classes);
    assertTrue(largest > 100, "read method lengths, the largest " + largest + " bytes");
    assertEquals(List.of(), huge, "methods over HugeMethodLimit, which HotSpot never compiles");
  }
}
