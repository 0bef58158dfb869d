package io.codebook.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaLiteralsTest {

  @Test
  void escapesQuotesBackslashesAndControls() {
    assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\"", JavaLiterals.literal("a\"b\\c\n\t\u0001"));
  }

  @Test
  void nonAsciiBecomesUnicodeEscapes() {
    assertEquals(
        "\"\\u00a7\\ud83d\\ude00\\ufeff\"", JavaLiterals.literal("\u00a7\uD83D\uDE00\uFEFF"));
  }

  @Test
  void aBackslashBeforeUCannotFormAnEscape() {
    // "\\u0041" in source is a backslash followed by u0041, because the escaped backslash is even.
    assertEquals("\"\\\\u0041\"", JavaLiterals.literal("\\u0041"));
  }

  @Test
  void textTooLongForOneConstantIsJoinedAtRunTime() {
    String chunk = "x".repeat(JavaLiterals.MAX_CHARS_PER_CONSTANT);
    String expression = JavaLiterals.expression(chunk + chunk + "tail");
    assertEquals("String.join(\"\", \"" + chunk + "\", \"" + chunk + "\", \"tail\")", expression);
    assertTrue(
        JavaLiterals.MAX_CHARS_PER_CONSTANT * 3 <= 65_535,
        "three bytes per char must fit a constant");
  }

  @Test
  void shortTextIsOneLiteral() {
    assertEquals("\"short\"", JavaLiterals.expression("short"));
  }
}
