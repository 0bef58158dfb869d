package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
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
import io.codebook.processor.model.Series;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates a code set too large for an enum (see {@link SetShape}). {@code X} becomes a final
 * class with the enum's API ({@code name()}, {@code ordinal()}, {@code values()},
 * {@code valueOf(String)}, {@code compareTo}) plus everything the enum shape has. Its constants,
 * the int constants and the handler methods are spread over the nested interfaces of
 * {@code XParts}, each with its own initializer and constant pool, and reach users by inheritance:
 * {@code X.NAME}, {@code XCodes.NAME} and {@code XHandler.onName} work as in the enum shape.
 */
final class LargeSetGenerator {
  private LargeSetGenerator() {}

  static List<JavaFile> generate(CodeSet codeSet, GeneratedTypes types, GenerationOptions options, SetShape shape) {
    return List.of(
        codeType(codeSet, types, options, shape),
        constants(codeSet, types, options, shape),
        handler(codeSet, types, options, shape),
        parts(codeSet, types, options, shape));
  }

  private static ClassName values(GeneratedTypes types, int part) {
    return types.parts().nestedClass("Values" + part);
  }

  private static ClassName codes(GeneratedTypes types, int part) {
    return types.parts().nestedClass("Codes" + part);
  }

  private static ClassName handler(GeneratedTypes types, int part) {
    return types.parts().nestedClass("Handler" + part);
  }

  private static ClassName handlerBase(GeneratedTypes types) {
    return types.parts().nestedClass("HandlerBase");
  }

  private static JavaFile codeType(CodeSet codeSet, GeneratedTypes types, GenerationOptions options, SetShape shape) {
    ClassName self = types.codes();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self));
    for (int part = 0; part < shape.parts().size(); part++) {
      type.addSuperinterface(values(types, part));
    }
    Javadoc doc = new Javadoc().paragraph(EnumGenerator.typeDoc(codeSet, types));
    doc.paragraph(
        "With " + codeSet.codes().size() + " codes this set is too large for a Java enum, so it is a class with the "
            + "same methods; its constants are declared in the interfaces of {@link " + types.parts().simpleName()
            + "}, one part at a time.");
    type.addJavadoc("$L", doc.build());
    Annotations.markGenerated(type, codeSet, options);
    Members members = new Members(type, self);
    members
        .property(ClassName.get(String.class), "name", "The constant's name, as an enum constant's {@code name()}.", "the name")
        .property(TypeName.INT, "ordinal", "The constant's position in code order, from 0.", "the position")
        .hiddenProperty(TypeName.INT, "part", "The part of " + types.parts().simpleName() + " that declares the constant.");
    EnumGenerator.addProperties(codeSet, types, members);
    members.finishConstructor();
    type.addMethod(
        MethodSpec.methodBuilder("part")
            .returns(TypeName.INT)
            .addJavadoc("The part that declares this constant, for the handler's dispatch.\n\n@return the part's number\n")
            .addStatement("return part")
            .build());
    EnumGenerator.addLookups(type, codeSet, types, members);
    EnumGenerator.addPredicates(type, types);
    addEnumLikeMethods(type, types, shape);
    members.nameAsToString();
    EnumGenerator.addNestedTypes(type, codeSet, types);
    return Annotations.javaFile(self, type.build(), codeSet);
  }

  private static void addEnumLikeMethods(TypeSpec.Builder type, GeneratedTypes types, SetShape shape) {
    ClassName self = types.codes();
    ClassName all = self.nestedClass("All");
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(all)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every constant, gathered from the parts on first use.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addJavadoc("Not instantiable.\n").build());
    CodeBlock.Builder parts = CodeBlock.builder();
    for (int part = 0; part < shape.parts().size(); part++) {
      parts.add(part == 0 ? "$T.constants()" : ", $T.constants()", values(types, part));
    }
    ParameterizedTypeName byName = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
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
            .addJavadoc("Joins the parts' constants.\n\n@param parts each part's constants\n@return all of them, in order\n")
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
    type.addType(holder.build());
    type.addMethod(
        MethodSpec.methodBuilder("values")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("Every constant in code order, like an enum's {@code values()}.\n\n@return a new array\n")
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
            .addStatement("throw new $T($S + name)", IllegalArgumentException.class, "No constant named ")
            .endControlFlow()
            .addStatement("return found")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("compareTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addParameter(self, "other")
            .addJavadoc("Orders constants by code, like enum constants by ordinal.\n\n@param other another constant\n@return the comparison of the ordinals\n")
            .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
            .build());
  }

  private static JavaFile constants(CodeSet codeSet, GeneratedTypes types, GenerationOptions options, SetShape shape) {
    TypeSpec.Builder type = ConstantsGenerator.start(codeSet, types, options);
    for (int part = 0; part < shape.parts().size(); part++) {
      type.addSuperinterface(codes(types, part));
    }
    return Annotations.javaFile(types.constants(), type.build(), codeSet);
  }

  private static JavaFile handler(CodeSet codeSet, GeneratedTypes types, GenerationOptions options, SetShape shape) {
    TypeName self = ParameterizedTypeName.get(types.handler(), HandlerGenerator.R);
    TypeSpec.Builder type = HandlerGenerator.start(codeSet, types, options);
    for (int part = 0; part < shape.parts().size(); part++) {
      type.addSuperinterface(ParameterizedTypeName.get(handler(types, part), HandlerGenerator.R));
    }
    MethodSpec.Builder dispatch = HandlerGenerator.dispatchByNumber(self);
    dispatch.addStatement("$T<$T> found = $T.lookup(code)", Optional.class, types.codes(), types.codes())
        .beginControlFlow("if (found.isPresent())")
        .addStatement("$T constant = found.get()", types.codes())
        .beginControlFlow("switch (constant.part())");
    for (int part = 0; part < shape.parts().size(); part++) {
      dispatch.addCode("case $L:\n", part).addStatement("$>return $T.dispatch(constant, handler)$<", handler(types, part));
    }
    dispatch.addCode("default:\n").addStatement("$>break$<").endControlFlow().endControlFlow();
    type.addMethod(HandlerGenerator.finishWithSeries(dispatch, codeSet));
    type.addMethod(HandlerGenerator.dispatchConstant(types, self));
    return Annotations.javaFile(types.handler(), type.build(), codeSet);
  }

  private static JavaFile parts(CodeSet codeSet, GeneratedTypes types, GenerationOptions options, SetShape shape) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.parts())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The parts of {@link $T}, {@link $T} and {@link $T}, which are too large for one class file each. "
                    + "Use those types; these interfaces only hold their members.\n\n<p>$L\n",
                types.codes(),
                types.constants(),
                types.handler(),
                Annotations.provenance(codeSet))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addJavadoc("Not instantiable.\n").build());
    Annotations.markGenerated(type, codeSet, options);
    TypeSpec.Builder base =
        TypeSpec.interfaceBuilder(handlerBase(types))
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(HandlerGenerator.R)
            .addJavadoc("The series methods and {@code otherwise} of {@link $T}.\n\n@param <R> what every method returns\n", types.handler());
    for (Series series : codeSet.series()) {
      base.addMethod(HandlerGenerator.seriesMethod(series));
    }
    type.addType(base.addMethod(HandlerGenerator.otherwise()).build());
    int ordinal = 0;
    for (int part = 0; part < shape.parts().size(); part++) {
      List<Code> codes = shape.parts().get(part);
      type.addType(valuesPart(codeSet, types, part, codes, ordinal));
      type.addType(codesPart(types, part, codes));
      type.addType(handlerPart(types, part, codes, ordinal));
      ordinal += codes.size();
    }
    return Annotations.javaFile(types.parts(), type.build(), codeSet);
  }

  private static TypeSpec valuesPart(CodeSet codeSet, GeneratedTypes types, int part, List<Code> codes, int firstOrdinal) {
    ClassName self = types.codes();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(values(types, part))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Constants of {@link $T}, part $L: codes $L to $L.\n", self, part, codes.get(0).code(), codes.get(codes.size() - 1).code());
    CodeBlock.Builder array = CodeBlock.builder();
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      List<CodeBlock> leading = List.of(CodeBlock.of("$L", JavaLiterals.literal(code.name())), CodeBlock.of("$L", firstOrdinal + i), CodeBlock.of("$L", part));
      type.addField(
          FieldSpec.builder(self, code.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L", CodeDocs.of(code, codeSet).build())
              .initializer("new $T($L)", self, EnumGenerator.constructorArguments(leading, code, codeSet, types))
              .build());
      for (Alias alias : code.aliases()) {
        type.addField(EnumGenerator.aliasField(alias, code, self));
      }
      array.add(i == 0 ? "$N" : ", $N", code.name());
    }
    type.addMethod(
        MethodSpec.methodBuilder("constants")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc("This part's constants in code order.\n\n@return a new array\n")
            .addStatement("return new $T[] {$L}", self, array.build())
            .build());
    return type.build();
  }

  private static TypeSpec codesPart(GeneratedTypes types, int part, List<Code> codes) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(codes(types, part))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Int constants of {@link $T}, part $L.\n", types.constants(), part);
    for (Code code : codes) {
      ConstantsGenerator.fields(code, types).forEach(type::addField);
    }
    return type.build();
  }

  private static TypeSpec handlerPart(GeneratedTypes types, int part, List<Code> codes, int firstOrdinal) {
    ClassName partType = handler(types, part);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(partType)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(HandlerGenerator.R)
            .addSuperinterface(ParameterizedTypeName.get(handlerBase(types), HandlerGenerator.R))
            .addJavadoc("Methods of {@link $T}, part $L.\n\n@param <R> what every method returns\n", types.handler(), part);
    MethodSpec.Builder dispatch =
        MethodSpec.methodBuilder("dispatch")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(HandlerGenerator.R)
            .returns(HandlerGenerator.R)
            .addParameter(types.codes(), "code")
            .addParameter(ParameterizedTypeName.get(partType, HandlerGenerator.R), "handler")
            .addJavadoc(
                "Calls the handler's method for a constant of this part.\n\n@param code a constant of this part\n"
                    + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n")
            .beginControlFlow("switch (code.ordinal())");
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      type.addMethod(HandlerGenerator.codeMethod(code, types));
      dispatch.addCode("case $L:\n", firstOrdinal + i).addStatement("$>return handler.$N(code)$<", code.handlerMethod());
    }
    dispatch.addCode("default:\n").addStatement("$>return handler.otherwise(code.code())$<").endControlFlow();
    return type.addMethod(dispatch.build()).build();
  }
}
