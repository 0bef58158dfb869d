package io.codebook.processor.document;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.codebook.processor.testing.GeneratedFiles;
import io.codebook.processor.testing.TestCompiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference documents of {@code specs/localised.yaml} in each language: the page says its
 * language, Hebrew's reads right to left, texts fall back per field, and overlay text is escaped as
 * the spec's is.
 */
class LocalisedDocumentsTest {
  private static Map<String, String> files;

  @BeforeAll
  static void compile() {
    Compilation compilation =
        TestCompiler.javac(List.of(TestCompiler.testResources()))
            .compile(
                JavaFileObjects.forSourceLines(
                    "docs.package-info",
                    "@io.codebook.annotations.Codebook(spec = \"specs/localised.yaml\")",
                    "package docs;"));
    assertThat(compilation).succeededWithoutWarnings();
    files = GeneratedFiles.of(compilation);
  }

  private static String doc(String name) {
    String text = files.get("META-INF/codebook/" + name);
    assertTrue(text != null, name + " is missing from " + files.keySet());
    return text;
  }

  @Test
  void everyLanguageHasBothDocuments() {
    for (String tag : List.of("de", "de-CH", "he", "pt-BR")) {
      doc("Localised." + tag + ".md");
      doc("Localised." + tag + ".html");
    }
  }

  @Test
  void hebrewReadsRightToLeftAndOthersDoNot() {
    assertTrue(doc("Localised.he.html").contains("<html lang=\"he\" dir=\"rtl\">"));
    assertTrue(doc("Localised.de.html").contains("<html lang=\"de\">"));
    assertTrue(doc("Localised.html").contains("<html lang=\"en\">"));
    assertFalse(doc("Localised.pt-BR.html").contains("dir=\"rtl\""));
  }

  @Test
  void overlayTextIsEscapedLikeSpecText() {
    String html = doc("Localised.de.html");
    assertFalse(html.contains("<b>"), html);
    assertTrue(
        html.contains("Die Anfrage ist fehlerhaft: &lt;b&gt;&amp;amp;&lt;/b&gt; *nicht* [lesbar]."),
        html);
    String markdown = doc("Localised.de.md");
    assertTrue(
        markdown.contains(
            "Die Anfrage ist fehlerhaft: &lt;b&gt;&amp;amp;&lt;/b&gt; \\*nicht\\* \\[lesbar\\]."),
        markdown);
  }

  @Test
  void textsFallBackPerFieldAndLabelsFollowTheLanguage() {
    String swiss = doc("Localised.de-CH.md");
    assertTrue(swiss.contains("Die Strasse ist unbekannt."), swiss);
    assertTrue(swiss.contains("Der Artikel ist nicht auf Lager."), swiss);
    // 410 has no German description, so the spec's stands.
    assertTrue(swiss.contains("Nobody has it right now."), swiss);
    assertTrue(swiss.contains("# Antworten des Ladens"), swiss);
    assertTrue(swiss.contains("Mögliche Lösungen"), swiss);
    String hebrew = doc("Localised.he.md");
    assertTrue(hebrew.contains("# תשובות החנות"), hebrew);
    assertTrue(hebrew.contains("Possible solutions"), hebrew);
    // pt-BR gives 400 an empty list of solutions, which replaces the spec's; 410 keeps its own.
    String portuguese = doc("Localised.pt-BR.md");
    assertFalse(portuguese.contains("Check the request"), portuguese);
    assertTrue(portuguese.contains("Order it again later."), portuguese);
  }
}
