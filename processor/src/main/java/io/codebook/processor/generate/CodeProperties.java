package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The properties every code constant has, in constructor order, whichever shape holds them. The set
 * decides which exist: {@code aliases}, {@code series} and {@code group} only when the spec has
 * them; {@code series()} returns an {@code Optional} only when some code falls in no series, so
 * that a set whose series cover every code keeps its plain {@code Series series()}. {@link
 * ConstantArguments} passes the values in the same order.
 */
final class CodeProperties {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  private CodeProperties() {}

  static List<Property> of(CodeSet codeSet, GeneratedTypes types) {
    List<Property> properties = new ArrayList<>(withoutRelated(types));
    properties.addAll(related(codeSet, types));
    return properties;
  }

  /**
   * Every property but the {@linkplain #related related objects}, in the same order: what an enum's
   * constants hold themselves.
   */
  static List<Property> withoutRelated(GeneratedTypes types) {
    List<Property> properties = new ArrayList<>();
    properties.add(code(types));
    properties.addAll(texts());
    properties.add(standard());
    return properties;
  }

  /** Every property but the {@linkplain #texts() texts}, in the same order. */
  static List<Property> withoutTexts(CodeSet codeSet, GeneratedTypes types) {
    List<Property> properties = new ArrayList<>();
    properties.add(code(types));
    properties.add(standard());
    properties.addAll(related(codeSet, types));
    return properties;
  }

  /**
   * The texts: message, description, variants, solutions and references, which come right after the
   * code. A class-shaped set reads them from a resource rather than holding them in fields.
   */
  static List<Property> texts() {
    return List.of(
        Property.of(STRING, "message", "The short, official text.", "the message"),
        Property.of(
            STRING,
            "description",
            "A longer explanation.",
            "the explanation, or an empty string when the spec gives none"),
        Property.of(
            STRING_LIST,
            "variants",
            "Other texts sent with this code.",
            "an unmodifiable list, possibly empty"),
        Property.of(
            STRING_LIST,
            "solutions",
            "Possible solutions, most useful first.",
            "an unmodifiable list, possibly empty"),
        Property.of(
            STRING_LIST,
            "references",
            "The documents that define this code.",
            "an unmodifiable list, possibly empty"));
  }

  private static Property code(GeneratedTypes types) {
    return types.key().strings()
        ? Property.of(types.key().type(), "code", "The code, as sent on the wire.", "the code")
        : Property.of(TypeName.INT, "code", "The number, as sent on the wire.", "the number");
  }

  private static Property standard() {
    return Property.withAccessor(
        TypeName.BOOLEAN,
        "standard",
        "isStandard",
        "Whether a standard defines this code, rather than common use alone.",
        "{@code true} for a standard code");
  }

  /**
   * The objects of the set's other types that a constant refers to: its aliases, series and group
   * when the set has them, and its outcome. An enum keeps them out of its constants, so that
   * creating the constants loads none of those types.
   */
  static List<Property> related(CodeSet codeSet, GeneratedTypes types) {
    List<Property> properties = new ArrayList<>();
    if (codeSet.hasAliases()) {
      properties.add(
          Property.of(
              ParameterizedTypeName.get(ClassName.get(List.class), types.alias()),
              "aliases",
              "Other named meanings of this code, from other documents.",
              "an unmodifiable list, possibly empty"));
    }
    if (codeSet.hasCodesOutsideSeries()) {
      properties.add(
          Property.optional(
              types.series(),
              "series",
              "The series this code falls in, if any.",
              "the series, or empty for a code outside every series"));
    } else if (codeSet.hasSeries()) {
      properties.add(
          Property.of(types.series(), "series", "The series this code falls in.", "the series"));
    }
    if (codeSet.hasGroups()) {
      properties.add(
          Property.of(
              types.group(),
              "group",
              "The group whose digit pattern this code matches.",
              "the group"));
    }
    properties.add(
        Property.of(
            types.outcome(),
            "outcome",
            "What this code says about the request it answers.",
            "the outcome"));
    return properties;
  }
}
