package io.codebook.processor.implement;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.codebook.processor.CodebookProcessor;
import io.codebook.processor.testing.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An interface named by {@code implement} that another processor generates: in the first round it
 * does not exist yet, so the set waits for the next round instead of being generated without it.
 */
class InterfaceFromAnotherProcessorTest {
  private static final String SPEC =
      "codebook: 1\nname: Demo\ncodes:\n"
          + "  - code: 200\n    name: OKAY\n    message: Okay.\n    outcome: success\n";

  /** Writes {@code test.Later} in the first round, as a code generator of the user's might. */
  private static final class LaterInterfaceProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
          out.write("package test;\n\n/** Written by a processor. */\npublic interface Later {\n");
          out.write(
              "  /**\n   * The code.\n   *\n   * @return the code\n   */\n  int code();\n}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final JavaFileObject PACKAGE_INFO =
      JavaFileObjects.forSourceLines(
          "test.package-info",
          "@io.codebook.annotations.Codebook(spec = \"spec.yaml\", implement = Later.class)",
          "package test;");

  @Test
  void theSetWaitsForTheInterfaceAndImplementsIt() {
    Compilation compilation =
        javac()
            .withProcessors(new LaterInterfaceProcessor(), new CodebookProcessor())
            .withClasspath(
                List.of(
                    TestCompiler.specDirectory(Map.of("spec.yaml", SPEC)).toFile(),
                    TestCompiler.annotationsLocation()))
            .withOptions("-Xlint:all", "-Werror")
            .compile(PACKAGE_INFO);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Demo")
        .contentsAsUtf8String()
        .contains("public enum Demo implements Later {");
  }

  @Test
  void anInterfaceThatNeverComesIsTheCompilersError() {
    Compilation compilation =
        TestCompiler.compile(Map.of("spec.yaml", SPEC), PACKAGE_INFO, "-Xlint:all", "-Werror");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }
}
