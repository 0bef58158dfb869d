package io.codebook.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated code compiles with every lint and every doclint check turned into an error. */
class LintCleanTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo-reply",
        "sparse-error",
        "negative-codes",
        "partial-series",
        "no-outcome",
        "string-codes"
      })
  void generatedCodeIsFreeOfLintAndDoclintWarnings(String spec) {
    Compilation compilation =
        TestCompiler.javac(
                List.of(TestCompiler.testResources()), "-Xlint:all", "-Xdoclint:all", "-Werror")
            .compile(TestCompiler.packageInfo("specs/" + spec + ".yaml"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
