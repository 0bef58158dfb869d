package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prefetch list: the classes of the listed packages only, in the order they are needed. */
class ClassPrefetchTest {
  @Test
  void listsTheClassesOfThePackagesItPrefetchesInTheirOrder(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("processor.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (String entry :
          List.of(
              "io/codebook/processor/generate/Layout.class",
              "io/codebook/processor/generate/Layout$Part.class",
              "io/codebook/processor/generate/package-info.class",
              "io/codebook/processor/CodebookProcessor.class",
              "io/codebook/processor/shaded/javapoet/TypeSpec.class",
              "io/codebook/processor/shaded/snakeyaml/v2/emitter/Emitter.class",
              "io/codebook/processor/shaded/snakeyaml/v2/scanner/ScannerImpl.class",
              "io/codebook/processor/shaded/snakeyaml/v2/nodes/ScalarNode.class",
              "io/codebook/processor/validate/SpecValidator.class",
              "io/codebook/processor/validate/notes.txt",
              "META-INF/services/javax.annotation.processing.Processor")) {
        out.putNextEntry(new JarEntry(entry));
        out.closeEntry();
      }
    }
    assertEquals(
        List.of(
            "io.codebook.processor.shaded.snakeyaml.v2.nodes.ScalarNode",
            "io.codebook.processor.validate.SpecValidator",
            "io.codebook.processor.generate.Layout",
            "io.codebook.processor.generate.Layout$Part",
            "io.codebook.processor.shaded.javapoet.TypeSpec"),
        ClassPrefetch.classNames(jar));
  }

  @Test
  void aJarThatCannotBeReadGivesNothingToPrefetch(@TempDir Path dir) throws IOException {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    assertEquals(List.of(), ClassPrefetch.classNames(notAJar));
  }
}
