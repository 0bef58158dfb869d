package io.codebook.processor.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Reference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentEscapingTest {
  private static final String HOSTILE =
      "<script>alert('x')</script> & \"q\" *bold* [link](javascript:x) # \u202E";

  private static CodeSet codeSet(String text) {
    Code code =
        new Code(
            421,
            "BUSY",
            text,
            text,
            List.of(text),
            List.of(text),
            Outcome.TRANSIENT,
            Optional.empty(),
            Optional.empty(),
            true,
            List.of(Reference.parse(text)),
            List.of(),
            "onBusy");
    return new CodeSet(
        "spec.yaml", "Demo", text, text, List.of(), List.of(), List.of(), List.of(), List.of(code));
  }

  @Test
  void htmlEscapesEverySpecText() {
    String html = ReferenceDoc.render(codeSet(HOSTILE), new HtmlWriter());
    assertFalse(html.contains("<script>"), html);
    assertTrue(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), html);
    assertTrue(html.contains("[U+202E]"));
    assertTrue(html.contains("<section class=\"code\" id=\"421\">"));
  }

  @Test
  void markdownEscapesEverySpecText() {
    String markdown = ReferenceDoc.render(codeSet(HOSTILE), new MarkdownWriter());
    assertFalse(markdown.contains("<script>"), markdown);
    assertTrue(
        markdown.contains(
            "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\" \\*bold\\* \\[link\\](javascript:x) # \\[U+202E\\]"),
        markdown);
  }

  @Test
  void markdownTextCannotStartAListOrHeading() {
    assertEquals("1\\. first", MarkdownWriter.escape("1. first"));
    assertEquals("\\- item", MarkdownWriter.escape("- item"));
    assertEquals("a<br>b", MarkdownWriter.escape("a\nb"));
  }

  @Test
  void referencesWithAddressesBecomeLinks() {
    Reference reference = Reference.parse("RFC 959 <https://www.rfc-editor.org/rfc/rfc959>");
    assertEquals("RFC 959", reference.label());
    assertEquals(Optional.of("https://www.rfc-editor.org/rfc/rfc959"), reference.url());
    assertEquals(Optional.empty(), Reference.parse("RFC 959 <javascript:alert(1)>").url());
  }
}
