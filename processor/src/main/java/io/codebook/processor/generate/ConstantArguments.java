package io.codebook.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Reference;
import io.codebook.processor.text.JavaLiterals;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one code's properties as Java expressions: a constant's constructor arguments, in
 * the order of the {@link CodeProperties} list given, one per line as a careful hand would wrap a
 * long constructor call.
 */
final class ConstantArguments {
  private ConstantArguments() {}

  /** The arguments of a constant that holds {@code properties}. */
  static CodeBlock of(List<Property> properties, Code code, CodeSet codeSet, GeneratedTypes types) {
    return of(List.of(), properties, code, codeSet, types);
  }

  /**
   * The arguments, after {@code leading} ones that only a parted enum's rows have (the part). The
   * class shape reads its constants' values from a resource instead ({@link AllConstants}).
   */
  static CodeBlock of(
      List<CodeBlock> leading,
      List<Property> properties,
      Code code,
      CodeSet codeSet,
      GeneratedTypes types) {
    List<CodeBlock> args = new ArrayList<>(leading);
    for (Property property : properties) {
      args.add(value(property, code, types));
    }
    return CodeBlock.builder().add("$>$>\n").add(CodeBlock.join(args, ",\n")).add("$<$<").build();
  }

  /** The value of one of {@link CodeProperties}' properties for a code. */
  static CodeBlock value(Property property, Code code, GeneratedTypes types) {
    return switch (property.name()) {
      case "code" -> types.key().literal(code);
      case "message" -> CodeBlock.of("$L", JavaLiterals.expression(code.message()));
      case "description" -> CodeBlock.of("$L", JavaLiterals.expression(code.description()));
      case "variants" -> JavaLiterals.listOf(code.variants());
      case "solutions" -> JavaLiterals.listOf(code.solutions());
      case "references" -> references(code.references());
      case "standard" -> CodeBlock.of("$L", code.standard());
      case "aliases" -> aliases(code, types);
      // A code outside every series holds null; its accessor returns Optional.empty().
      case "series" ->
          code.series()
              .map(series -> CodeBlock.of("$T.$N", types.series(), series.name()))
              .orElse(CodeBlock.of("null"));
      case "group" -> CodeBlock.of("$T.$N", types.group(), code.group().orElseThrow().name());
      case "outcome" -> CodeBlock.of("$T.$N", types.outcome(), code.outcome().name());
      default -> throw new IllegalArgumentException("No value for property " + property.name());
    };
  }

  /**
   * {@code List.of(...)} of the references exactly as the spec writes them, the generated API's
   * view.
   */
  static CodeBlock references(List<Reference> references) {
    return JavaLiterals.listOf(referenceTexts(references));
  }

  /** The references exactly as the spec writes them, as {@code references()} returns them. */
  static List<String> referenceTexts(List<Reference> references) {
    return references.stream().map(Reference::text).toList();
  }

  /** The expression that builds a code's list of aliases, in spec order. */
  private static CodeBlock aliases(Code code, GeneratedTypes types) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < code.aliases().size(); i++) {
      Alias alias = code.aliases().get(i);
      list.add(i == 0 ? "" : ", ")
          .add(
              "new $T($L, $L, $L, $L, $L, $L)",
              types.alias(),
              JavaLiterals.literal(alias.name()),
              types.key().literal(code),
              JavaLiterals.expression(alias.message()),
              JavaLiterals.expression(alias.description()),
              alias.standard(),
              references(alias.references()));
    }
    return list.add(")").build();
  }
}
