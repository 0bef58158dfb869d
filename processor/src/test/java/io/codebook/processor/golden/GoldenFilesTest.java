package io.codebook.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedFiles;
import io.codebook.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares everything generated for the specs in {@code src/test/resources/specs} with the golden
 * files in {@code src/test/resources/golden/<spec>/}. After an intended codegen change, regenerate
 * them with {@code mvn -pl processor test -Dcodebook.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("codebook.golden.update");

  @ParameterizedTest
  @ValueSource(strings = {"demo-reply", "sparse-error"})
  void generatedFilesMatchGoldenFiles(String spec) throws IOException {
    Compilation compilation =
        TestCompiler.javac(List.of(TestCompiler.testResources()))
            .compile(TestCompiler.packageInfo("specs/" + spec + ".yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = GeneratedFiles.of(compilation);
    Path goldenDirectory = goldenRoot().resolve(spec);
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
    Path root = configured == null || configured.isBlank() ? Path.of("src/test/resources/golden") : Path.of(configured);
    assertTrue(Files.isDirectory(root) || UPDATE, "golden directory " + root.toAbsolutePath() + " is missing");
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
        files.put(directory.relativize(path).toString().replace('\\', '/'), Files.readString(path, UTF_8));
      }
    }
    return files;
  }
}
