package io.codebook.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavadocTest {

  @Test
  void commentTerminatorsCannotCloseTheComment() {
    assertEquals("a *&#47; b /&#42; c", Javadoc.escape("a */ b /* c"));
  }

  @Test
  void tagsAndHtmlAreInert() {
    assertEquals(
        "&#64;deprecated {&#64;code x} &lt;script&gt; &amp;amp;",
        Javadoc.escape("@deprecated {@code x} <script> &amp;"));
  }

  @Test
  void backslashesCannotStartUnicodeEscapes() {
    String escaped = Javadoc.escape("\\u002a/ and \\u000a");
    assertFalse(escaped.contains("\\"), escaped);
    assertEquals("&#92;u002a/ and &#92;u000a", escaped);
  }

  @Test
  void outputIsPureAsciiAndInvisibleCharactersAreShown() {
    String escaped = Javadoc.escape("\u00a7 \uD83D\uDE00 \u202E \uFEFF \u0007 \uD800");
    assertEquals("&#xA7; &#x1F600; [U+202E] [U+FEFF] [U+0007] [U+D800]", escaped);
    assertTrue(escaped.chars().allMatch(c -> c < 0x80));
  }

  @Test
  void lineBreaksAreUnifiedAndDollarSignsKept() {
    assertEquals("one\ntwo\nthree $1", Javadoc.escape("one\r\ntwo\rthree $1"));
  }
}
