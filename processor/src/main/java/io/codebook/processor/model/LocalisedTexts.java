package io.codebook.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The texts of a code set in one language, resolved the way {@code ResourceBundle} resolves a
 * locale: each text comes from the translation itself, else, for a region such as {@code pt-BR},
 * from its language's translation ({@code pt}) if the set has one, else from the spec. Both the
 * generated tables and the per-language documents read texts through this one class, so they cannot
 * disagree.
 */
public final class LocalisedTexts {
  private final CodeSet codeSet;
  private final Translation translation;

  /** The translation first, then its language's, if any. */
  private final List<Translation> chain;

  private LocalisedTexts(CodeSet codeSet, Translation translation) {
    this.codeSet = codeSet;
    this.translation = translation;
    List<Translation> chain = new ArrayList<>();
    chain.add(translation);
    if (!translation.region().isEmpty()) {
      for (Translation other : codeSet.translations()) {
        if (other.tag().equals(translation.language())) {
          chain.add(other);
        }
      }
    }
    this.chain = List.copyOf(chain);
  }

  /** The texts of {@code translation}, one of {@code codeSet}'s. */
  public static LocalisedTexts of(CodeSet codeSet, Translation translation) {
    return new LocalisedTexts(codeSet, translation);
  }

  /** The translation these texts are for. */
  public Translation translation() {
    return translation;
  }

  /** The code's translated message, if this language or its parent has one. */
  public Optional<String> message(Code code) {
    return first(t -> codeText(t, code).flatMap(Translation.CodeText::message));
  }

  /** The code's translated description, if any. */
  public Optional<String> description(Code code) {
    return first(t -> codeText(t, code).flatMap(Translation.CodeText::description));
  }

  /** The code's translated solutions, if any; they replace the spec's list as a whole. */
  public Optional<List<String>> solutions(Code code) {
    return first(t -> codeText(t, code).flatMap(Translation.CodeText::solutions));
  }

  /**
   * The whole set with every text in this language, falling back per text to the spec's; names,
   * numbers, variants, outcomes and references stay as they are. The reference documents render
   * this.
   */
  public CodeSet apply() {
    Map<String, Series> series = new HashMap<>();
    for (Series s : codeSet.series()) {
      Translation.Text text = named(t -> t.series().get(s.name()));
      series.put(
          s.name(),
          new Series(
              s.name(),
              s.first(),
              s.last(),
              text.title().orElse(s.title()),
              text.description().orElse(s.description()),
              s.outcome(),
              s.handlerMethod(),
              s.prefix()));
    }
    Map<String, Group> groups = new HashMap<>();
    for (Group g : codeSet.groups()) {
      Translation.Text text = named(t -> t.groups().get(g.name()));
      groups.put(
          g.name(),
          new Group(
              g.name(),
              g.pattern(),
              text.title().orElse(g.title()),
              text.description().orElse(g.description())));
    }
    List<Context> contexts = new ArrayList<>();
    for (Context c : codeSet.contexts()) {
      Translation.Text text = named(t -> t.contexts().get(c.name()));
      contexts.add(
          new Context(
              c.name(),
              text.title().orElse(c.title()),
              text.description().orElse(c.description()),
              c.allowed(),
              c.references()));
    }
    List<Code> codes = new ArrayList<>();
    for (Code code : codeSet.codes()) {
      codes.add(
          new Code(
              code.code(),
              code.name(),
              message(code).orElse(code.message()),
              description(code).orElse(code.description()),
              code.variants(),
              solutions(code).orElse(code.solutions()),
              code.outcome(),
              code.series().map(s -> series.get(s.name())),
              code.group().map(g -> groups.get(g.name())),
              code.standard(),
              code.references(),
              code.aliases(),
              code.handlerMethod(),
              code.key()));
    }
    return new CodeSet(
        codeSet.specPath(),
        codeSet.name(),
        first(Translation::title).orElse(codeSet.title()),
        first(Translation::description).orElse(codeSet.description()),
        codeSet.references(),
        codeSet.series().stream().map(s -> series.get(s.name())).toList(),
        codeSet.groups().stream().map(g -> groups.get(g.name())).toList(),
        contexts,
        codes,
        codeSet.stringCodes(),
        codeSet.translations());
  }

  private static Optional<Translation.CodeText> codeText(Translation translation, Code code) {
    return Optional.ofNullable(translation.codes().get(code.key()));
  }

  private <T> Optional<T> first(Function<Translation, Optional<T>> text) {
    for (Translation t : chain) {
      Optional<T> found = text.apply(t);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The title and description of a series, group or context, each resolved on its own. */
  private Translation.Text named(Function<Translation, Translation.Text> entry) {
    return new Translation.Text(
        first(t -> Optional.ofNullable(entry.apply(t)).flatMap(Translation.Text::title)),
        first(t -> Optional.ofNullable(entry.apply(t)).flatMap(Translation.Text::description)));
  }
}
