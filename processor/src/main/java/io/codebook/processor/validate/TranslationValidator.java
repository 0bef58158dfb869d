package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.diagnostics.Suggestions;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Context;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.Series;
import io.codebook.processor.model.Translation;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawOverlay;
import io.codebook.processor.spec.RawOverlay.RawCodeText;
import io.codebook.processor.spec.RawOverlay.RawNamedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks an overlay against the validated code set it translates and builds its {@link
 * Translation}: the language must be the file name's, and every entry must name a code, series,
 * group or context of the set, once.
 */
public final class TranslationValidator {
  private TranslationValidator() {}

  /**
   * Checks {@code overlay}, which the spec lists under {@code tag}.
   *
   * @return the translation, or empty if anything is wrong (reported in {@code problems})
   */
  public static Optional<Translation> validate(
      CodeSet codeSet, String tag, RawOverlay overlay, Problems problems) {
    Located<String> language = overlay.language();
    if (language != null && !language.value().equals(tag)) {
      problems.report(
          language.position(), Message.LANGUAGE_MISMATCH, language.value(), tag, overlay.file());
    }
    Set<String> codeKeys = codeSet.codes().stream().map(Code::key).collect(Collectors.toSet());
    Map<String, Translation.Text> series =
        named(
            overlay.series(),
            "series",
            codeSet.series().stream().map(Series::name).collect(Collectors.toSet()),
            codeSet,
            problems);
    Map<String, Translation.Text> groups =
        named(
            overlay.groups(),
            "group",
            codeSet.groups().stream().map(Group::name).collect(Collectors.toSet()),
            codeSet,
            problems);
    Map<String, Translation.Text> contexts =
        named(
            overlay.contexts(),
            "context",
            codeSet.contexts().stream().map(Context::name).collect(Collectors.toSet()),
            codeSet,
            problems);
    Map<String, Translation.CodeText> codes = new TreeMap<>();
    Map<String, Position> firstCode = new HashMap<>();
    for (RawCodeText entry : overlay.codes()) {
      Located<String> key = entry.key();
      if (key == null || !known(key, "code", codeKeys, codeSet, firstCode, problems)) {
        continue;
      }
      codes.put(
          key.value(),
          new Translation.CodeText(
              text(entry.message()),
              text(entry.description()),
              Optional.ofNullable(entry.solutions())
                  .map(list -> list.stream().map(Located::value).toList())));
    }
    if (problems.any()) {
      return Optional.empty();
    }
    return Optional.of(
        new Translation(
            tag,
            overlay.file(),
            text(overlay.title()),
            text(overlay.description()),
            new TreeMap<>(series),
            new TreeMap<>(groups),
            new TreeMap<>(contexts),
            new TreeMap<>(codes)));
  }

  private static Map<String, Translation.Text> named(
      List<RawNamedText> entries,
      String kind,
      Set<String> names,
      CodeSet codeSet,
      Problems problems) {
    Map<String, Translation.Text> texts = new TreeMap<>();
    Map<String, Position> first = new HashMap<>();
    for (RawNamedText entry : entries) {
      Located<String> name = entry.name();
      if (name != null && known(name, kind, names, codeSet, first, problems)) {
        texts.put(
            name.value(), new Translation.Text(text(entry.title()), text(entry.description())));
      }
    }
    return texts;
  }

  /**
   * Whether {@code key} names something of the set for the first time; an unknown or repeated one
   * is reported.
   */
  private static boolean known(
      Located<String> key,
      String kind,
      Set<String> declared,
      CodeSet codeSet,
      Map<String, Position> first,
      Problems problems) {
    if (!declared.contains(key.value())) {
      problems.report(
          key.position(),
          Message.UNKNOWN_TRANSLATED,
          kind,
          key.value(),
          codeSet.specPath(),
          Suggestions.didYouMean(key.value(), declared));
      return false;
    }
    Position earlier = first.putIfAbsent(key.value(), key.position());
    if (earlier != null) {
      problems.report(
          key.position(),
          Message.DUPLICATE_TRANSLATION,
          kind + " " + key.value(),
          earlier.lineAndColumn());
      return false;
    }
    return true;
  }

  private static Optional<String> text(Located<String> located) {
    return located == null ? Optional.empty() : Optional.of(located.value());
  }
}
