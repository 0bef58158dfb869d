package io.codebook.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Spec text built to break generated Java, Javadoc, HTML and Markdown: comment terminators, unicode
 * escapes as text, JavaPoet and format placeholders, Javadoc tags, HTML, control characters, lone
 * and paired surrogates, bidirectional overrides, line and paragraph separators, emoji, CJK and
 * right-to-left scripts.
 *
 * <p>This source file is pure ASCII: every other character is a Java escape. Note that a Java
 * source treats a backslash-u escape as the character even inside a string literal, so the
 * <em>text</em> backslash-u is written with a doubled backslash.
 */
public final class HostileText {
  private HostileText() {}

  /** Fragments that mean something to Java, Javadoc, JavaPoet, HTML, Markdown or format strings. */
  public static final List<String> MARKUP =
      List.of(
          // Java comments and unicode escapes (as text, not as the characters they name)
          "*/",
          "/*",
          "/**",
          "*",
          "/",
          "**/",
          "*/*",
          "\\u002a/",
          "\\u002A\\u002F",
          "\\u000a",
          "\\u000d",
          "\\u0022",
          "\\uuuu0041",
          "\\u005c",
          "\\",
          "\\\\",
          "\\n",
          "\\t",
          "\\\"",
          "\\0",
          // JavaPoet and format placeholders
          "$",
          "$L",
          "$S",
          "$N",
          "$T",
          "$$",
          "$1L",
          "$<",
          "$>",
          "$W",
          "$Z",
          "$]",
          "$[",
          "%s",
          "%n",
          "%",
          "%%",
          "%1$s",
          "{0}",
          "'{0}'",
          // Javadoc
          "@deprecated",
          "@param x",
          "@return",
          "@see Object",
          "@",
          "@@",
          "{@code",
          "{@code x}",
          "{@link #x}",
          "{@link Object}",
          "{@literal <}",
          "{@inheritDoc}",
          "{@docRoot}",
          "{@index x}",
          "{@value}",
          "}",
          "{",
          "{@",
          "@{",
          // HTML and XML
          "<script>alert(1)</script>",
          "<script",
          "</script>",
          "<SCRIPT>",
          "</p>",
          "<p>",
          "<br>",
          "</code>",
          "<pre>",
          "</pre>",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "<a href=\"javascript:x\">",
          "</a>",
          "<",
          ">",
          "<>",
          "</",
          "&",
          "&amp;",
          "&lt;",
          "&#64;",
          "&#x2F;",
          "&#0;",
          "&nbsp;",
          "&bogus;",
          "&#xD800;",
          "&#",
          "&#x;",
          // quotes
          "\"",
          "'",
          "`",
          "```",
          "\"\"\"",
          "''",
          // Markdown and Codebook's own placeholder look-alike
          "[U+0041]",
          "[x](javascript:alert(1))",
          "![x](y)",
          "# ",
          "## ",
          "- ",
          "+ ",
          "1. ",
          "1) ",
          "|",
          "~",
          "~~",
          "_",
          "**",
          "__",
          "=",
          "===",
          "---",
          "+",
          ".",
          ")",
          "#",
          "    ",
          "\t",
          // line structure
          "\n",
          "\r\n",
          "\r",
          "\n\n",
          " \n ",
          "\n*/",
          "\n@deprecated",
          "\n * ",
          "\n/",
          "*\n/",
          "/\n*",
          "\n    code",
          "\n# heading",
          "\n- item",
          // references with addresses, some of which are not valid java.net.URI syntax
          " <https://example.org/a>",
          "<https://example.org/%zz>",
          "<https://x.test/[y]>",
          "<http://x.test/a#b#c>",
          "<https://x.test/a@b>");

  /**
   * Single characters (as strings) that are invisible, reorder text, or are not characters at all.
   */
  public static final List<String> SPECIAL_CHARACTERS =
      List.of(
          "\uFEFF",
          "\u202E",
          "\u202D",
          "\u202A",
          "\u202B",
          "\u202C",
          "\u200E",
          "\u200F",
          "\u2066",
          "\u2067",
          "\u2068",
          "\u2069",
          "\u2028",
          "\u2029",
          "\u0085",
          "\u00A0",
          "\u00AD",
          "\u200B",
          "\u200C",
          "\u200D",
          "\u2060",
          "\u180E",
          "\u3000",
          "\uFFFD",
          "\uFFFE",
          "\uFFFF",
          "\uFDD0",
          "\uE000",
          "\uF8FF",
          "\u0000",
          "\u0007",
          "\u0008",
          "\u000B",
          "\u000C",
          "\u001B",
          "\u001F",
          "\u007F",
          "\u0080",
          "\u009B",
          "\u009F",
          // lone surrogates, a reversed pair, and valid pairs
          "\uD800",
          "\uDBFF",
          "\uDC00",
          "\uDFFF",
          "\uDE00\uD83D",
          "\uD83D\uDE00",
          // U+10FFFF, a language tag, a noncharacter and a private-use supplementary character
          "\uDBFF\uDFFF",
          "\uDB40\uDC01",
          "\uD83F\uDFFE",
          "\uDB80\uDC00");

  /** Ordinary text in many scripts. */
  public static final List<String> SCRIPTS =
      List.of(
          "\u6F22\u5B57",
          "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8",
          "\uD55C\uAD6D\uC5B4",
          "\u05E2\u05D1\u05E8\u05D9\u05EA",
          "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
          "\u0928\u092E\u0938\u094D\u0924\u0947",
          "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22",
          "e\u0301",
          "\u0301",
          "\u00E9\u00DF\u00A7\u00B5",
          "\u0130\u0131",
          "\u03A3\u03C3\u03C2",
          "\uFF1C\uFF1E\uFF0F\uFF0A",
          "\u2044\u2215\u204E\u2217\uFE61",
          "\uD835\uDC00\uD835\uDFCE",
          "\uD83D\uDE00",
          "\uD83D\uDC4D\uD83C\uDFFD",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "\uD83C\uDDFA\uD83C\uDDF8",
          "\u2603\uFE0F");

  /** Whole texts at the edges: empty, blank, or only a line break or an invisible character. */
  public static final List<String> WHOLE_TEXTS =
      List.of(
          "",
          " ",
          "  ",
          "\n",
          "\n\n",
          "\t",
          "\r",
          "\r\n",
          " \r\n ",
          "\u2028",
          "\u00A0",
          "\u3000",
          "\u200B",
          "\uFEFF",
          "*/",
          "@",
          "\\",
          "<p>",
          ".",
          "-",
          "#",
          "1.",
          "    indented",
          "&",
          "\uD800",
          "\u0000");

  /**
   * Characters that YAML can carry only as escapes; raw in a quoted scalar they are a syntax error.
   */
  public static final List<Integer> RAW_YAML_SYNTAX_ERRORS =
      List.of(0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x80, 0x9F, 0xFFFE, 0xFFFF);

  /** Any spec text, biased toward the cases above. */
  public static Arbitrary<String> text() {
    Arbitrary<String> controls =
        Arbitraries.of(
                IntStream.concat(
                        IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F))
                    .boxed()
                    .toList())
            .map(Character::toString);
    Arbitrary<String> fragment =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(30, Arbitraries.of(MARKUP)),
                Tuple.of(15, Arbitraries.of(SPECIAL_CHARACTERS)),
                Tuple.of(8, controls),
                Tuple.of(10, Arbitraries.of(SCRIPTS)),
                // any UTF-16 unit, lone surrogates included
                Tuple.of(6, Arbitraries.chars().map(String::valueOf)),
                // any code point; a surrogate code point becomes that one char
                Tuple.of(
                    6,
                    Arbitraries.integers()
                        .between(0, Character.MAX_CODE_POINT)
                        .map(Character::toString)),
                Tuple.of(25, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12))));
    Arbitrary<String> joined = fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(88, joined), Tuple.of(12, Arbitraries.of(WHOLE_TEXTS))));
  }

  /**
   * A reference: spec text, often followed by an address in angle brackets that the generators turn
   * into a link. The address uses the characters the processor's reference pattern allows, some of
   * which ({@code %} without hex digits, brackets in a path, a second {@code #}) are not valid
   * {@link java.net.URI} syntax.
   */
  public static Arbitrary<String> reference() {
    Arbitrary<String> address =
        Arbitraries.frequencyOf(
                List.of(
                    Tuple.of(
                        6,
                        Arbitraries.strings()
                            .withCharRange('a', 'z')
                            .withChars("/.-")
                            .ofMaxLength(16)),
                    Tuple.of(
                        4,
                        Arbitraries.strings()
                            .withCharRange('a', 'z')
                            .withChars("-._~:/?#[]@!$&'()*+,;=%")
                            .ofMaxLength(16))))
            .map(path -> "https://example.org/" + path);
    Arbitrary<String> withAddress =
        net.jqwik.api.Combinators.combine(text(), Arbitraries.of("", " ", "  "), address)
            .as((label, space, url) -> label + space + "<" + url + ">");
    return Arbitraries.frequencyOf(List.of(Tuple.of(6, text()), Tuple.of(4, withAddress)));
  }

  /**
   * One string of every fragment above, for a deterministic test of all of them at once; line
   * breaks are kept, and each fragment is separated by a space.
   */
  public static String everything() {
    List<String> parts = new ArrayList<>();
    parts.addAll(MARKUP);
    parts.addAll(SPECIAL_CHARACTERS);
    parts.addAll(SCRIPTS);
    IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F))
        .forEach(c -> parts.add(Character.toString(c)));
    return String.join(" ", parts);
  }

  /**
   * A single line of at least {@code length} chars mixing ASCII markup, BMP and supplementary
   * characters; a surrogate pair straddles char index {@code 21_845}, where a long Java string
   * literal would naturally be split.
   */
  public static String longLine(int length) {
    StringBuilder text = new StringBuilder(length + 64);
    text.append("x".repeat(21_844)).append("\uD83D\uDE00");
    String unit = "*/ $L {@code <script> & \\u000a \u00E9\u6F22\uD83D\uDE00\u202E\u0000 ";
    while (text.length() < length) {
      text.append(unit);
    }
    return text.toString();
  }
}
