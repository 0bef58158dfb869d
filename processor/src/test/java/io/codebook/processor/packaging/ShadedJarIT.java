package io.codebook.processor.packaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The published processor jar carries its dependencies relocated, and declares itself to javac and
 * Gradle.
 */
class ShadedJarIT {

  private static List<String> entries() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("codebook.processor.jar"))) {
      return jar.stream().map(JarEntry::getName).toList();
    }
  }

  @Test
  void dependenciesAreRelocatedUnderTheProcessorsPackage() throws IOException {
    List<String> entries = entries();
    assertTrue(
        entries.contains("io/codebook/processor/shaded/javapoet/JavaFile.class"),
        "JavaPoet relocated");
    assertTrue(
        entries.contains("io/codebook/processor/shaded/snakeyaml/v2/api/LoadSettings.class"),
        "SnakeYAML Engine relocated");
    assertFalse(
        entries.stream()
            .anyMatch(e -> e.startsWith("com/palantir/") || e.startsWith("org/snakeyaml/")),
        "no unrelocated copies");
    assertFalse(
        entries.stream().anyMatch(e -> e.endsWith("module-info.class")),
        "no borrowed module descriptor");
  }

  @Test
  void theProcessorIsRegisteredForJavacAndGradle() throws IOException {
    List<String> entries = entries();
    assertTrue(entries.contains("META-INF/services/javax.annotation.processing.Processor"));
    assertTrue(entries.contains("META-INF/gradle/incremental.annotation.processors"));
    try (JarFile jar = new JarFile(System.getProperty("codebook.processor.jar"))) {
      String gradle =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/gradle/incremental.annotation.processors"))
                  .readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          gradle.strip().equals("io.codebook.processor.CodebookProcessor,isolating"), gradle);
    }
  }

  @Test
  void thePublishedPomNoLongerPullsTheShadedDependencies() throws IOException {
    String pom = Files.readString(Path.of(System.getProperty("codebook.processor.reducedPom")));
    assertFalse(pom.contains("<artifactId>javapoet</artifactId>"), "JavaPoet is inside the jar");
    assertFalse(
        pom.contains("<artifactId>snakeyaml-engine</artifactId>"),
        "SnakeYAML Engine is inside the jar");
    assertTrue(
        pom.contains("<artifactId>codebook-annotations</artifactId>"),
        "the annotation stays a dependency");
  }
}
