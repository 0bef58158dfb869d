package io.codebook.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.codebook.processor.testing.GeneratedFiles;
import io.codebook.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares everything generated for the specs in {@code src/test/resources/specs} with the golden
 * files in {@code src/test/resources/golden/<case>/}. After an intended codegen change, regenerate
 * them with {@code mvn -pl processor test -Dcodebook.golden.update=true} and review the diff.
 *
 * <p>Each case generates into a package of its own, so that Maven compiles every golden case as
 * test sources side by side (see the POM) and the tests in {@code behaviour} call the types
 * directly. To add a case, add it here and to the POM's test sources, regenerate, then write its
 * behaviour test: until its golden files exist, a test that uses its types cannot compile.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("codebook.golden.update");

  /**
   * One golden case.
   *
   * @param directory the case's directory under {@code golden/}
   * @param spec the spec under {@code src/test/resources/specs/}
   * @param packageName the package the types are generated into
   * @param options extra compiler options
   * @param implement the interfaces the generated types implement, by qualified name; their
   *     sources, in {@code src/test/java}, are compiled with the case, as a user's would be
   */
  record GoldenCase(
      String directory,
      String spec,
      String packageName,
      List<String> options,
      List<String> implement) {
    GoldenCase(String directory, String spec, String packageName, List<String> options) {
      this(directory, spec, packageName, options, List.of());
    }

    @Override
    public String toString() {
      return directory;
    }
  }

  /**
   * The demo and sparse specs as enums and again in the class shape, where the test-only option
   * lowers the bytecode budget of a part (the demo spec's five codes take three parts, the sparse
   * spec's three codes one part each, with a hash-table index and no series),, codes named after
   * generated members, negative codes, series that leave codes out, a set without outcomes, string
   * codes in both shapes, and the demo spec as an enum whose constants' data lives in per-part
   * holders; and the demo spec in both shapes with types that implement an interface of another
   * package.
   */
  static List<GoldenCase> cases() {
    return List.of(
        new GoldenCase("demo-reply", "demo-reply", "golden.demo", List.of()),
        new GoldenCase("sparse-error", "sparse-error", "golden.sparse", List.of()),
        new GoldenCase(
            "demo-parts",
            "demo-reply",
            "golden.demoparts",
            List.of("-Acodebook.internal.maxPartBytes=" + DEMO_PART_BYTES, CLASS_SHAPE)),
        new GoldenCase(
            "sparse-parts",
            "sparse-error",
            "golden.sparseparts",
            List.of("-Acodebook.internal.maxPartBytes=1", CLASS_SHAPE)),
        new GoldenCase(
            "demo-enum-parts",
            "demo-reply",
            "golden.demoenumparts",
            List.of("-Acodebook.internal.maxPartBytes=" + DEMO_PART_BYTES)),
        new GoldenCase("member-names", "member-names", "golden.clash", List.of()),
        new GoldenCase("negative-codes", "negative-codes", "golden.negative", List.of()),
        new GoldenCase("partial-series", "partial-series", "golden.partial", List.of()),
        new GoldenCase("no-outcome", "no-outcome", "golden.nooutcome", List.of()),
        new GoldenCase("string-codes", "string-codes", "golden.strings", List.of()),
        new GoldenCase(
            "string-parts",
            "string-codes",
            "golden.stringparts",
            List.of("-Acodebook.internal.maxPartBytes=1", CLASS_SHAPE)),
        new GoldenCase(
            "demo-implements", "demo-reply", "golden.implement", List.of(), List.of(SHARED_REPLY)),
        new GoldenCase(
            "demo-parts-implements",
            "demo-reply",
            "golden.implementparts",
            List.of("-Acodebook.internal.maxPartBytes=" + DEMO_PART_BYTES, CLASS_SHAPE),
            List.of(SHARED_REPLY)),
        new GoldenCase("localised", "localised", "golden.localised", List.of()),
        new GoldenCase(
            "localised-parts",
            "localised",
            "golden.localisedparts",
            List.of("-Acodebook.internal.maxPartBytes=1", CLASS_SHAPE)));
  }

  /** The interface of the cases whose types implement one, in {@code src/test/java}. */
  static final String SHARED_REPLY = "golden.shared.SharedReply";

  /** The case's package-info, and the sources of the interfaces it implements. */
  static List<JavaFileObject> sources(GoldenCase goldenCase) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    String implement =
        goldenCase.implement().isEmpty()
            ? ""
            : goldenCase.implement().stream()
                .map(name -> name + ".class")
                .collect(Collectors.joining(", ", ", implement = {", "}"));
    sources.add(
        JavaFileObjects.forSourceLines(
            goldenCase.packageName() + ".package-info",
            "/** Golden case "
                + goldenCase.directory()
                + ". */ @io.codebook.annotations.Codebook(spec = \"specs/"
                + goldenCase.spec()
                + ".yaml\""
                + implement
                + ")",
            "package " + goldenCase.packageName() + ";"));
    for (String name : goldenCase.implement()) {
      Path source = Path.of("src/test/java", name.replace('.', '/') + ".java");
      sources.add(JavaFileObjects.forSourceString(name, Files.readString(source, UTF_8)));
    }
    return sources;
  }

  /**
   * The test-only option that leaves a parted enum no room, so that a set split into parts is a
   * class; without it the demo spec's three parts make the parted enum of {@code demo-enum-parts}.
   */
  static final String CLASS_SHAPE = "-Acodebook.internal.maxEnumBytes=1";

  /**
   * At most two of the demo spec's codes fit a part of this many estimated bytes, so its five take
   * three parts.
   */
  static final int DEMO_PART_BYTES = 200;

  @ParameterizedTest
  @MethodSource("cases")
  void generatedFilesMatchGoldenFiles(GoldenCase goldenCase) throws IOException {
    Compilation compilation =
        TestCompiler.javac(
                List.of(TestCompiler.testResources()), goldenCase.options().toArray(String[]::new))
            .compile(sources(goldenCase));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = GeneratedFiles.of(compilation);
    Path goldenDirectory = goldenRoot().resolve(goldenCase.directory());
    if (UPDATE) {
      write(goldenDirectory, generated);
    }
    assertEquals(read(goldenDirectory).keySet(), generated.keySet(), "the set of generated files");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String golden = Files.readString(goldenDirectory.resolve(file.getKey()), UTF_8);
      assertEquals(golden, file.getValue(), file.getKey() + " differs from its golden file");
    }
  }

  private static Path goldenRoot() {
    String configured = System.getProperty("codebook.golden.dir");
    Path root =
        configured == null || configured.isBlank()
            ? Path.of("src/test/resources/golden")
            : Path.of(configured);
    assertTrue(
        Files.isDirectory(root) || UPDATE,
        "golden directory " + root.toAbsolutePath() + " is missing");
    return root;
  }

  private static void write(Path directory, Map<String, String> files) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> old = Files.walk(directory)) {
        for (Path path : old.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = directory.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), UTF_8);
    }
  }

  private static Map<String, String> read(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            directory.relativize(path).toString().replace('\\', '/'),
            Files.readString(path, UTF_8));
      }
    }
    return files;
  }
}
