package io.codebook.processor.model;

import java.util.List;

/**
 * A validated code set: the single input of every generator. Codes are sorted by number and series
 * by range, so output never depends on the order of the spec file or of a hash map.
 *
 * @param specPath the spec's path, as the annotation names it
 * @param name UpperCamelCase name that generated types derive from
 * @param title the title
 * @param description longer text, empty when absent
 * @param references references for the whole set
 * @param series the series, sorted by range; may be empty
 * @param groups the groups, in the spec's order; may be empty
 * @param contexts the contexts, in the spec's order; may be empty
 * @param codes the codes, sorted by number (or by string); never empty
 * @param stringCodes whether codes are strings, such as SQLSTATE's {@code 42P01}, rather than ints
 * @param translations the set's texts in other languages, sorted by tag; empty for a set with none
 */
public record CodeSet(
    String specPath,
    String name,
    String title,
    String description,
    List<Reference> references,
    List<Series> series,
    List<Group> groups,
    List<Context> contexts,
    List<Code> codes,
    boolean stringCodes,
    List<Translation> translations) {

  /** A set of int codes. */
  public CodeSet(
      String specPath,
      String name,
      String title,
      String description,
      List<Reference> references,
      List<Series> series,
      List<Group> groups,
      List<Context> contexts,
      List<Code> codes) {
    this(specPath, name, title, description, references, series, groups, contexts, codes, false);
  }

  /** A set without translations. */
  public CodeSet(
      String specPath,
      String name,
      String title,
      String description,
      List<Reference> references,
      List<Series> series,
      List<Group> groups,
      List<Context> contexts,
      List<Code> codes,
      boolean stringCodes) {
    this(
        specPath,
        name,
        title,
        description,
        references,
        series,
        groups,
        contexts,
        codes,
        stringCodes,
        List.of());
  }

  public CodeSet {
    references = List.copyOf(references);
    series = List.copyOf(series);
    groups = List.copyOf(groups);
    contexts = List.copyOf(contexts);
    codes = List.copyOf(codes);
    translations =
        translations.stream().sorted(java.util.Comparator.comparing(Translation::tag)).toList();
  }

  /** This set with {@code translations}. */
  public CodeSet withTranslations(List<Translation> translations) {
    return new CodeSet(
        specPath,
        name,
        title,
        description,
        references,
        series,
        groups,
        contexts,
        codes,
        stringCodes,
        translations);
  }

  /** Whether the set has texts in other languages, which adds the localised methods. */
  public boolean hasTranslations() {
    return !translations.isEmpty();
  }

  /** Whether the spec declares series, which decides if a series type is generated. */
  public boolean hasSeries() {
    return !series.isEmpty();
  }

  /**
   * Whether some code falls in no series. Such a set's {@code series()} returns an {@code
   * Optional}; a set whose series cover every code keeps returning the series itself.
   */
  public boolean hasCodesOutsideSeries() {
    return hasSeries() && codes.stream().anyMatch(code -> code.series().isEmpty());
  }

  /** Whether the spec declares contexts, which decides if a context type is generated. */
  public boolean hasContexts() {
    return !contexts.isEmpty();
  }

  /**
   * Whether any code or series has no outcome of its own, which adds {@code NONE} to the outcomes.
   */
  public boolean usesNoOutcome() {
    return codes.stream().anyMatch(code -> code.outcome() == Outcome.NONE)
        || series.stream().anyMatch(s -> s.outcome() == Outcome.NONE);
  }

  /**
   * Whether any code has aliases; sets without get no {@code Alias} type and no {@code aliases()}.
   */
  public boolean hasAliases() {
    return codes.stream().anyMatch(code -> !code.aliases().isEmpty());
  }

  /** Whether the spec declares groups, which decides if a group type is generated. */
  public boolean hasGroups() {
    return !groups.isEmpty();
  }
}
