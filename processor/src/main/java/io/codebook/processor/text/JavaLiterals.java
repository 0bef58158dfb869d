package io.codebook.processor.text;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Java string literals for spec text. The output is pure ASCII, with every other character
 * as a unicode escape, so the generated source is the same bytes whatever encoding javac writes.
 */
public final class JavaLiterals {
  /**
   * A class-file constant holds at most 65,535 bytes of modified UTF-8, where one char takes up to
   * three bytes. Longer text is split into literals that are joined at run time.
   */
  public static final int MAX_CHARS_PER_CONSTANT = 65_535 / 3;

  /** Copied into a literal as they are: printable ASCII but the quote and the backslash. */
  private static final PlainRun PLAIN = PlainRun.printableAsciiExcept("\"\\", "");

  private JavaLiterals() {}

  /** {@code List.of(...)} of the texts, each as {@link #expression}. */
  public static CodeBlock listOf(List<String> texts) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < texts.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", expression(texts.get(i)));
    }
    return list.add(")").build();
  }

  /**
   * A Java expression whose value is exactly {@code text}: one literal, or a {@code String.join("",
   * ...)} of literals for text too long for one class-file constant. A {@code +} would not do,
   * since javac folds constant concatenations into one constant.
   */
  public static String expression(String text) {
    if (text.length() <= MAX_CHARS_PER_CONSTANT) {
      return literal(text);
    }
    List<String> parts = new ArrayList<>();
    for (int start = 0; start < text.length(); start += MAX_CHARS_PER_CONSTANT) {
      parts.add(
          literal(text.substring(start, Math.min(text.length(), start + MAX_CHARS_PER_CONSTANT))));
    }
    return "String.join(\"\", " + String.join(", ", parts) + ")";
  }

  /** One quoted, escaped literal. */
  public static String literal(String text) {
    char[] chars = text.toCharArray();
    StringBuilder out = new StringBuilder(chars.length + 2).append('"');
    PLAIN.copy(chars, out, JavaLiterals::escapeOne);
    return out.append('"').toString();
  }

  private static int escapeOne(StringBuilder out, char[] chars, int i) {
    char c = chars[i];
    switch (c) {
      case '"' -> out.append("\\\"");
      // javac misreads "\\u" right after an escaped high surrogate as the surrogate's partner
      // (JDK 17 and 25 alike); the octal escape for the backslash avoids that.
      case '\\' -> out.append(i > 0 && Character.isHighSurrogate(chars[i - 1]) ? "\\134" : "\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> out.append(unicodeEscape(c));
    }
    return i + 1;
  }

  /**
   * A backslash, {@code u} and four lowercase hex digits: one char as Java source and the
   * translation resources spell it. Built without a format, which is slow before the JIT compiles
   * it.
   */
  public static String unicodeEscape(char c) {
    String hex = Integer.toHexString(c);
    return "\\u" + "0000".substring(hex.length()) + hex;
  }
}
