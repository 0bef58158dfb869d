package io.codebook.processor.validate;

import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Context;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.Names;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Reference;
import io.codebook.processor.model.Series;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawAlias;
import io.codebook.processor.spec.RawSpec.RawCode;
import io.codebook.processor.spec.RawSpec.RawContext;
import io.codebook.processor.spec.RawSpec.RawGroup;
import io.codebook.processor.spec.RawSpec.RawSeries;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds the model from a raw spec that passed every rule, so nothing here can fail. */
final class CodeSetBuilder {
  private CodeSetBuilder() {}

  static CodeSet build(RawSpec spec) {
    Outcome setOutcome = spec.outcome() == null ? Outcome.NONE : outcome(spec.outcome());
    List<Series> series =
        spec.series().stream()
            .map(raw -> series(raw, setOutcome))
            .sorted(Comparator.comparingInt(Series::first).thenComparing(Series::prefix))
            .toList();
    List<Group> groups = spec.groups().stream().map(CodeSetBuilder::group).toList();
    List<Code> codes =
        spec.codes().stream()
            .map(code -> code(code, series, groups, setOutcome))
            .sorted(Comparator.comparingInt(Code::code).thenComparing(Code::key))
            .toList();
    String name = spec.name().value();
    return new CodeSet(
        spec.file(),
        name,
        textOr(spec.title(), name),
        textOr(spec.description(), ""),
        references(spec.references()),
        series,
        groups,
        spec.contexts().stream().map(CodeSetBuilder::context).toList(),
        codes,
        spec.stringCodes());
  }

  private static Series series(RawSeries raw, Outcome setOutcome) {
    // A series of string codes has a prefix and no range; its bounds are unused.
    int[] range =
        raw.prefix() != null ? new int[] {0, -1} : Ranges.parse(raw.range().value()).orElseThrow();
    return new Series(
        raw.name().value(),
        range[0],
        range[1],
        raw.title().value(),
        textOr(raw.description(), ""),
        raw.outcome() == null ? setOutcome : outcome(raw.outcome()),
        handlerMethod(raw.handler(), raw.name()),
        raw.prefix() == null ? "" : raw.prefix().value());
  }

  private static String handlerMethod(Located<String> handler, Located<String> name) {
    return handler != null ? handler.value() : Names.handlerMethod(name.value());
  }

  private static Group group(RawGroup raw) {
    return new Group(
        raw.name().value(),
        raw.pattern().value(),
        raw.title().value(),
        textOr(raw.description(), ""));
  }

  private static Context context(RawContext raw) {
    List<Integer> allowed =
        raw.allows().stream().map(code -> code.value().intValueExact()).sorted().toList();
    return new Context(
        raw.name().value(),
        raw.title().value(),
        textOr(raw.description(), ""),
        allowed,
        references(raw.references()));
  }

  /**
   * A code's outcome is its own, else its series' (which defaults to the set's), else the set's.
   */
  private static Code code(
      RawCode raw, List<Series> allSeries, List<Group> groups, Outcome setOutcome) {
    String key = raw.text() != null ? raw.text().value() : raw.code().value().toString();
    int number = raw.text() != null ? 0 : raw.code().value().intValueExact();
    Optional<Series> series =
        allSeries.stream()
            .filter(s -> s.byPrefix() ? key.startsWith(s.prefix()) : s.contains(number))
            .findFirst();
    Outcome outcome =
        raw.outcome() != null
            ? outcome(raw.outcome())
            : series.map(Series::outcome).orElse(setOutcome);
    return new Code(
        number,
        raw.name().value(),
        raw.message().value(),
        textOr(raw.description(), ""),
        texts(raw.variants()),
        texts(raw.solutions()),
        outcome,
        series,
        groups.stream().filter(g -> g.matches(number)).findFirst(),
        standard(raw.standard()),
        references(raw.references()),
        raw.aliases().stream().map(CodeSetBuilder::alias).toList(),
        handlerMethod(raw.handler(), raw.name()),
        key);
  }

  private static Alias alias(RawAlias raw) {
    return new Alias(
        raw.name().value(),
        raw.message().value(),
        textOr(raw.description(), ""),
        standard(raw.standard()),
        references(raw.references()));
  }

  private static Outcome outcome(Located<String> word) {
    return Outcome.fromSpecWord(word.value()).orElseThrow();
  }

  private static boolean standard(Located<Boolean> standard) {
    return standard == null || standard.value();
  }

  private static String textOr(Located<String> text, String fallback) {
    return text == null ? fallback : text.value();
  }

  /** References are parsed here, once, so that generators and documents read label and address. */
  private static List<Reference> references(List<Located<String>> texts) {
    return texts.stream().map(text -> Reference.parse(text.value())).toList();
  }

  private static List<String> texts(List<Located<String>> texts) {
    return texts.stream().map(Located::value).toList();
  }
}
