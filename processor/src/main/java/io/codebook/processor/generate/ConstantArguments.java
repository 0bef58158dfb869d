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
 * The constructor arguments of one code constant, in {@link CodeProperties}' order, one per line as
 * a careful hand would wrap a long constructor call.
 */
final class ConstantArguments {
  private ConstantArguments() {}

  /** The arguments of an enum constant. */
  static CodeBlock of(Code code, CodeSet codeSet, GeneratedTypes types) {
    return of(List.of(), code, codeSet, types);
  }

  /**
   * The arguments, after {@code leading} ones that only the class shape has (name, ordinal, part).
   */
  static CodeBlock of(List<CodeBlock> leading, Code code, CodeSet codeSet, GeneratedTypes types) {
    return arguments(leading, code, codeSet, types, true);
  }

  /**
   * As {@link #of(List, Code, CodeSet, GeneratedTypes)} without the texts, which a class-shaped set
   * reads from its resource: the arguments of {@link CodeProperties#withoutTexts}.
   */
  static CodeBlock withoutTexts(
      List<CodeBlock> leading, Code code, CodeSet codeSet, GeneratedTypes types) {
    return arguments(leading, code, codeSet, types, false);
  }

  private static CodeBlock arguments(
      List<CodeBlock> leading, Code code, CodeSet codeSet, GeneratedTypes types, boolean texts) {
    List<CodeBlock> args = new ArrayList<>(leading);
    args.add(types.key().literal(code));
    if (texts) {
      args.add(CodeBlock.of("$L", JavaLiterals.expression(code.message())));
      args.add(CodeBlock.of("$L", JavaLiterals.expression(code.description())));
      args.add(JavaLiterals.listOf(code.variants()));
      args.add(JavaLiterals.listOf(code.solutions()));
      args.add(JavaLiterals.listOf(referenceTexts(code.references())));
    }
    args.add(CodeBlock.of("$L", code.standard()));
    if (codeSet.hasAliases()) {
      args.add(aliases(code, types));
    }
    if (codeSet.hasSeries()) {
      // A code outside every series holds null; its accessor returns Optional.empty().
      args.add(
          code.series()
              .map(series -> CodeBlock.of("$T.$N", types.series(), series.name()))
              .orElse(CodeBlock.of("null")));
    }
    if (codeSet.hasGroups()) {
      args.add(CodeBlock.of("$T.$N", types.group(), code.group().orElseThrow().name()));
    }
    args.add(CodeBlock.of("$T.$N", types.outcome(), code.outcome().name()));
    return CodeBlock.builder().add("$>$>\n").add(CodeBlock.join(args, ",\n")).add("$<$<").build();
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
