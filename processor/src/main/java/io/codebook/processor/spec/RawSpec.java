package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Position;
import java.util.List;

/**
 * A spec as written: every field keeps its position, optional fields are {@code null}, and nothing
 * has been checked beyond the shape of the YAML.
 *
 * @param file the spec path
 * @param name the code set's name
 * @param title the title, or {@code null}
 * @param description the description, or {@code null}
 * @param references the references, empty when absent
 * @param codeType the code type word, {@code int} or {@code string}, or {@code null} for int
 * @param outcome the set's default outcome, or {@code null}
 * @param series the series, empty when absent
 * @param groups the groups, empty when absent
 * @param contexts the contexts, empty when absent
 * @param codes the codes
 * @param codesPosition where the {@code codes} list is, or the file start if it is missing
 * @param translations the language tags of the spec's translation overlays, empty when absent
 */
public record RawSpec(
    String file,
    Located<String> name,
    Located<String> title,
    Located<String> description,
    List<Located<String>> references,
    Located<String> codeType,
    Located<String> outcome,
    List<RawSeries> series,
    List<RawGroup> groups,
    List<RawContext> contexts,
    List<RawCode> codes,
    Position codesPosition,
    List<Located<String>> translations) {

  /**
   * The {@code codeType} word of a set whose codes are strings, such as SQLSTATE's {@code 42P01}.
   */
  public static final String STRING_CODES = "string";

  /** The {@code codeType} word of a set whose codes are ints, the default. */
  public static final String INT_CODES = "int";

  /** Whether the spec says its codes are strings. */
  public boolean stringCodes() {
    return codeType != null && codeType.value().equals(STRING_CODES);
  }

  /**
   * One entry of {@code series}.
   *
   * @param position where the entry starts
   * @param name the series name
   * @param range the range text, such as {@code 400-499}, or {@code null} (always, for string
   *     codes)
   * @param prefix the prefix of a series of string codes, such as {@code 42}, or {@code null}
   * @param title the title
   * @param description the description, or {@code null}
   * @param outcome the outcome, or {@code null} to take the set's
   * @param handler the handler method's name, or {@code null} to derive it from the name
   */
  public record RawSeries(
      Position position,
      Located<String> name,
      Located<String> range,
      Located<String> prefix,
      Located<String> title,
      Located<String> description,
      Located<String> outcome,
      Located<String> handler) {}

  /**
   * One entry of {@code groups}: codes whose digits match a pattern, such as FTP's {@code x2z}.
   *
   * @param position where the entry starts
   * @param name the group name
   * @param pattern one character per digit: a digit must match, a letter matches any digit
   * @param title the title
   * @param description the description, or {@code null}
   */
  public record RawGroup(
      Position position,
      Located<String> name,
      Located<String> pattern,
      Located<String> title,
      Located<String> description) {}

  /**
   * One entry of {@code contexts}: a situation, such as a command, and the codes allowed in it.
   *
   * @param position where the entry starts
   * @param name the context's name
   * @param title the title
   * @param description the description, or {@code null}
   * @param allows the codes allowed, as written
   * @param references references
   */
  public record RawContext(
      Position position,
      Located<String> name,
      Located<String> title,
      Located<String> description,
      List<Located<java.math.BigInteger>> allows,
      List<Located<String>> references) {}

  /**
   * One entry of the spec's code list.
   *
   * @param position where the entry starts
   * @param code the code as written, when codes are ints; it may not fit an {@code int}
   * @param text the code as written, when codes are strings
   * @param name the constant name
   * @param message the short text
   * @param description the longer text, or {@code null}
   * @param variants other texts sent for this code
   * @param solutions possible solutions
   * @param outcome the outcome, or {@code null} to take the series' or the set's
   * @param standard whether a standard defines the code, or {@code null} for the default
   * @param references references
   * @param aliases other named meanings of the same code
   * @param handler the handler method's name, or {@code null} to derive it from the name
   */
  public record RawCode(
      Position position,
      Located<java.math.BigInteger> code,
      Located<String> text,
      Located<String> name,
      Located<String> message,
      Located<String> description,
      List<Located<String>> variants,
      List<Located<String>> solutions,
      Located<String> outcome,
      Located<Boolean> standard,
      List<Located<String>> references,
      List<RawAlias> aliases,
      Located<String> handler) {}

  /**
   * One entry of a code's {@code aliases}.
   *
   * @param position where the entry starts
   * @param name the alias name
   * @param message the alias's text
   * @param description a longer text, or {@code null}
   * @param standard whether a standard defines this meaning, or {@code null}
   * @param references references
   */
  public record RawAlias(
      Position position,
      Located<String> name,
      Located<String> message,
      Located<String> description,
      Located<Boolean> standard,
      List<Located<String>> references) {}
}
