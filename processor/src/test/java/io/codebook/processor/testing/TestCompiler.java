package io.codebook.processor.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.codebook.annotations.Codebook;
import io.codebook.processor.CodebookProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles a {@code package-info.java} with the processor, with specs written to a temporary
 * class-path directory, as a consumer's build would have them.
 */
public final class TestCompiler {
  private TestCompiler() {}

  /**
   * A {@code package-info.java} for package {@code test} with one {@code @Codebook} per spec path,
   * one per line.
   */
  public static JavaFileObject packageInfo(String... specPaths) {
    List<String> lines = new ArrayList<>();
    for (String spec : specPaths) {
      // The comment shares the first line, so that line 1 is the first annotation.
      String comment = lines.isEmpty() ? "/** Test package. */ " : "";
      lines.add(comment + "@io.codebook.annotations.Codebook(spec = \"" + spec + "\")");
    }
    lines.add("package test;");
    return JavaFileObjects.forSourceLines("test.package-info", lines);
  }

  /** Compiles {@code packageInfo} with the specs, by path, on the class path. */
  public static Compilation compile(
      Map<String, String> specs, JavaFileObject packageInfo, String... options) {
    Path root = specDirectory(specs);
    return javac(List.of(root.toFile()), options).compile(packageInfo);
  }

  /** Compiles {@code sources} with the specs, by path, on the class path. */
  public static Compilation compile(
      Map<String, String> specs, List<JavaFileObject> sources, String... options) {
    Path root = specDirectory(specs);
    return javac(List.of(root.toFile()), options).compile(sources);
  }

  /** Compiles a package annotated with one spec, stored at {@code spec.yaml}. */
  public static Compilation compileSpec(String yaml, String... options) {
    return compile(Map.of("spec.yaml", yaml), packageInfo("spec.yaml"), options);
  }

  /** A compiler with the processor, the annotation and {@code extraClassPath} on the class path. */
  public static Compiler javac(List<File> extraClassPath, String... options) {
    List<File> classPath = new ArrayList<>(extraClassPath);
    classPath.add(annotationsLocation());
    return Compiler.javac()
        .withProcessors(new CodebookProcessor())
        .withClasspath(classPath)
        .withOptions((Object[]) options);
  }

  /** Writes {@code specs} into a fresh temporary directory and returns it. */
  public static Path specDirectory(Map<String, String> specs) {
    try {
      Path root = Files.createTempDirectory("codebook-specs");
      root.toFile().deleteOnExit();
      for (Map.Entry<String, String> spec : specs.entrySet()) {
        Path file = root.resolve(spec.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, spec.getValue().getBytes(UTF_8));
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class-path root of the test resources, where {@code specs/*.yaml} live. */
  public static File testResources() {
    try {
      return Path.of(TestCompiler.class.getResource("/specs").toURI()).getParent().toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the {@code @Codebook} annotation's classes are. */
  public static File annotationsLocation() {
    return locationOf(Codebook.class);
  }

  private static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
