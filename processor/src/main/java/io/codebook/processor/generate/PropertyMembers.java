package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Adds properties to a generated type in one step: the fields, the one constructor that sets them
 * all, and the accessors. One call per type, so no property can come after the constructor.
 */
final class PropertyMembers {
  /** The first paragraph of a constructor that takes every property. */
  private static final String SPEC_VALUES = "Creates a constant from the spec's values.\n\n";

  private PropertyMembers() {}

  /** The fields, constructor and accessors of {@code properties}, in their order. */
  static void add(TypeSpec.Builder type, List<Property> properties) {
    add(type, properties, SPEC_VALUES);
  }

  /** As {@link #add(TypeSpec.Builder, List)}, with the constructor's own first paragraph. */
  static void add(TypeSpec.Builder type, List<Property> properties, String constructorDoc) {
    type.addMethod(addFieldsAndAccessors(type, properties, constructorDoc).build());
  }

  /**
   * As {@link #add}, and each constant also holds itself in an {@code Optional}, made once by the
   * constructor so that {@code lookup} never allocates.
   */
  static void addCachingOptional(TypeSpec.Builder type, ClassName self, List<Property> properties) {
    MethodSpec.Builder constructor = addFieldsAndAccessors(type, properties, SPEC_VALUES);
    type.addField(
        FieldSpec.builder(optionalOf(self), "asOptional", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "This constant in an {@code Optional}, made once so that {@code lookup} never allocates.\n")
            .build());
    constructor.addStatement("this.asOptional = $T.of(this)", Optional.class);
    type.addMethod(constructor.build());
  }

  /**
   * As {@link #addCachingOptional}, but the constructor takes no arguments: it copies every field
   * from {@code row}, an expression of the constant's row. A parted enum's constants are created
   * this way, so that its static initializer does not grow with their data.
   */
  static void addCachingOptionalFromRow(
      TypeSpec.Builder type,
      ClassName self,
      List<Property> properties,
      ClassName rowType,
      CodeBlock row) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates a constant from its row.\n")
            .addStatement("$T row = $L", rowType, row);
    for (Property property : properties) {
      addField(type, property);
      constructor.addStatement("this.$N = row.$N", property.name(), property.name());
      property.accessor().ifPresent(accessor -> type.addMethod(accessor(property, accessor)));
    }
    type.addField(
        FieldSpec.builder(optionalOf(self), "asOptional", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "This constant in an {@code Optional}, made once so that {@code lookup} never allocates.\n")
            .build());
    constructor.addStatement("this.asOptional = $T.of(this)", Optional.class);
    type.addMethod(constructor.build());
  }

  /**
   * Accessors of properties the type holds elsewhere, without fields: each returns the expression
   * {@code value} gives for its property, such as {@code Texts.of(ordinal).message}.
   */
  static void addAccessorsOf(
      TypeSpec.Builder type, List<Property> properties, Function<Property, CodeBlock> value) {
    for (Property property : properties) {
      property
          .accessor()
          .ifPresent(
              accessor -> type.addMethod(accessor(property, accessor, value.apply(property))));
    }
  }

  /** {@code Optional<self>}, the type of {@code lookup}'s result. */
  static ParameterizedTypeName optionalOf(ClassName self) {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), self);
  }

  private static MethodSpec.Builder addFieldsAndAccessors(
      TypeSpec.Builder type, List<Property> properties, String constructorDoc) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addJavadoc(constructorDoc);
    for (Property property : properties) {
      addField(type, property);
      constructor
          .addParameter(property.type(), property.name())
          .addJavadoc(
              "@param $N $L\n",
              property.name(),
              property.mayBeAbsent()
                  ? "the " + property.name() + ", or {@code null} when there is none"
                  : property.returns())
          .addStatement("this.$N = $N", property.name(), property.name());
      property.accessor().ifPresent(accessor -> type.addMethod(accessor(property, accessor)));
    }
    return constructor;
  }

  private static void addField(TypeSpec.Builder type, Property property) {
    type.addField(
        FieldSpec.builder(property.type(), property.name(), Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "$L\n",
                property.summary()
                    + (property.mayBeAbsent() ? " {@code null} when there is none." : ""))
            .build());
  }

  private static MethodSpec accessor(Property property, String accessor) {
    return accessor(property, accessor, CodeBlock.of("$N", property.name()));
  }

  /** The accessor of {@code property}, whose value is {@code value}. */
  private static MethodSpec accessor(Property property, String accessor, CodeBlock value) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(accessor)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L\n\n@return $L\n", property.summary(), property.returns());
    if (property.mayBeAbsent()) {
      method.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), property.type()));
      if (!value.equals(CodeBlock.of("$N", property.name()))) {
        // Read a value held elsewhere once, into a local of the property's name.
        method.addStatement("$T $N = $L", property.type(), property.name(), value);
      }
      return method
          .addStatement(
              "return $N == null ? $T.empty() : $N.asOptional",
              property.name(),
              Optional.class,
              property.name())
          .build();
    }
    return method.returns(property.type()).addStatement("return $L", value).build();
  }
}
