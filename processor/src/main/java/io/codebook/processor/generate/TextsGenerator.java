package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.text.TranslationTable;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The texts of a class-shaped set's constants (message, description, variants, solutions,
 * references), kept out of its class files: they are in a resource beside the class, {@code
 * X.texts}, which a nested {@code Texts} reads once, when a program first asks any constant for a
 * text. The constants are created without them ({@link AllConstants}), so the first {@code
 * values()} reads none, and a program that only routes codes never reads the texts.
 *
 * <p>The resource uses the translations' line format ({@link TranslationTable#line}): after a
 * comment line, one line per constant in code order, holding the message, the description, the
 * number of variants and the variants, the number of solutions and the solutions, then the
 * references. The reader reads it whole and cuts it into lines ({@link
 * ResourceReading#readEachLine}), and splits each with {@code All.fields}, which {@code All} shares
 * for its aliases' texts.
 */
final class TextsGenerator {
  private static final String TEXTS = "Texts";
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  private TextsGenerator() {}

  /** The text accessors of each constant, which read its {@code Texts}. */
  static void addAccessors(TypeSpec.Builder type, GeneratedTypes types) {
    PropertyMembers.addAccessorsOf(
        type,
        CodeProperties.texts(),
        property -> CodeBlock.of("$T.of(ordinal).$N", texts(types), property.name()));
  }

  /** The nested {@code Texts}: one constant's texts, and every constant's, read on first use. */
  static TypeSpec nested(CodeSet codeSet, GeneratedTypes types) {
    ClassName texts = texts(types);
    String resource = resourceName(codeSet);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(texts)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "One constant's texts. Every constant's are in the resource {@code $L} beside this"
                    + " class rather than in the class files, read the first time a program asks any"
                    + " constant for a text, once, by the JVM's initialization of this class.\n",
                resource)
            .addField(
                FieldSpec.builder(
                        ArrayTypeName.of(texts),
                        "ALL",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("Every constant's texts, by ordinal.\n")
                    .initializer("load()")
                    .build());
    PropertyMembers.add(
        type,
        CodeProperties.texts().stream()
            .map(p -> Property.hidden(p.type(), p.name(), p.summary()))
            .toList(),
        "Holds one constant's texts, as its line gives them.\n\n");
    return type.addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.STATIC)
                .returns(texts)
                .addParameter(TypeName.INT, "ordinal")
                .addJavadoc(
                    "The texts of a constant.\n\n@param ordinal the constant's ordinal\n@return its"
                        + " texts\n")
                .addStatement("return ALL[ordinal]")
                .build())
        .addMethod(load(codeSet, types, texts, resource))
        .addMethod(parse(texts))
        .build();
  }

  private static MethodSpec load(
      CodeSet codeSet, GeneratedTypes types, ClassName texts, String resource) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("load")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ArrayTypeName.of(texts))
            .addJavadoc(
                "Reads every constant's texts from the resource that the processor wrote beside"
                    + " this class.\n\n@return the texts by ordinal\n")
            .addStatement("$T[] all = new $T[$L]", texts, texts, codeSet.codes().size());
    return ResourceReading.readEachLine(
            method,
            texts,
            resource,
            "The texts of " + codeSet.name(),
            codeSet.codes().size(),
            ResourceReading.DECODED,
            // All is in use already, as every constant comes from it.
            CodeBlock.builder()
                .addStatement("all[ordinal] = parse($T.fields(line))", AllConstants.holder(types))
                .build())
        .addStatement("return all")
        .build();
  }

  /** The generated inverse of {@link #line}. */
  private static MethodSpec parse(ClassName texts) {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(texts)
        .addParameter(STRING_LIST, "fields")
        .addJavadoc(
            "One constant's texts from its line's fields: the message, the description, the"
                + " number of variants and the variants, the number of solutions and the solutions,"
                + " then the references.\n\n@param fields the line's fields\n@return the texts\n")
        .addStatement("int variantsEnd = 3 + $T.parseInt(fields.get(2))", Integer.class)
        .addStatement(
            "int solutionsEnd = variantsEnd + 1 + $T.parseInt(fields.get(variantsEnd))",
            Integer.class)
        .addStatement(
            "return new $T(\nfields.get(0),\nfields.get(1),\n$T.copyOf(fields.subList(3,"
                + " variantsEnd)),\n$T.copyOf(fields.subList(variantsEnd + 1, solutionsEnd)),\n"
                + "$T.copyOf(fields.subList(solutionsEnd, fields.size())))",
            texts,
            List.class,
            List.class,
            List.class)
        .build();
  }

  /** The resource's path in the class output. */
  static String path(CodeSet codeSet, GeneratedTypes types) {
    return TranslationsGenerator.besideType(types, resourceName(codeSet));
  }

  /** The resource's text. */
  static String text(CodeSet codeSet) {
    StringBuilder out = new StringBuilder();
    out.append("# The texts of ")
        .append(codeSet.name())
        .append(", generated by Codebook from ")
        .append(codeSet.specPath().replace('\n', ' '))
        .append(". Each line, in code order: message, description, the number of variants and")
        .append(" the variants, the number of solutions and the solutions, the references;")
        .append(" tab-separated, escaped.\n");
    for (Code code : codeSet.codes()) {
      out.append(line(code));
    }
    return out.toString();
  }

  /** One constant's line. */
  private static String line(Code code) {
    List<String> fields = new ArrayList<>();
    fields.add(code.message());
    fields.add(code.description());
    fields.add(Integer.toString(code.variants().size()));
    fields.addAll(code.variants());
    fields.add(Integer.toString(code.solutions().size()));
    fields.addAll(code.solutions());
    fields.addAll(ConstantArguments.referenceTexts(code.references()));
    return TranslationTable.line(fields);
  }

  private static ClassName texts(GeneratedTypes types) {
    return types.codes().nestedClass(TEXTS);
  }

  private static String resourceName(CodeSet codeSet) {
    return codeSet.name() + ".texts";
  }
}
