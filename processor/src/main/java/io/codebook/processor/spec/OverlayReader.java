package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.RawOverlay.RawCodeText;
import io.codebook.processor.spec.RawOverlay.RawNamedText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Reads a translation overlay into a {@link RawOverlay}. An overlay carries texts only: a field
 * that the base spec has but that is the same in every language (a name, an outcome, the variants
 * servers send) is reported as untranslatable rather than unknown, so the author learns why.
 */
public final class OverlayReader {
  private OverlayReader() {}

  /**
   * Reads {@code text}, the content of overlay {@code file}.
   *
   * @param stringCodes whether the base spec's codes are strings, which decides how {@code code} is
   *     read
   * @return the raw overlay, or empty when the YAML could not be read or the version is wrong
   */
  public static Optional<RawOverlay> read(
      String file, String text, boolean stringCodes, Problems problems) {
    Marks marks = new Marks(file);
    return SpecReader.root(
            marks,
            text,
            problems,
            "the translation",
            "a mapping of fields (codebook, language, codes, ...)")
        .flatMap(mapping -> new Session(marks, problems, stringCodes).overlay(mapping));
  }

  private record Session(Marks marks, Problems problems, boolean stringCodes) {

    Optional<RawOverlay> overlay(MappingNode node) {
      MappingReader fields =
          fields(node, "the translation", SpecFields.OVERLAY_TOP_LEVEL, SpecFields.TOP_LEVEL);
      if (!new SpecReader.Session(marks, problems).versionIsSupported(fields)) {
        return Optional.empty();
      }
      List<RawCodeText> codes = new ArrayList<>();
      for (MappingNode entry : fields.mappings(SpecFields.CODES, false)) {
        codes.add(code(entry));
      }
      return Optional.of(
          new RawOverlay(
              marks.file(),
              fields.requiredText(SpecFields.LANGUAGE),
              fields.optionalText(SpecFields.TITLE),
              fields.optionalText(SpecFields.DESCRIPTION),
              named(fields, SpecFields.SERIES, "series entry", SpecFields.SERIES_ENTRY),
              named(fields, SpecFields.GROUPS, "group entry", SpecFields.GROUP_ENTRY),
              named(fields, SpecFields.CONTEXTS, "context entry", SpecFields.CONTEXT_ENTRY),
              codes));
    }

    private List<RawNamedText> named(
        MappingReader parent, String key, String kind, Set<String> baseFields) {
      List<RawNamedText> entries = new ArrayList<>();
      SpecReader.Session names = new SpecReader.Session(marks, problems);
      for (MappingNode entry : parent.mappings(key, false)) {
        MappingReader fields =
            fields(entry, names.entryName(kind, entry), SpecFields.OVERLAY_NAMED_ENTRY, baseFields);
        entries.add(
            new RawNamedText(
                fields.start(),
                fields.requiredText(SpecFields.NAME),
                fields.optionalText(SpecFields.TITLE),
                fields.optionalText(SpecFields.DESCRIPTION)));
      }
      return entries;
    }

    private RawCodeText code(MappingNode node) {
      MappingReader fields =
          fields(
              node,
              new SpecReader.Session(marks, problems).entryName("code entry", node),
              SpecFields.OVERLAY_CODE_ENTRY,
              SpecFields.CODE_ENTRY);
      Located<String> key;
      if (stringCodes) {
        key = fields.requiredText(SpecFields.CODE);
      } else {
        Located<BigInteger> number = fields.requiredInteger(SpecFields.CODE);
        key = number == null ? null : new Located<>(number.value().toString(), number.position());
      }
      boolean hasSolutions = fields.value(SpecFields.SOLUTIONS, false) != null;
      return new RawCodeText(
          fields.start(),
          key,
          fields.optionalText(SpecFields.MESSAGE),
          fields.optionalText(SpecFields.DESCRIPTION),
          hasSolutions ? fields.texts(SpecFields.SOLUTIONS) : null);
    }

    /**
     * A reader of one mapping that knows {@code allowed}; a field of {@code baseFields} that is not
     * allowed is reported as untranslatable, any other unknown field as unknown.
     */
    private MappingReader fields(
        MappingNode node, String what, Set<String> allowed, Set<String> baseFields) {
      Set<String> untranslatable = new HashSet<>(baseFields);
      untranslatable.removeAll(allowed);
      Set<String> known = new HashSet<>(allowed);
      known.addAll(untranslatable);
      MappingReader fields = new MappingReader(node, what, known, marks, problems);
      for (String key : untranslatable.stream().sorted().toList()) {
        Position position = fields.keyPosition(key);
        if (position != null) {
          problems.report(
              position,
              Message.UNTRANSLATABLE_FIELD,
              key,
              what,
              String.join(", ", allowed.stream().sorted().toList()));
        }
      }
      return fields;
    }
  }
}
