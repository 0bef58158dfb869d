package io.codebook.processor.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A spec as a test builds it, written to YAML with every text as a double-quoted scalar (see {@link
 * YamlScalars}), so that the values the processor reads are exactly the values here. A {@code null}
 * text or list is left out of the YAML; an empty list is written as {@code []}.
 *
 * @param name the code set name
 * @param title the title, or {@code null}
 * @param description the description, or {@code null}
 * @param references the references, or {@code null}
 * @param series the one series, or {@code null}
 * @param group the one group, or {@code null}
 * @param codes the codes
 */
public record SpecModel(
    String name,
    String title,
    String description,
    List<String> references,
    SeriesModel series,
    GroupModel group,
    List<CodeModel> codes) {

  /** A series entry; {@code range} and {@code outcome} are written as text. */
  public record SeriesModel(
      String name, String range, String title, String description, String outcome) {}

  /** A group entry. */
  public record GroupModel(String name, String pattern, String title, String description) {}

  /**
   * A code entry. {@code extraLines} are written verbatim after the known fields, indented as
   * fields of the entry (for unknown fields and values of the wrong type).
   */
  public record CodeModel(
      long code,
      String name,
      String message,
      String description,
      List<String> variants,
      List<String> solutions,
      List<String> references,
      List<AliasModel> aliases,
      String outcome,
      List<String> extraLines) {

    /** A copy with another name. */
    public CodeModel withName(String newName) {
      return new CodeModel(
          code,
          newName,
          message,
          description,
          variants,
          solutions,
          references,
          aliases,
          outcome,
          extraLines);
    }

    /** A copy with another number. */
    public CodeModel withCode(long newCode) {
      return new CodeModel(
          newCode,
          name,
          message,
          description,
          variants,
          solutions,
          references,
          aliases,
          outcome,
          extraLines);
    }

    /** A copy with another message ({@code null} leaves the field out). */
    public CodeModel withMessage(String newMessage) {
      return new CodeModel(
          code,
          name,
          newMessage,
          description,
          variants,
          solutions,
          references,
          aliases,
          outcome,
          extraLines);
    }

    /** A copy with another outcome ({@code null} leaves the field out). */
    public CodeModel withOutcome(String newOutcome) {
      return new CodeModel(
          code,
          name,
          message,
          description,
          variants,
          solutions,
          references,
          aliases,
          newOutcome,
          extraLines);
    }

    /** A copy with another description ({@code null} leaves the field out). */
    public CodeModel withDescription(String newDescription) {
      return new CodeModel(
          code,
          name,
          message,
          newDescription,
          variants,
          solutions,
          references,
          aliases,
          outcome,
          extraLines);
    }

    /** A copy with other references ({@code null} leaves the field out). */
    public CodeModel withReferences(List<String> newReferences) {
      return new CodeModel(
          code,
          name,
          message,
          description,
          variants,
          solutions,
          newReferences,
          aliases,
          outcome,
          extraLines);
    }

    /** A copy with other aliases. */
    public CodeModel withAliases(List<AliasModel> newAliases) {
      return new CodeModel(
          code,
          name,
          message,
          description,
          variants,
          solutions,
          references,
          newAliases,
          outcome,
          extraLines);
    }

    /** A copy with more verbatim YAML lines. */
    public CodeModel withExtraLine(String line) {
      List<String> lines = new ArrayList<>(extraLines);
      lines.add(line);
      return new CodeModel(
          code,
          name,
          message,
          description,
          variants,
          solutions,
          references,
          aliases,
          outcome,
          lines);
    }
  }

  /** An alias entry. */
  public record AliasModel(
      String name, String message, String description, List<String> references) {}

  /** A copy with other codes. */
  public SpecModel withCodes(List<CodeModel> newCodes) {
    return new SpecModel(name, title, description, references, series, group, newCodes);
  }

  /** A copy with another description ({@code null} leaves the field out). */
  public SpecModel withDescription(String newDescription) {
    return new SpecModel(name, title, newDescription, references, series, group, codes);
  }

  /** A copy with another name. */
  public SpecModel withName(String newName) {
    return new SpecModel(newName, title, description, references, series, group, codes);
  }

  /** A copy with another series. */
  public SpecModel withSeries(SeriesModel newSeries) {
    return new SpecModel(name, title, description, references, newSeries, group, codes);
  }

  /** A copy with another group. */
  public SpecModel withGroup(GroupModel newGroup) {
    return new SpecModel(name, title, description, references, series, newGroup, codes);
  }

  /** The title the generated code carries: the spec's, or the name when the spec has none. */
  public String expectedTitle() {
    return title == null ? name : title;
  }

  /** {@code text}, or the empty string that stands for an absent description. */
  public static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** {@code list}, or the empty list that stands for an absent one. */
  public static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  /** The spec as YAML; see {@link YamlScalars#doubleQuoted} for {@code rawNonAscii}. */
  public String toYaml(boolean rawNonAscii) {
    Yaml yaml = new Yaml(rawNonAscii);
    yaml.line("", "codebook: 1");
    yaml.text("", "name", name);
    yaml.text("", "title", title);
    yaml.text("", "description", description);
    yaml.texts("", "references", references);
    if (series != null) {
      yaml.line("", "series:");
      yaml.text("  - ", "name", series.name());
      yaml.text("    ", "range", series.range());
      yaml.text("    ", "title", series.title());
      yaml.text("    ", "description", series.description());
      yaml.text("    ", "outcome", series.outcome());
    }
    if (group != null) {
      yaml.line("", "groups:");
      yaml.text("  - ", "name", group.name());
      yaml.text("    ", "pattern", group.pattern());
      yaml.text("    ", "title", group.title());
      yaml.text("    ", "description", group.description());
    }
    yaml.line("", "codes:");
    for (CodeModel code : codes) {
      yaml.line("  - ", "code: " + code.code());
      yaml.text("    ", "name", code.name());
      yaml.text("    ", "message", code.message());
      yaml.text("    ", "description", code.description());
      yaml.texts("    ", "variants", code.variants());
      yaml.texts("    ", "solutions", code.solutions());
      yaml.texts("    ", "references", code.references());
      yaml.text("    ", "outcome", code.outcome());
      if (!code.aliases().isEmpty()) {
        yaml.line("    ", "aliases:");
        for (AliasModel alias : code.aliases()) {
          yaml.text("      - ", "name", alias.name());
          yaml.text("        ", "message", alias.message());
          yaml.text("        ", "description", alias.description());
          yaml.texts("        ", "references", alias.references());
        }
      }
      for (String extra : code.extraLines()) {
        yaml.line("    ", extra);
      }
    }
    return yaml.out.toString();
  }

  /** Writes block-style YAML, line by line. */
  private static final class Yaml {
    private final boolean raw;
    private final StringBuilder out = new StringBuilder();

    Yaml(boolean raw) {
      this.raw = raw;
    }

    void line(String indent, String content) {
      out.append(indent).append(content).append('\n');
    }

    void text(String indent, String key, String value) {
      if (value != null) {
        line(indent, key + ": " + YamlScalars.doubleQuoted(value, raw));
      }
    }

    void texts(String indent, String key, List<String> values) {
      if (values == null) {
        return;
      }
      if (values.isEmpty()) {
        line(indent, key + ": []");
        return;
      }
      line(indent, key + ":");
      String itemIndent = " ".repeat(indent.length()) + "  - ";
      for (String value : values) {
        line(itemIndent, YamlScalars.doubleQuoted(value, raw));
      }
    }
  }
}
