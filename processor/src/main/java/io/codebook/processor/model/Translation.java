package io.codebook.processor.model;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The texts of a code set in one language, from one overlay. Every text is optional: what a
 * translation lacks falls back to its language's translation (for a region such as {@code pt-BR})
 * and then to the spec's own text.
 *
 * @param tag the BCP 47 tag, such as {@code de} or {@code pt-BR}
 * @param file the overlay's path
 * @param title the set's title, if translated
 * @param description the set's description, if translated
 * @param series texts of series, by series name
 * @param groups texts of groups, by group name
 * @param contexts texts of contexts, by context name
 * @param codes texts of codes, by {@link Code#key()}
 */
public record Translation(
    String tag,
    String file,
    Optional<String> title,
    Optional<String> description,
    SortedMap<String, Text> series,
    SortedMap<String, Text> groups,
    SortedMap<String, Text> contexts,
    SortedMap<String, CodeText> codes) {

  public Translation {
    series = copy(series);
    groups = copy(groups);
    contexts = copy(contexts);
    codes = copy(codes);
  }

  private static <V> SortedMap<String, V> copy(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  /** The tag as a {@link Locale}. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The language alone, such as {@code pt} for {@code pt-BR}. */
  public String language() {
    return locale().getLanguage();
  }

  /** The region, such as {@code BR} for {@code pt-BR}, or empty for a language alone. */
  public String region() {
    return locale().getCountry();
  }

  /**
   * The translated title and description of a series, group or context.
   *
   * @param title the title, if translated
   * @param description the description, if translated
   */
  public record Text(Optional<String> title, Optional<String> description) {}

  /**
   * The translated texts of one code.
   *
   * @param message the message, if translated
   * @param description the description, if translated
   * @param solutions the solutions, if translated; they replace the spec's list as a whole
   */
  public record CodeText(
      Optional<String> message, Optional<String> description, Optional<List<String>> solutions) {
    public CodeText {
      solutions = solutions.map(List::copyOf);
    }
  }
}
