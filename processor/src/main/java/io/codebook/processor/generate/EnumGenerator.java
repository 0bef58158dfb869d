package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates the enum named after the code set: one constant per code, with lookup by number. Its
 * members are also used by {@link LargeSetGenerator}, which gives sets too large for an enum the
 * same API on a class.
 */
final class EnumGenerator {
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  private EnumGenerator() {}

  static JavaFile generate(CodeSet codeSet, GeneratedTypes types, GenerationOptions options) {
    ClassName self = types.codes();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC);
    type.addJavadoc("$L", typeDoc(codeSet, types));
    Annotations.markGenerated(type, codeSet, options);
    for (Code code : codeSet.codes()) {
      type.addEnumConstant(
          code.name(),
          TypeSpec.anonymousClassBuilder("$L", constructorArguments(code, codeSet, types))
              .addJavadoc("$L", CodeDocs.of(code, codeSet).build())
              .build());
    }
    for (Code code : codeSet.codes()) {
      for (Alias alias : code.aliases()) {
        type.addField(aliasField(alias, code, self));
      }
    }
    Members members = new Members(type, self);
    addProperties(codeSet, types, members);
    members.finishConstructor();
    addLookups(type, codeSet, types, members);
    addPredicates(type, types);
    addNestedTypes(type, codeSet, types);
    return Annotations.javaFile(types.codes(), type.build(), codeSet);
  }

  /** {@code public static final X ALIAS = PRIMARY;}, with the alias's own documentation. */
  static FieldSpec aliasField(Alias alias, Code code, ClassName self) {
    return FieldSpec.builder(self, alias.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", CodeDocs.of(alias, code).build())
        .initializer("$N", code.name())
        .build();
  }

  /** The nested types: series, groups and aliases when the spec has them, the outcome, the index. */
  static void addNestedTypes(TypeSpec.Builder type, CodeSet codeSet, GeneratedTypes types) {
    if (codeSet.hasSeries()) {
      type.addType(SeriesGenerator.generate(codeSet, types));
    }
    if (codeSet.hasGroups()) {
      type.addType(GroupGenerator.generate(codeSet, types));
    }
    if (codeSet.hasContexts()) {
      type.addType(ContextGenerator.generate(codeSet, types));
    }
    if (hasAliases(codeSet)) {
      type.addType(AliasGenerator.generate(types));
    }
    type.addType(OutcomeGenerator.generate(codeSet, types));
    type.addType(IndexGenerator.generate(codeSet, types));
  }

  static String typeDoc(CodeSet codeSet, GeneratedTypes types) {
    Javadoc doc = new Javadoc().textParagraph(codeSet.title()).textParagraph(codeSet.description());
    doc.references(codeSet.references());
    doc.paragraph(
        "Find a constant by number with {@link #lookup(int)} or {@link #of(int)}. Use {@link "
            + types.constants().simpleName()
            + "} for {@code case} labels on raw ints, and {@link "
            + types.handler().simpleName()
            + "} to route any number, listed or not.");
    doc.paragraph(Annotations.provenance(codeSet));
    return doc.build();
  }

  /** One argument per line, as a careful hand would wrap a long constructor call. */
  static CodeBlock constructorArguments(Code code, CodeSet codeSet, GeneratedTypes types) {
    return constructorArguments(List.of(), code, codeSet, types);
  }

  /** The constructor arguments, after {@code leading} ones that only the class shape has. */
  static CodeBlock constructorArguments(List<CodeBlock> leading, Code code, CodeSet codeSet, GeneratedTypes types) {
    List<CodeBlock> args = new ArrayList<>(leading);
    args.add(CodeBlock.of("$L", code.code()));
    args.add(CodeBlock.of("$L", JavaLiterals.expression(code.message())));
    args.add(CodeBlock.of("$L", JavaLiterals.expression(code.description())));
    args.add(JavaLiterals.listOf(code.variants()));
    args.add(JavaLiterals.listOf(code.solutions()));
    args.add(JavaLiterals.listOf(code.references()));
    args.add(CodeBlock.of("$L", code.standard()));
    if (hasAliases(codeSet)) {
      args.add(AliasGenerator.listOf(code, types));
    }
    if (codeSet.hasSeries()) {
      args.add(CodeBlock.of("$T.$N", types.series(), code.series().orElseThrow().name()));
    }
    if (codeSet.hasGroups()) {
      args.add(CodeBlock.of("$T.$N", types.group(), code.group().orElseThrow().name()));
    }
    args.add(CodeBlock.of("$T.$N", types.outcome(), code.outcome().name()));
    return CodeBlock.builder().add("$>$>\n").add(CodeBlock.join(args, ",\n")).add("$<$<").build();
  }

  /** Sets without aliases get no {@code Alias} type and no {@code aliases()}, rather than empty ones. */
  static boolean hasAliases(CodeSet codeSet) {
    return codeSet.codes().stream().anyMatch(code -> !code.aliases().isEmpty());
  }

  /** The properties every code has, as fields set by the constructor with public accessors. */
  static void addProperties(CodeSet codeSet, GeneratedTypes types, Members members) {
    members
        .property(TypeName.INT, "code", "The number, as sent on the wire.", "the number")
        .property(ClassName.get(String.class), "message", "The short, official text.", "the message")
        .property(ClassName.get(String.class), "description", "A longer explanation.", "the explanation, or an empty string when the spec gives none")
        .property(STRING_LIST, "variants", "Other texts sent with this code.", "an unmodifiable list, possibly empty")
        .property(STRING_LIST, "solutions", "Possible solutions, most useful first.", "an unmodifiable list, possibly empty")
        .property(STRING_LIST, "references", "The documents that define this code.", "an unmodifiable list, possibly empty")
        .property(TypeName.BOOLEAN, "standard", "isStandard", "Whether a standard defines this code, rather than common use alone.", "{@code true} for a standard code");
    if (hasAliases(codeSet)) {
      members.property(
          ParameterizedTypeName.get(ClassName.get(List.class), types.alias()),
          "aliases",
          "Other named meanings of this code, from other documents.",
          "an unmodifiable list, possibly empty");
    }
    if (codeSet.hasSeries()) {
      members.property(types.series(), "series", "The series this code falls in.", "the series");
    }
    if (codeSet.hasGroups()) {
      members.property(types.group(), "group", "The group whose digit pattern this code matches.", "the group");
    }
    members.property(types.outcome(), "outcome", "What this code says about the request it answers.", "the outcome");
  }

  /** {@code lookup(int)}, {@code of(int)} and {@code isKnown(int)}, all through the index. */
  static void addLookups(TypeSpec.Builder type, CodeSet codeSet, GeneratedTypes types, Members members) {
    members.lookups(
        CodeBlock.of("$T.find(code)", types.index()),
        "Finds the constant for a number, in constant time and without allocating.\n\n"
            + "@param code any number\n@return the constant, or empty if the number is not listed\n",
        "Returns the constant for a listed number.\n\n@param code a listed number\n@return the constant\n"
            + "@throws IllegalArgumentException if the number is not listed\n",
        "Unknown code ",
        " in " + codeSet.name() + " (" + codeSet.title() + ")");
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "code")
            .addJavadoc("Whether a number is listed.\n\n@param code any number\n@return {@code true} if {@link #of(int)} would succeed\n")
            .addStatement("return $T.find(code) != null", types.index())
            .build());
  }

  static void addPredicates(TypeSpec.Builder type, GeneratedTypes types) {
    type.addMethod(predicate("isSuccess", "the request was carried out", CodeBlock.of("outcome == $T.SUCCESS", types.outcome())));
    type.addMethod(predicate("isPending", "the request is under way or needs more input", CodeBlock.of("outcome == $T.PENDING", types.outcome())));
    type.addMethod(predicate("isTransient", "the request failed but may succeed if repeated later", CodeBlock.of("outcome == $T.TRANSIENT", types.outcome())));
    type.addMethod(predicate("isPermanent", "the request failed and will fail again if repeated unchanged", CodeBlock.of("outcome == $T.PERMANENT", types.outcome())));
    type.addMethod(predicate("isError", "the request failed, transiently or permanently", CodeBlock.of("outcome.isError()")));
  }

  private static MethodSpec predicate(String name, String meaning, CodeBlock condition) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addJavadoc("Whether $L.\n\n@return {@code true} if $L\n", meaning, meaning)
        .addStatement("return $L", condition)
        .build();
  }
}
