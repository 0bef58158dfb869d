package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Alias} class: another named meaning of a code, with its own text and
 * references, reachable at run time through {@code aliases()}.
 */
final class AliasGenerator {
  private AliasGenerator() {}

  static TypeSpec generate(GeneratedTypes types) {
    TypeName strings = ParameterizedTypeName.get(List.class, String.class);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.alias())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Another named meaning of a code, usually from another document. Looking the number up "
                    + "yields the code's own constant; the alias's name is also a static field of {@link $T} "
                    + "and an int constant of {@link $T}.\n",
                types.codes(),
                types.constants());
    PropertyMembers.add(
        type,
        List.of(
            Property.of(
                ClassName.get(String.class), "name", "The alias's constant name.", "the name"),
            Property.of(
                types.key().type(),
                "code",
                "The " + types.key().noun() + " this meaning belongs to.",
                "the " + types.key().noun()),
            Property.of(
                ClassName.get(String.class),
                "message",
                "The short text of this meaning.",
                "the message"),
            Property.of(
                ClassName.get(String.class),
                "description",
                "A longer explanation.",
                "the explanation, or an empty string"),
            Property.withAccessor(
                TypeName.BOOLEAN,
                "standard",
                "isStandard",
                "Whether a standard defines this meaning.",
                "{@code true} for a standard meaning"),
            Property.of(
                strings,
                "references",
                "The documents that define this meaning.",
                "an unmodifiable list, possibly empty")));
    type.addMethod(NameAsToString.method());
    type.addMethod(
        MethodSpec.methodBuilder("primary")
            .addModifiers(Modifier.PUBLIC)
            .returns(types.codes())
            .addJavadoc(
                "The constant this is another meaning of.\n\n@return the constant with the same number\n")
            .addStatement("return $T.of(code)", types.codes())
            .build());
    return type.build();
  }
}
