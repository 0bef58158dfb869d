package io.codebook.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.TestCompiler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated code compiles with every lint and every doclint check turned into an error, for every
 * golden case: each shape, with translations, with interfaces to implement, and with parts.
 */
class LintCleanTest {

  @ParameterizedTest
  @MethodSource("io.codebook.processor.golden.GoldenFilesTest#cases")
  void generatedCodeIsFreeOfLintAndDoclintWarnings(GoldenFilesTest.GoldenCase goldenCase)
      throws IOException {
    List<String> options = new ArrayList<>(goldenCase.options());
    options.addAll(List.of("-Xlint:all", "-Xdoclint:all", "-Werror"));
    // A package of its own: the golden types are on the class path, and -Xlint:processing warns
    // when a processor generates a type that the class path already has.
    GoldenFilesTest.GoldenCase inOwnPackage =
        new GoldenFilesTest.GoldenCase(
            goldenCase.directory(),
            goldenCase.spec(),
            "lint." + goldenCase.packageName(),
            goldenCase.options(),
            goldenCase.implement());
    Compilation compilation =
        TestCompiler.javac(List.of(TestCompiler.testResources()), options.toArray(String[]::new))
            .compile(GoldenFilesTest.sources(inOwnPackage));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
