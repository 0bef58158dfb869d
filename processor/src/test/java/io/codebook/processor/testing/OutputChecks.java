package io.codebook.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on generated output that hold for any spec text: sources are ASCII, Javadoc, HTML and
 * Markdown contain no markup but their own, and documents are UTF-8 without invisible characters.
 */
public final class OutputChecks {
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:!DOCTYPE|html|head|meta|title|style|body|h[1-6]|section|p|span|ul|ol|li|a|nav|br)[\\s>]");
  private static final Pattern JAVADOC_TAG =
      Pattern.compile("</?(?:p|ul|ol|li|a|code|pre|em|b|i)[\\s>]");
  private static final Pattern TYPE_PARAMETER = Pattern.compile("<[A-Z][A-Za-z0-9]*>");
  private static final Pattern OWN_SCRIPT =
      Pattern.compile("<script type=\"module\">\n[^<]*</script>\n");
  private static final Pattern MARKDOWN_TAG = Pattern.compile("(?:<a id=\"|</a>|<br>|<https?://)");

  private OutputChecks() {}

  /** Every char is ASCII; on failure, names the file and shows the first other char in context. */
  public static void assertAscii(String where, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        throw new AssertionError(
            where
                + " is not pure ASCII: U+"
                + hex(text.charAt(i))
                + " at offset "
                + i
                + " in: "
                + Texts.show(context(text, i)));
      }
    }
  }

  /** Javadoc comments hold only the generator's own HTML, balanced, and no script. */
  public static void assertJavadocIsInert(String where, String source) {
    for (String javadoc : SourceScan.javadocComments(source)) {
      // Spec text cannot open an inline tag (its @ is escaped), so {@code ...} is the generator's
      // own.
      String comment = withoutCodeTags(javadoc);
      assertOnlyTags(where + " Javadoc", comment, JAVADOC_TAG);
      for (String tag : List.of("ul", "ol", "li", "a", "code", "pre")) {
        assertBalanced(where + " Javadoc", comment, tag);
      }
    }
  }

  private static String withoutCodeTags(String javadoc) {
    StringBuilder out = new StringBuilder(javadoc.length());
    int i = 0;
    while (i < javadoc.length()) {
      int start = javadoc.indexOf("{@code", i);
      if (start < 0) {
        break;
      }
      out.append(javadoc, i, start);
      int depth = 0;
      int end = start;
      for (; end < javadoc.length(); end++) {
        char c = javadoc.charAt(end);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      out.append("{@code}");
      i = end + 1;
    }
    if (i < javadoc.length()) {
      out.append(javadoc, i, javadoc.length());
    }
    return out.toString();
  }

  /**
   * The HTML document: UTF-8, only the writer's own tags, balanced, no invisible characters, and
   * one script, the writer's own filter: inline, and without a '<', so no spec text can end it.
   */
  public static String assertHtmlIsInert(String where, byte[] bytes) {
    String html = strictUtf8(where, bytes);
    Matcher script = OWN_SCRIPT.matcher(html);
    assertTrue(script.find(), () -> where + " lacks its filter script");
    // Without its own script, the page may hold no other.
    String page = html.substring(0, script.start()) + html.substring(script.end());
    assertOnlyTags(where, page, HTML_TAG);
    for (String tag :
        List.of("p", "li", "ul", "ol", "a", "section", "h1", "h2", "h3", "span", "nav", "title")) {
      assertBalanced(where, page, tag);
    }
    assertNoInvisibleCharacters(where, html);
    return html;
  }

  /** The Markdown document: UTF-8, no HTML but anchors, line breaks and link addresses. */
  public static String assertMarkdownIsInert(String where, byte[] bytes) {
    String markdown = strictUtf8(where, bytes);
    assertOnlyTags(where, markdown, MARKDOWN_TAG);
    assertNoInvisibleCharacters(where, markdown);
    return markdown;
  }

  /** Decodes UTF-8, failing on malformed input rather than replacing it. */
  public static String strictUtf8(String where, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(where + " is not valid UTF-8", e);
    }
  }

  private static void assertOnlyTags(String where, String text, Pattern allowed) {
    assertFalse(
        text.toLowerCase(Locale.ROOT).contains("<script"), () -> where + " contains <script");
    Matcher matcher = allowed.matcher(text);
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      // A type parameter, as in "@param <R> what every method returns".
      boolean typeParameter =
          i >= 7
              && text.startsWith("@param ", i - 7)
              && TYPE_PARAMETER.matcher(text).region(i, text.length()).lookingAt();
      if (!typeParameter && !matcher.region(i, text.length()).lookingAt()) {
        throw new AssertionError(
            where + " has a '<' that starts no tag of its own: " + Texts.show(context(text, i)));
      }
    }
  }

  private static void assertBalanced(String where, String text, String tag) {
    int open = count(text, Pattern.compile("<" + tag + "[\\s>]"));
    int close = count(text, Pattern.compile("</" + tag + ">"));
    assertEquals(
        open,
        close,
        () -> where + ": <" + tag + "> opened " + open + " times but closed " + close + " times");
  }

  private static int count(String text, Pattern pattern) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /**
   * No control character but the line feed and the tab, no bidirectional control, no line or
   * paragraph separator and no byte-order mark: a reader could not see them, or would see text
   * reordered.
   */
  private static void assertNoInvisibleCharacters(String where, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean invisible =
          (c < 0x20 && c != '\n' && c != '\t')
              || (c >= 0x7f && c <= 0x9f)
              || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x200e
              || c == 0x200f
              || c == 0x2028
              || c == 0x2029
              || c == 0xfeff;
      if (invisible) {
        throw new AssertionError(
            where + " contains U+" + hex(c) + " as itself: " + Texts.show(context(text, i)));
      }
    }
  }

  private static String context(String text, int index) {
    return text.substring(Math.max(0, index - 60), Math.min(text.length(), index + 60));
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "%04X", c);
  }
}
