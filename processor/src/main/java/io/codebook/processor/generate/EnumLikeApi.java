package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
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
   * {@code values()}, {@code valueOf}, {@code compareTo} and {@code toString()}; the first two read
   * {@link AllConstants}' holders.
   */
  static void addTo(TypeSpec.Builder type, GeneratedTypes types) {
    ClassName self = types.codes();
    ClassName all = AllConstants.holder(types);
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
            .addStatement(
                "$T found = $T.CONSTANTS.get(name)", self, AllConstants.byNameHolder(types))
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
}
