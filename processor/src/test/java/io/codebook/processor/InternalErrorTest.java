package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No exception escapes into javac: a failure is an error with its trace, and other specs go on. */
class InternalErrorTest {
  private static final String SPEC =
      "codebook: 1\nname: %s\ncodes:\n  - {code: 1, name: ONE, message: One., outcome: success}\n";

  @Test
  void anUnexpectedExceptionBecomesALocatedErrorWithItsTrace() {
    Compiler javac =
        Compiler.javac()
            .withProcessors(
                new CodebookProcessor(
                    spec -> {
                      if (spec.equals("broken.yaml")) {
                        throw new IllegalStateException("simulated bug");
                      }
                    }))
            .withClasspath(
                List.of(
                    TestCompiler.specDirectory(
                            Map.of(
                                "broken.yaml",
                                String.format(SPEC, "Broken"),
                                "fine.yaml",
                                String.format(SPEC, "Fine")))
                        .toFile(),
                    TestCompiler.annotationsLocation()));
    Compilation compilation = javac.compile(TestCompiler.packageInfo("broken.yaml", "fine.yaml"));
    assertThat(compilation).failed();
    // One error: the other spec of the same package went through without any.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:internal-error] internal error while processing 'broken.yaml'; please report it with this trace:")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("package test;");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated bug");
    assertThat(compilation).hadErrorContaining("at io.codebook.processor.InternalErrorTest");
  }
}
