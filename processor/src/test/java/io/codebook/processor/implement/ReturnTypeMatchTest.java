package io.codebook.processor.implement;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which return types an interface may ask for, by Java's rules for an overriding method: a
 * primitive exactly, a reference type any supertype. Each case compiles one interface method
 * against a set whose {@code series()} returns {@code Optional<Series>} (one code is in no series)
 * and whose {@code aliases()} returns {@code List<Alias>}; an accepted one must also compile, which
 * javac checks independently of the processor.
 */
class ReturnTypeMatchTest {
  private static final String SPEC =
      "codebook: 1\nname: Demo\n"
          + "series:\n  - name: POSITIVE\n    range: 200-299\n    title: Positive\n"
          + "codes:\n"
          + "  - code: 200\n    name: OKAY\n    message: Okay.\n    outcome: success\n"
          + "  - code: 300\n    name: ELSEWHERE\n    message: Elsewhere.\n"
          + "    aliases:\n      - name: OTHER\n        message: Other.\n";

  private static Compilation compile(String method) {
    JavaFileObject shared =
        JavaFileObjects.forSourceLines(
            "test.Shared",
            "package test;",
            "public interface Shared {",
            "  " + method + ";",
            "  interface Series { String title(); }",
            "  interface Alias { String name(); }",
            "}");
    JavaFileObject packageInfo =
        JavaFileObjects.forSourceLines(
            "test.package-info",
            "@io.codebook.annotations.Codebook(spec = \"spec.yaml\", implement = Shared.class)",
            "package test;");
    return TestCompiler.compile(Map.of("spec.yaml", SPEC), List.of(packageInfo, shared));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "int code()",
        "Object series()",
        "java.util.Optional<?> series()",
        "java.util.Optional<? extends Series> series()",
        "java.util.Optional<? extends Object> series()",
        "java.util.Collection<? extends Alias> aliases()",
        "Iterable<?> aliases()",
        "Iterable<? extends Alias> aliases()",
        "Comparable<?> outcome()",
        "Enum<?> outcome()",
        "java.io.Serializable outcome()",
        "Iterable<? extends CharSequence> references()",
        "String name()",
      })
  void accepted(String method) {
    assertThat(compile(method)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "long code()|long code()",
        "Integer code()|Integer code()",
        "java.util.Optional<Series> series()|Optional<Shared.Series> series()",
        "java.util.Optional<? super Series> series()|Optional<? super Shared.Series> series()",
        "java.util.Optional<String> series()|Optional<String> series()",
        "java.util.List<? extends Series> aliases()|List<? extends Shared.Series> aliases()",
        "java.util.List<Alias> aliases()|List<Shared.Alias> aliases()",
        "Comparable<String> outcome()|Comparable<String> outcome()",
        "java.util.Collection<? extends Series> aliases()|Collection<? extends Shared.Series> aliases()",
        "java.util.List<Object> references()|List<Object> references()",
        "int code(int at)|int code(int)",
      })
  void rejected(String method, String shown) {
    Compilation compilation = compile(method);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:unimplemented-method] Demo cannot implement test.Shared: it has no public method "
                + shown
                + " ");
  }
}
