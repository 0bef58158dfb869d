package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Position;
import java.util.List;

/**
 * A translation overlay as written, such as {@code ftp-reply.de.yaml}: texts by the code or name
 * they translate, each with its position. Absent fields are {@code null}; whether the codes and
 * names exist in the base spec is checked later, by the validate package.
 *
 * @param file the overlay's path
 * @param language the {@code language} field
 * @param title the set's title in this language, or {@code null}
 * @param description the set's description in this language, or {@code null}
 * @param series translated series, by name
 * @param groups translated groups, by name
 * @param contexts translated contexts, by name
 * @param codes translated codes
 */
public record RawOverlay(
    String file,
    Located<String> language,
    Located<String> title,
    Located<String> description,
    List<RawNamedText> series,
    List<RawNamedText> groups,
    List<RawNamedText> contexts,
    List<RawCodeText> codes) {

  /**
   * One entry of {@code series}, {@code groups} or {@code contexts}.
   *
   * @param position where the entry starts
   * @param name the name it translates, or {@code null} when missing (already reported)
   * @param title the title, or {@code null}
   * @param description the description, or {@code null}
   */
  public record RawNamedText(
      Position position,
      Located<String> name,
      Located<String> title,
      Located<String> description) {}

  /**
   * One entry of {@code codes}.
   *
   * @param position where the entry starts
   * @param key the code as text (an int in decimal, or a string code), or {@code null} when missing
   *     or of the wrong type (already reported)
   * @param message the message, or {@code null}
   * @param description the description, or {@code null}
   * @param solutions the solutions, or {@code null} when the entry keeps the base list
   */
  public record RawCodeText(
      Position position,
      Located<String> key,
      Located<String> message,
      Located<String> description,
      List<Located<String>> solutions) {}
}
