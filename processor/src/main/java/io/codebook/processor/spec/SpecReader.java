package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.RawSpec.RawAlias;
import io.codebook.processor.spec.RawSpec.RawCode;
import io.codebook.processor.spec.RawSpec.RawContext;
import io.codebook.processor.spec.RawSpec.RawGroup;
import io.codebook.processor.spec.RawSpec.RawSeries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads spec text into a {@link RawSpec}: YAML syntax, field names and value types. Meaning (unique
 * codes, valid names, series) is checked later, by the validate package.
 */
public final class SpecReader {
  /** Large generated specs run to tens of megabytes; the library's default stops at 3 MB. */
  private static final int CODE_POINT_LIMIT = 256 * 1024 * 1024;

  private SpecReader() {}

  /**
   * Reads {@code text}, the content of spec {@code file}.
   *
   * @return the raw spec, or empty when the YAML could not be read at all or the format version is
   *     wrong; every problem found is in {@code problems}
   */
  public static Optional<RawSpec> read(String file, String text, Problems problems) {
    Marks marks = new Marks(file);
    return root(
            marks, text, problems, "the spec", "a mapping of fields (codebook, name, codes, ...)")
        .flatMap(mapping -> new SpecReader.Session(marks, problems).spec(mapping));
  }

  /**
   * Composes {@code text} into YAML nodes with positions and returns its top-level mapping; a
   * syntax error, or a document that is not a mapping, is reported and gives empty.
   */
  static Optional<MappingNode> root(
      Marks marks, String text, Problems problems, String what, String expected) {
    String file = marks.file();
    Node root;
    try {
      // The common block style is read without SnakeYAML's scanner, which a cold compile runs in
      // the interpreter; whatever that reader declines, errors included, SnakeYAML reads.
      root = BlockYamlComposer.compose(file, text).orElseGet(() -> compose(file, text));
    } catch (MarkedYamlEngineException e) {
      YamlSyntaxError.report(e, marks, problems);
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.report(Position.startOf(file), Message.YAML_SYNTAX, e.getMessage());
      return Optional.empty();
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.report(
          root == null ? Position.startOf(file) : marks.of(root),
          Message.WRONG_DOCUMENT_TYPE,
          what,
          expected,
          root == null ? "the file is empty" : "is " + MappingReader.describe(root));
      return Optional.empty();
    }
    return Optional.of(mapping);
  }

  private static Node compose(String file, String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            // The core schema reads True, ~ and 0x1F as YAML 1.2 intends, not only JSON's forms.
            .setSchema(new CoreSchema())
            .setCodePointLimit(CODE_POINT_LIMIT)
            .setMaxAliasesForCollections(50)
            .build();
    return new Compose(settings).composeString(text).orElse(null);
  }

  /** The state of one read: where positions come from and where problems go. */
  record Session(Marks marks, Problems problems) {

    Optional<RawSpec> spec(MappingNode node) {
      MappingReader fields =
          new MappingReader(node, "the spec", SpecFields.TOP_LEVEL, marks, problems);
      if (!versionIsSupported(fields)) {
        return Optional.empty();
      }
      Located<String> name = fields.requiredText(SpecFields.NAME);
      Located<String> title = fields.optionalText(SpecFields.TITLE);
      Located<String> description = fields.optionalText(SpecFields.DESCRIPTION);
      List<Located<String>> references = fields.texts(SpecFields.REFERENCES);
      Located<String> codeType = fields.optionalText(SpecFields.CODE_TYPE);
      // The code type decides how codes and series are read; CodeTypeRule checks the word itself.
      boolean stringCodes = codeType != null && codeType.value().equals(RawSpec.STRING_CODES);
      Located<String> outcome = fields.optionalText(SpecFields.OUTCOME);
      List<RawSeries> series = new ArrayList<>();
      for (MappingNode entry : fields.mappings(SpecFields.SERIES, false)) {
        series.add(series(entry, stringCodes));
      }
      List<RawGroup> groups = new ArrayList<>();
      for (MappingNode entry : fields.mappings(SpecFields.GROUPS, false)) {
        groups.add(group(entry));
      }
      List<RawContext> contexts = new ArrayList<>();
      for (MappingNode entry : fields.mappings(SpecFields.CONTEXTS, false)) {
        contexts.add(context(entry));
      }
      List<RawCode> codes = new ArrayList<>();
      for (MappingNode entry : fields.mappings(SpecFields.CODES, true)) {
        codes.add(code(entry, stringCodes));
      }
      if (fields.value(SpecFields.CODES, false) instanceof SequenceNode list
          && list.getValue().isEmpty()) {
        problems.report(fields.positionOf(SpecFields.CODES), Message.EMPTY_CODE_SET);
      }
      return Optional.of(
          new RawSpec(
              marks.file(),
              name,
              title,
              description,
              references,
              codeType,
              outcome,
              series,
              groups,
              contexts,
              codes,
              fields.positionOf(SpecFields.CODES),
              fields.texts(SpecFields.TRANSLATIONS)));
    }

    /** The version decides how the rest is read, so a wrong one stops the read. */
    boolean versionIsSupported(MappingReader fields) {
      Node version = fields.value(SpecFields.VERSION, true);
      if (version == null) {
        return false;
      }
      boolean one =
          version instanceof ScalarNode scalar
              && scalar.getTag().equals(Tag.INT)
              && BigInteger.ONE.equals(YamlIntegers.parse(scalar.getValue()));
      if (!one) {
        String shown =
            version instanceof ScalarNode scalar
                ? scalar.getValue()
                : MappingReader.describe(version);
        problems.report(marks.of(version), Message.UNSUPPORTED_VERSION, shown);
      }
      return one;
    }

    private RawSeries series(MappingNode node, boolean stringCodes) {
      MappingReader fields =
          new MappingReader(
              node, entryName("series entry", node), SpecFields.SERIES_ENTRY, marks, problems);
      return new RawSeries(
          fields.start(),
          fields.requiredText(SpecFields.NAME),
          stringCodes
              ? fields.optionalText(SpecFields.RANGE)
              : fields.requiredText(SpecFields.RANGE),
          stringCodes
              ? fields.requiredText(SpecFields.PREFIX)
              : fields.optionalText(SpecFields.PREFIX),
          fields.requiredText(SpecFields.TITLE),
          fields.optionalText(SpecFields.DESCRIPTION),
          fields.optionalText(SpecFields.OUTCOME),
          fields.optionalText(SpecFields.HANDLER));
    }

    private RawGroup group(MappingNode node) {
      MappingReader fields =
          new MappingReader(
              node, entryName("group entry", node), SpecFields.GROUP_ENTRY, marks, problems);
      return new RawGroup(
          fields.start(),
          fields.requiredText(SpecFields.NAME),
          fields.requiredText(SpecFields.PATTERN),
          fields.requiredText(SpecFields.TITLE),
          fields.optionalText(SpecFields.DESCRIPTION));
    }

    private RawContext context(MappingNode node) {
      MappingReader fields =
          new MappingReader(
              node, entryName("context entry", node), SpecFields.CONTEXT_ENTRY, marks, problems);
      return new RawContext(
          fields.start(),
          fields.requiredText(SpecFields.NAME),
          fields.requiredText(SpecFields.TITLE),
          fields.optionalText(SpecFields.DESCRIPTION),
          fields.requiredIntegers(SpecFields.ALLOWS),
          fields.texts(SpecFields.REFERENCES));
    }

    private RawCode code(MappingNode node, boolean stringCodes) {
      MappingReader fields =
          new MappingReader(
              node, entryName("code entry", node), SpecFields.CODE_ENTRY, marks, problems);
      Located<BigInteger> code = stringCodes ? null : fields.requiredInteger(SpecFields.CODE);
      Located<String> text = stringCodes ? fields.requiredText(SpecFields.CODE) : null;
      Located<String> name = fields.requiredText(SpecFields.NAME);
      Located<String> message = fields.requiredText(SpecFields.MESSAGE);
      Located<String> description = fields.optionalText(SpecFields.DESCRIPTION);
      List<Located<String>> variants = fields.texts(SpecFields.VARIANTS);
      List<Located<String>> solutions = fields.texts(SpecFields.SOLUTIONS);
      Located<String> outcome = fields.optionalText(SpecFields.OUTCOME);
      Located<Boolean> standard = fields.optionalBoolean(SpecFields.STANDARD);
      List<Located<String>> references = fields.texts(SpecFields.REFERENCES);
      List<RawAlias> aliases = new ArrayList<>();
      for (MappingNode entry : fields.mappings(SpecFields.ALIASES, false)) {
        aliases.add(alias(entry));
      }
      return new RawCode(
          fields.start(),
          code,
          text,
          name,
          message,
          description,
          variants,
          solutions,
          outcome,
          standard,
          references,
          aliases,
          fields.optionalText(SpecFields.HANDLER));
    }

    private RawAlias alias(MappingNode node) {
      MappingReader fields =
          new MappingReader(
              node, entryName("alias entry", node), SpecFields.ALIAS_ENTRY, marks, problems);
      return new RawAlias(
          fields.start(),
          fields.requiredText(SpecFields.NAME),
          fields.requiredText(SpecFields.MESSAGE),
          fields.optionalText(SpecFields.DESCRIPTION),
          fields.optionalBoolean(SpecFields.STANDARD),
          fields.texts(SpecFields.REFERENCES));
    }

    String entryName(String kind, Node node) {
      return "the " + kind + " at " + marks.of(node).lineAndColumn();
    }
  }
}
