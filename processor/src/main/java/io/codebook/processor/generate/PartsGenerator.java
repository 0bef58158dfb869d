package io.codebook.processor.generate;

import static io.codebook.processor.generate.HandlerMethods.R;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Series;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XParts}: per part, the interfaces that declare its constants of {@code X} (for a
 * class-shaped set) and its int constants of {@code XCodes}, and for a parted enum its handler
 * methods. Each interface has its own constant pool, which is what lets a set exceed an enum's
 * limits; the generated types inherit from them. A class-shaped set's part constants are not
 * created by its initializer: each field reads its constant from {@link AllConstants}' holder,
 * which creates them all from a resource, so that {@code values()} initializes no part. A
 * class-shaped set's interfaces hold only constants and are written as text ({@link
 * ClassPartsText}); a parted enum's go through JavaPoet.
 */
final class PartsGenerator {
  private PartsGenerator() {}

  static SourceFile generate(
      CodeSet codeSet, GeneratedTypes types, Layout layout, GenerationOptions options) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.parts())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                layout.isClass()
                    ? CodeBlock.of(
                        "The parts of {@link $T} and {@link $T}, which are too large for one class file each. "
                            + "Use those types; these interfaces only hold their members.\n\n<p>$L\n",
                        types.codes(),
                        types.constants(),
                        Provenance.paragraph(codeSet))
                    : CodeBlock.of(
                        "The parts of {@link $T} and {@link $T}, which are too large for one class file each; {@link $T} "
                            + "is an enum. Use those types; these interfaces only hold their members.\n\n<p>$L\n",
                        types.constants(),
                        types.handler(),
                        types.codes(),
                        Provenance.paragraph(codeSet)))
            .addMethod(NotInstantiable.constructor());
    Provenance.markGenerated(type, codeSet, options);
    if (layout.isClass()) {
      // The class shape takes its constants from here and its handler has no per-code methods.
      return ClassPartsText.around(
          Provenance.javaFile(types.parts(), type.build(), codeSet), codeSet, types, layout);
    }
    // A parted enum declares its constants itself and keeps a method per code in its handler.
    type.addType(handlerBase(codeSet, types));
    for (Layout.Part part : layout.parts()) {
      type.addType(codes(types, part));
      type.addType(handler(types, part));
    }
    return SourceFile.of(Provenance.javaFile(types.parts(), type.build(), codeSet));
  }

  /** The handler methods that are not per code, shared by every part. */
  private static TypeSpec handlerBase(CodeSet codeSet, GeneratedTypes types) {
    TypeSpec.Builder base =
        TypeSpec.interfaceBuilder(types.handlerBase())
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(R)
            .addJavadoc(
                "The series methods and {@code otherwise} of {@link $T}.\n\n@param <R> what every method returns\n",
                types.handler());
    for (Series series : codeSet.series()) {
      base.addMethod(HandlerMethods.forSeries(series, types));
    }
    return base.addMethod(HandlerMethods.otherwise(types)).build();
  }

  private static TypeSpec codes(GeneratedTypes types, Layout.Part part) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(types.codesPart(part.number()))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Int constants of {@link $T}, part $L.\n", types.constants(), part.number());
    for (Code code : part.codes()) {
      IntConstants.fields(code, types).forEach(type::addField);
    }
    return type.build();
  }

  /**
   * Cases per dispatch method: small enough that C2 inlines every handler call in one (each case
   * inlines a code's method, its series' method and {@code otherwise}, about 30 bytes of bytecode,
   * against C2's budget of 8,000 per compilation); a 500-case method left most calls real interface
   * calls.
   */
  static final int CASES_PER_DISPATCH = 128;

  /**
   * The part's code methods, and the dispatch by ordinal that {@code XHandler.dispatch} hands a
   * constant of this part to: a {@code switch} on which run of {@link #CASES_PER_DISPATCH} ordinals
   * the constant is in, then that run's own {@code switch}.
   */
  private static TypeSpec handler(GeneratedTypes types, Layout.Part part) {
    ClassName partType = types.handlerPart(part.number());
    TypeName self = ParameterizedTypeName.get(partType, R);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(partType)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(R)
            .addSuperinterface(ParameterizedTypeName.get(types.handlerBase(), R))
            .addJavadoc(
                "Methods of {@link $T}, part $L.\n\n@param <R> what every method returns\n",
                types.handler(),
                part.number());
    List<Code> codes = part.codes();
    for (Code code : codes) {
      type.addMethod(HandlerMethods.forCode(code, types));
    }
    int runs = (codes.size() + CASES_PER_DISPATCH - 1) / CASES_PER_DISPATCH;
    MethodSpec.Builder dispatch =
        dispatchMethod("dispatch", types, self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Calls the handler's method for a constant of this part.\n\n@param code a constant of this part\n"
                    + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n");
    if (runs == 1) {
      addCases(dispatch, part, 0, codes.size());
      return type.addMethod(dispatch.build()).build();
    }
    dispatch.beginControlFlow(
        "switch ((code.ordinal() - $L) / $L)", part.firstOrdinal(), CASES_PER_DISPATCH);
    for (int run = 0; run < runs; run++) {
      dispatch.addCode("case $L:\n", run).addStatement("$>return dispatch$L(code, handler)$<", run);
    }
    dispatch
        .addCode("default:\n")
        .addStatement("$>return handler.otherwise(code.code())$<")
        .endControlFlow();
    type.addMethod(dispatch.build());
    for (int run = 0; run < runs; run++) {
      int from = run * CASES_PER_DISPATCH;
      int to = Math.min(codes.size(), from + CASES_PER_DISPATCH);
      MethodSpec.Builder method =
          dispatchMethod("dispatch" + run, types, self)
              .addModifiers(Modifier.PRIVATE)
              .addJavadoc(
                  "Calls the handler's method for constants $L to $L.\n\n@param code such a constant\n"
                      + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n",
                  part.firstOrdinal() + from,
                  part.firstOrdinal() + to - 1);
      addCases(method, part, from, to);
      type.addMethod(method.build());
    }
    return type.build();
  }

  private static MethodSpec.Builder dispatchMethod(
      String name, GeneratedTypes types, TypeName handler) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(types.codes(), "code")
        .addParameter(handler, "handler");
  }

  /**
   * A {@code switch} on the ordinal with a case for the part's codes {@code from} to {@code to}.
   */
  private static void addCases(MethodSpec.Builder method, Layout.Part part, int from, int to) {
    method.beginControlFlow("switch (code.ordinal())");
    for (int i = from; i < to; i++) {
      method
          .addCode("case $L:\n", part.firstOrdinal() + i)
          .addStatement("$>return handler.$N(code)$<", part.codes().get(i).handlerMethod());
    }
    method
        .addCode("default:\n")
        .addStatement("$>return handler.otherwise(code.code())$<")
        .endControlFlow();
  }
}
