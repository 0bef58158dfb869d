package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * What a class-shaped set adds so that it reads like an enum: {@code name()} and {@code ordinal()},
 * {@code values()}, {@code valueOf}, {@code compareTo} and {@code toString()}. An enum gets all of
 * this from the language.
 */
final class EnumLikeApi {
  private EnumLikeApi() {}

  /** The properties before the code's own: the name and the ordinal. */
  static List<Property> properties() {
    return List.of(
        Property.of(
            ClassName.get(String.class),
            "name",
            "The constant's name, as an enum constant's {@code name()}.",
            "the name"),
        Property.of(
            TypeName.INT,
            "ordinal",
            "The constant's position in code order, from 0.",
            "the position"));
  }

  /** {@code part()}, package-private: only the handler's dispatch needs it. */
  static MethodSpec partAccessor() {
    return MethodSpec.methodBuilder("part")
        .returns(TypeName.INT)
        .addJavadoc(
            "The part that declares this constant, for the handler's dispatch.\n\n@return the part's number\n")
        .addStatement("return part")
        .build();
  }

  /**
   * {@code values()}, {@code valueOf}, {@code compareTo}, {@code toString()} and their holder
   * {@code All}.
   */
  static void addTo(TypeSpec.Builder type, GeneratedTypes types, Layout layout) {
    ClassName self = types.codes();
    ClassName all = self.nestedClass("All");
    type.addType(allHolder(all, types, layout));
    type.addMethod(
        MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc(
                "Every constant in code order, like an enum's {@code values()}.\n\n@return a new array\n")
            .addStatement("return $T.VALUES.clone()", all)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("valueOf")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "name")
            .addJavadoc(
                "The constant with a name, like an enum's {@code valueOf(String)}.\n\n@param name a constant's name\n"
                    + "@return the constant\n@throws IllegalArgumentException if no constant has that name\n")
            .addStatement("$T found = $T.BY_NAME.get(name)", self, all)
            .beginControlFlow("if (found == null)")
            .addStatement(
                "throw new $T($S + name)", IllegalArgumentException.class, "No constant named ")
            .endControlFlow()
            .addStatement("return found")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("compareTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addParameter(self, "other")
            .addJavadoc(
                "Orders constants by code, like enum constants by ordinal.\n\n@param other another constant\n@return the comparison of the ordinals\n")
            .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
            .build());
    type.addMethod(NameAsToString.method());
  }

  /** Every constant, gathered from the parts on first use rather than when the class loads. */
  private static TypeSpec allHolder(ClassName all, GeneratedTypes types, Layout layout) {
    ClassName self = types.codes();
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(all)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every constant, gathered from the parts on first use.\n")
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addJavadoc("Not instantiable.\n")
                    .build());
    CodeBlock.Builder parts = CodeBlock.builder();
    for (Layout.Part part : layout.parts()) {
      parts.add(
          part.number() == 0 ? "$T.constants()" : ", $T.constants()",
          types.valuesPart(part.number()));
    }
    ParameterizedTypeName byName =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
    holder.addField(
        FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constants in code order.\n")
            .initializer("concat($L)", parts.build())
            .build());
    holder.addField(
        FieldSpec.builder(byName, "BY_NAME", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constants by name, for {@code valueOf}.\n")
            .initializer("byName()")
            .build());
    holder.addMethod(
        MethodSpec.methodBuilder("concat")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addParameter(ArrayTypeName.of(ArrayTypeName.of(self)), "parts")
            .varargs()
            .addJavadoc(
                "Joins the parts' constants.\n\n@param parts each part's constants\n@return all of them, in order\n")
            .addStatement("int total = 0")
            .beginControlFlow("for ($T[] part : parts)", self)
            .addStatement("total += part.length")
            .endControlFlow()
            .addStatement("$T[] all = new $T[total]", self, self)
            .addStatement("int next = 0")
            .beginControlFlow("for ($T[] part : parts)", self)
            .addStatement("$T.arraycopy(part, 0, all, next, part.length)", System.class)
            .addStatement("next += part.length")
            .endControlFlow()
            .addStatement("return all")
            .build());
    holder.addMethod(
        MethodSpec.methodBuilder("byName")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(byName)
            .addJavadoc("Indexes the constants by name.\n\n@return a map from name to constant\n")
            .addStatement("$T map = new $T<>(VALUES.length * 2)", byName, HashMap.class)
            .beginControlFlow("for ($T value : VALUES)", self)
            .addStatement("map.put(value.name, value)")
            .endControlFlow()
            .addStatement("return map")
            .build());
    return holder.build();
  }
}
