package io.codebook.processor.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.codebook.processor.testing.ExternalJavac;
import io.codebook.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated sources and documents are the same bytes whatever the compiler's default encoding,
 * source encoding and locale: javac runs in a separate JVM for each setting.
 */
class EncodingDeterminismTest {
  private static final Path JDK = Path.of(System.getProperty("java.home"));

  private static Map<String, byte[]> generate(List<String> settings) throws IOException {
    Path classes = Files.createTempDirectory("codebook-classes");
    Path sources = Files.createTempDirectory("codebook-sources");
    List<String> options = new java.util.ArrayList<>(settings);
    options.addAll(List.of("-s", sources.toString(), "-proc:only"));
    ExternalJavac.Result result =
        ExternalJavac.compilePackage(
            JDK,
            TestCompiler.testResources().toPath(),
            List.of("specs/demo-reply.yaml"),
            classes,
            options);
    assertEquals(0, result.exitCode(), result::describe);
    Map<String, byte[]> files = new TreeMap<>();
    for (Path root : List.of(classes, sources)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          files.put(root.relativize(file).toString(), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  @Test
  void outputIsTheSameBytesUnderEveryEncodingAndLocale() throws IOException {
    Map<String, byte[]> reference =
        generate(List.of("-J-Dfile.encoding=UTF-8", "-J-Duser.language=en", "-encoding", "UTF-8"));
    assertEquals(5, reference.size(), "three sources and two documents: " + reference.keySet());
    for (List<String> settings :
        List.of(
            List.of(
                "-J-Dfile.encoding=ISO-8859-1",
                "-J-Duser.language=tr",
                "-J-Duser.country=TR",
                "-encoding",
                "ISO-8859-1"),
            List.of("-J-Dfile.encoding=US-ASCII", "-J-Duser.language=az", "-encoding", "US-ASCII"),
            List.of(
                "-J-Dfile.encoding=UTF-16",
                "-J-Duser.language=ja",
                "-J-Duser.country=JP",
                "-encoding",
                "UTF-8"))) {
      Map<String, byte[]> other = generate(settings);
      assertEquals(reference.keySet(), other.keySet(), settings.toString());
      for (String file : reference.keySet()) {
        assertArrayEquals(reference.get(file), other.get(file), file + " under " + settings);
      }
    }
  }
}
