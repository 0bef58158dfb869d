package io.codebook.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedFiles;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same spec gives the same bytes, whatever the machine's locale or encoding. */
class DeterminismTest {

  private static Map<String, String> generate() {
    Compilation compilation =
        TestCompiler.javac(List.of(TestCompiler.testResources()))
            .compile(TestCompiler.packageInfo("specs/demo-reply.yaml"));
    assertThat(compilation).succeeded();
    return GeneratedFiles.of(compilation);
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Map<String, String> reference = generate();
      for (String tag : List.of("tr-TR", "az-AZ", "de-DE", "ar-EG", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(reference, generate(), "output under " + tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void javaSourcesArePureAsciiSoTheirEncodingCannotMatter() {
    for (Map.Entry<String, String> file : generate().entrySet()) {
      if (file.getKey().endsWith(".java")) {
        assertTrue(
            file.getValue().chars().allMatch(c -> c < 0x80),
            file.getKey() + " has a non-ASCII character");
      }
    }
  }

  @Test
  void repeatedGenerationIsIdentical() {
    assertEquals(generate(), generate());
  }
}
