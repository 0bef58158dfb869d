package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.text.Javadoc;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the type named after the code set, in the layout's shape: an enum with one constant per
 * code, or, for a set too large for an enum, a final class with the enum's API ({@code name()},
 * {@code ordinal()}, {@code values()}, {@code valueOf(String)}, {@code compareTo}) whose constants
 * are declared in the parts of {@code XParts} and inherited, so {@code X.NAME} reads the same. Both
 * shapes share the properties, lookups, predicates and nested types.
 */
final class TypeGenerator {
  private TypeGenerator() {}

  /**
   * The type's file.
   *
   * @param nested the nested types (series, groups, contexts, alias, outcome, index), in order
   * @param superinterfaces the user's interfaces for the type and its nested types
   * @return the enum or the enum-like class
   */
  static JavaFile generate(
      CodeSet codeSet,
      GeneratedTypes types,
      Layout layout,
      GenerationOptions options,
      List<TypeSpec> nested,
      Superinterfaces superinterfaces) {
    // JavaPoet writes members of a kind in the order they are added, so this order is the output's.
    TypeSpec.Builder type =
        layout.isClass() ? startClass(codeSet, types, layout) : startEnum(codeSet, types, layout);
    Provenance.markGenerated(type, codeSet, options);
    // The user's interfaces come after the ones the shape needs, as the user listed them.
    type.addSuperinterfaces(superinterfaces.ofType());
    // The types that hold the constants' data outside the constants: a parted enum's rows, a
    // class's texts, an enum's related objects.
    List<TypeSpec> dataHolders = List.of();
    if (layout.isClass()) {
      List<Property> properties = new ArrayList<>(EnumLikeApi.properties());
      properties.addAll(CodeProperties.withoutTexts(codeSet, types));
      PropertyMembers.addCachingOptional(type, types.codes(), properties);
      TextsGenerator.addAccessors(type, types);
      dataHolders =
          List.of(
              AllConstants.nested(codeSet, types),
              AllConstants.byName(types),
              TextsGenerator.nested(codeSet, types));
    } else if (layout.hasRows()) {
      addBareConstants(type, codeSet, types);
      List<Property> properties = new ArrayList<>();
      properties.add(
          Property.hidden(
              TypeName.INT,
              "part",
              "The part of "
                  + types.parts().simpleName()
                  + " that declares the constant's handler method."));
      properties.addAll(CodeProperties.of(codeSet, types));
      ClassName row = RowsGenerator.row(types);
      PropertyMembers.addCachingOptionalFromRow(
          type, types.codes(), properties, row, CodeBlock.of("$T.of(ordinal())", row));
      type.addMethod(EnumLikeApi.partAccessor());
      dataHolders = RowsGenerator.generate(codeSet, types, layout, properties);
    } else {
      List<Property> properties = CodeProperties.withoutRelated(types);
      addConstants(type, codeSet, types, properties);
      PropertyMembers.addCachingOptional(type, types.codes(), properties);
      RelatedGenerator.addAccessors(type, codeSet, types);
      dataHolders = List.of(RelatedGenerator.nested(codeSet, types));
    }
    IndexGenerator.addToType(type, types, layout);
    type.addMethods(lookups(codeSet, types, layout));
    type.addMethods(Predicates.of(types));
    type.addMethods(TranslationsGenerator.methods(codeSet, types));
    if (layout.isClass()) {
      EnumLikeApi.addTo(type, types);
      type.addMethod(AllConstants.constantMethod(types));
    }
    type.addTypes(superinterfaces.addToNested(nested));
    type.addTypes(dataHolders);
    return Provenance.javaFile(types.codes(), type.build(), codeSet);
  }

  private static TypeSpec.Builder startEnum(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(types.codes()).addModifiers(Modifier.PUBLIC);
    if (!layout.hasRows()) {
      return type.addJavadoc("$L", typeDoc(codeSet, types));
    }
    Javadoc doc = new Javadoc().paragraph(typeDoc(codeSet, types));
    doc.paragraph(
        "With "
            + codeSet.codes().size()
            + " codes, each constant's data is created a part at a time by nested holder "
            + "classes, so that the enum's own static initializer only creates the constants.");
    return type.addJavadoc("$L", doc.build());
  }

  private static TypeSpec.Builder startClass(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    ClassName self = types.codes();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self));
    for (Layout.Part part : layout.parts()) {
      type.addSuperinterface(types.valuesPart(part.number()));
    }
    Javadoc doc = new Javadoc().paragraph(typeDoc(codeSet, types));
    doc.paragraph(
        "With "
            + codeSet.codes().size()
            + " codes this set is too large for a Java enum, so it is a class with the "
            + "same methods; its constants are declared in the interfaces of {@link "
            + types.parts().simpleName()
            + "}, one part at a time.");
    return type.addJavadoc("$L", doc.build());
  }

  private static String typeDoc(CodeSet codeSet, GeneratedTypes types) {
    Javadoc doc = new Javadoc().textParagraph(codeSet.title()).textParagraph(codeSet.description());
    doc.references(codeSet.references());
    CodeKey key = types.key();
    doc.paragraph(
        key.strings()
            ? "Find a constant by code with {@link #lookup(String)} or {@link #of(String)}. Use {@link "
                + types.constants().simpleName()
                + "} for {@code case} labels on raw strings, and {@link "
                + types.handler().simpleName()
                + "} to route any code, listed or not."
            : "Find a constant by number with {@link #lookup(int)} or {@link #of(int)}. Use {@link "
                + types.constants().simpleName()
                + "} for {@code case} labels on raw ints, and {@link "
                + types.handler().simpleName()
                + "} to route any number, listed or not.");
    doc.paragraph(Provenance.paragraph(codeSet));
    return doc.build();
  }

  /**
   * A parted enum's constants, without arguments, then the aliases as static fields naming them.
   */
  private static void addBareConstants(
      TypeSpec.Builder type, CodeSet codeSet, GeneratedTypes types) {
    for (Code code : codeSet.codes()) {
      type.addEnumConstant(
          code.name(),
          TypeSpec.anonymousClassBuilder("")
              .addJavadoc("$L", CodeDocs.of(code, codeSet).build())
              .build());
    }
    for (Code code : codeSet.codes()) {
      for (Alias alias : code.aliases()) {
        type.addField(AliasField.of(alias, code, types.codes()));
      }
    }
  }

  /**
   * An enum's constants, created from the values of {@code properties}, then the aliases as static
   * fields naming them.
   */
  private static void addConstants(
      TypeSpec.Builder type, CodeSet codeSet, GeneratedTypes types, List<Property> properties) {
    for (Code code : codeSet.codes()) {
      type.addEnumConstant(
          code.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L", ConstantArguments.of(properties, code, codeSet, types))
              .addJavadoc("$L", CodeDocs.of(code, codeSet).build())
              .build());
    }
    for (Code code : codeSet.codes()) {
      for (Alias alias : code.aliases()) {
        type.addField(AliasField.of(alias, code, types.codes()));
      }
    }
  }

  /** {@code lookup(int)}, {@code of(int)} and {@code isKnown(int)}, all through the index. */
  private static List<MethodSpec> lookups(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    CodeKey key = types.key();
    String noun = key.noun();
    List<MethodSpec> methods =
        new ArrayList<>(
            new NumberLookup(
                    types.codes(),
                    IndexGenerator.find(types, layout),
                    "Finds the constant for a "
                        + noun
                        + ", in constant time and without allocating.\n\n"
                        + "@param code any "
                        + noun
                        + "\n@return the constant, or empty if the "
                        + noun
                        + " is not listed\n",
                    "Returns the constant for a listed "
                        + noun
                        + ".\n\n@param code a listed "
                        + noun
                        + "\n@return the constant\n"
                        + "@throws IllegalArgumentException if the "
                        + noun
                        + " is not listed\n",
                    new NumberLookup.UnknownMessage(
                        "Unknown code ", " in " + codeSet.name() + " (" + codeSet.title() + ")"),
                    key.type(),
                    key.strings() ? null : IndexGenerator.lookup(types, layout),
                    key.strings()
                        ? IndexGenerator.find(types, layout)
                        : IndexGenerator.get(types, layout))
                .methods());
    methods.add(
        MethodSpec.methodBuilder("isKnown")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(key.type(), "code")
            .addJavadoc(
                "Whether a "
                    + noun
                    + " is listed.\n\n@param code any "
                    + noun
                    + "\n@return {@code true} if {@link #of("
                    + key.linkType()
                    + ")} would succeed\n")
            .addStatement("return $L != null", IndexGenerator.find(types, layout))
            .build());
    return methods;
  }
}
