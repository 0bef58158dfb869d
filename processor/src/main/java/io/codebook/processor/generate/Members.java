package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Members that generated types share: properties set by the constructor, and lookups by number. */
final class Members {
  private final TypeSpec.Builder type;
  private final ClassName self;
  private final MethodSpec.Builder constructor =
      MethodSpec.constructorBuilder().addJavadoc("Creates a constant from the spec's values.\n\n");

  Members(TypeSpec.Builder type, ClassName self) {
    this.type = type;
    this.self = self;
  }

  /** A private final field set by the constructor, and its public accessor of the same name. */
  Members property(TypeName fieldType, String name, String summary, String returns) {
    return property(fieldType, name, name, summary, returns);
  }

  /** A private final field set by the constructor, and its public accessor, such as {@code isStandard()}. */
  Members property(TypeName fieldType, String name, String accessor, String summary, String returns) {
    type.addField(
        FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.FINAL).addJavadoc("$L\n", summary).build());
    constructor
        .addParameter(fieldType, name)
        .addJavadoc("@param $N $L\n", name, returns)
        .addStatement("this.$N = $N", name, name);
    type.addMethod(
        MethodSpec.methodBuilder(accessor)
            .addModifiers(Modifier.PUBLIC)
            .returns(fieldType)
            .addJavadoc("$L\n\n@return $L\n", summary, returns)
            .addStatement("return $N", name)
            .build());
    return this;
  }

  /** A private final field set by the constructor, without an accessor. */
  Members hiddenProperty(TypeName fieldType, String name, String summary) {
    type.addField(
        FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.FINAL).addJavadoc("$L\n", summary).build());
    constructor
        .addParameter(fieldType, name)
        .addJavadoc("@param $N $L\n", name, summary.toLowerCase(java.util.Locale.ROOT))
        .addStatement("this.$N = $N", name, name);
    return this;
  }

  /**
   * Adds the constructor, with one {@code Optional} per constant made up front so that
   * {@code lookup} never allocates.
   */
  void finishConstructor() {
    finishConstructor(true);
  }

  /** Adds the constructor; {@code withOptional} adds the per-constant {@code Optional} of enums. */
  void finishConstructor(boolean withOptional, Modifier... modifiers) {
    constructor.addModifiers(modifiers);
    if (!withOptional) {
      type.addMethod(constructor.build());
      return;
    }
    type.addField(
        FieldSpec.builder(optionalOfSelf(), "asOptional", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("This constant in an {@code Optional}, made once so that {@code lookup} never allocates.\n")
            .build());
    constructor.addStatement("this.asOptional = $T.of(this)", Optional.class);
    type.addMethod(constructor.build());
  }

  /**
   * Adds {@code lookup(int)} and {@code of(int)}, both built on {@code finder}, an expression of
   * {@code code} that yields the constant or {@code null}.
   */
  void lookups(CodeBlock finder, String lookupDoc, String ofDoc, String unknownPrefix, String unknownSuffix) {
    type.addMethod(
        MethodSpec.methodBuilder("lookup")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalOfSelf())
            .addParameter(TypeName.INT, "code")
            .addJavadoc("$L", lookupDoc)
            .addStatement("$T found = $L", self, finder)
            .addStatement("return found == null ? $T.empty() : found.asOptional", Optional.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(TypeName.INT, "code")
            .addJavadoc("$L", ofDoc)
            .addStatement("$T found = $L", self, finder)
            .beginControlFlow("if (found == null)")
            .addStatement(
                "throw new $T($L + code + $L)",
                IllegalArgumentException.class,
                JavaLiterals.expression(unknownPrefix),
                JavaLiterals.expression(unknownSuffix))
            .endControlFlow()
            .addStatement("return found")
            .build());
  }

  /**
   * Adds the package-private {@code find(int)} behind {@code lookup} and {@code of}: the constant of
   * the first condition that holds, in order, or {@code null}.
   */
  void finder(String what, Map<String, CodeBlock> conditionByConstant) {
    MethodSpec.Builder find =
        MethodSpec.methodBuilder("find")
            .addModifiers(Modifier.STATIC)
            .returns(self)
            .addParameter(TypeName.INT, "code")
            .addJavadoc("The $L holding a number, or {@code null}.\n\n@param code any number\n@return the $L, or {@code null}\n", what, what);
    conditionByConstant.forEach(
        (constant, condition) -> find.beginControlFlow("if ($L)", condition).addStatement("return $N", constant).endControlFlow());
    type.addMethod(find.addStatement("return null").build());
  }

  /** {@code toString()} returning the name, as an enum constant's does. */
  void nameAsToString() {
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The name, like an enum constant's.\n\n@return the name\n")
            .addStatement("return name")
            .build());
  }

  private TypeName optionalOfSelf() {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), self);
  }
}
