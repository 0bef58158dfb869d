package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Context;
import io.codebook.processor.text.JavaLiterals;
import io.codebook.processor.text.Javadoc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Context} enum: situations in which only some codes may occur, such as
 * the replies RFC 959 allows to each FTP command, so that a program can notice a code that is out
 * of place with {@code allows(int)}.
 */
final class ContextGenerator {
  private ContextGenerator() {}

  static TypeSpec generate(CodeSet codeSet, GeneratedTypes types) {
    ClassName self = types.context();
    ClassName codes = types.codes();
    Map<Integer, Code> byNumber =
        codeSet.codes().stream().collect(Collectors.toMap(Code::code, Function.identity()));
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Situations in which only some codes may occur. {@link #allows(int)} tells whether a code fits "
                    + "one, so that a program can notice a code that is out of place.\n");
    for (Context context : codeSet.contexts()) {
      type.addEnumConstant(
          context.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L, new int[] {$L}",
                  JavaLiterals.expression(context.title()),
                  JavaLiterals.expression(context.description()),
                  ConstantArguments.references(context.references()),
                  context.allowed().stream().map(String::valueOf).collect(Collectors.joining(", ")))
              .addJavadoc("$L", constantDoc(context, byNumber, codes))
              .build());
    }
    PropertyMembers.add(
        type,
        List.of(
            Property.of(ClassName.get(String.class), "title", "The context's title.", "the title"),
            Property.of(
                ClassName.get(String.class),
                "description",
                "A longer explanation.",
                "the explanation, or an empty string"),
            Property.of(
                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
                "references",
                "Where the rule comes from.",
                "the references, possibly empty"),
            Property.hidden(
                ArrayTypeName.of(TypeName.INT),
                "allowed",
                "The codes allowed, sorted, for a binary search.")));
    type.addMethod(
        MethodSpec.methodBuilder("allows")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "Whether a code may occur in this context.\n\n@param code any number\n@return {@code true} if the code is one this context allows\n")
            .addStatement("return $T.binarySearch(allowed, code) >= 0", Arrays.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("allows")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(codes, "code")
            .addJavadoc(
                "Whether a code may occur in this context.\n\n@param code a code of the set\n@return {@code true} if the code is one this context allows\n")
            .addStatement("return allows(code.code())")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("allowed")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), codes))
            .addJavadoc(
                "The codes this context allows, in code order.\n\n@return a new unmodifiable list\n")
            .addStatement(
                "$T<$T> codes = new $T<>(allowed.length)", List.class, codes, ArrayList.class)
            .beginControlFlow("for (int code : allowed)")
            .addStatement("codes.add($T.of(code))", codes)
            .endControlFlow()
            .addStatement("return $T.unmodifiableList(codes)", Collections.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("lookup")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
            .addParameter(String.class, "name")
            .addJavadoc(
                "The context of a name, such as a command, exactly as the constant is named.\n\n"
                    + "@param name the name, such as {@code $L}\n@return the context, or empty if none has that name\n",
                codeSet.contexts().get(0).name())
            .beginControlFlow("for ($T context : values())", self)
            .beginControlFlow("if (context.name().equals(name))")
            .addStatement("return $T.of(context)", Optional.class)
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.empty()", Optional.class)
            .build());
    return type.build();
  }

  private static String constantDoc(Context context, Map<Integer, Code> byNumber, ClassName codes) {
    Javadoc doc = new Javadoc().textParagraph(context.title()).textParagraph(context.description());
    List<String> links = new ArrayList<>();
    for (int number : context.allowed()) {
      links.add(
          "{@link " + codes.simpleName() + "#" + byNumber.get(number).name() + " " + number + "}");
    }
    doc.paragraph("Allows " + String.join(", ", links) + ".");
    doc.references(context.references());
    return doc.build();
  }
}
