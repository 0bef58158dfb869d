package io.codebook.processor.text;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        // javac misreads "\\u" right after an escaped high surrogate as the surrogate's partner
        // (JDK 17 and 25 alike); the octal escape for the backslash avoids that.
        case '\\' ->
            out.append(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? "\\134" : "\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
