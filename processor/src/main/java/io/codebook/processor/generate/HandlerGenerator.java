package io.codebook.processor.generate;

import static io.codebook.processor.generate.HandlerMethods.R;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Series;
import io.codebook.processor.text.JavaLiterals;
import io.codebook.processor.text.Javadoc;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XHandler<R>}: switch-style dispatch with three levels of fallback (see {@link
 * HandlerMethods}), so an implementation overrides only what it cares about. An enum-shaped set's
 * handler declares every method and switches on the number; a class-shaped set's inherits them from
 * the parts and hands a listed code to its part's dispatch.
 */
final class HandlerGenerator {
  private HandlerGenerator() {}

  static JavaFile generate(
      CodeSet codeSet, GeneratedTypes types, Layout layout, GenerationOptions options) {
    TypeName self = ParameterizedTypeName.get(types.handler(), R);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(types.handler()).addModifiers(Modifier.PUBLIC).addTypeVariable(R);
    type.addJavadoc("$L", typeDoc(codeSet, types));
    Provenance.markGenerated(type, codeSet, options);
    MethodSpec.Builder dispatch = dispatchByNumber(self, types.key());
    if (layout.hasParts()) {
      for (Layout.Part part : layout.parts()) {
        type.addSuperinterface(ParameterizedTypeName.get(types.handlerPart(part.number()), R));
      }
      routeByPart(dispatch, types, layout);
    } else {
      for (Code code : codeSet.codes()) {
        type.addMethod(HandlerMethods.forCode(code, types));
      }
      for (Series series : codeSet.series()) {
        type.addMethod(HandlerMethods.forSeries(series, types));
      }
      type.addMethod(HandlerMethods.otherwise(types));
      routeBySwitch(dispatch, codeSet, types);
    }
    type.addMethod(routeUnlisted(dispatch, codeSet));
    type.addMethod(dispatchConstant(types.codes(), self));
    return Provenance.javaFile(types.handler(), type.build(), codeSet);
  }

  private static String typeDoc(CodeSet codeSet, GeneratedTypes types) {
    CodeKey key = types.key();
    String otherwise = "{@link #otherwise(" + key.linkType() + ")}";
    Javadoc doc =
        new Javadoc()
            .paragraph(
                "Handles any {@link "
                    + types.codes().simpleName()
                    + "} "
                    + key.noun()
                    + ", listed or not, by calling the method for it.");
    doc.paragraph(
        codeSet.hasSeries()
            ? "Each code's method falls back to its series' method, and each series' method falls back to "
                + otherwise
                + ", the one method to implement. "
                + (key.strings() ? "Codes" : "Numbers")
                + " outside every series go "
                + "straight to {@code otherwise}."
            : "Each code's method falls back to " + otherwise + ", the one method to implement.");
    doc.paragraph(
        "Route a "
            + key.noun()
            + " with {@link #dispatch("
            + key.linkType()
            + ", "
            + types.handler().simpleName()
            + ")}.");
    doc.paragraph(Provenance.paragraph(codeSet));
    doc.tag("param", "<R> what every method returns");
    return doc.build();
  }

  /** The start of {@code dispatch(int, XHandler)}; the shape adds how listed codes are routed. */
  private static MethodSpec.Builder dispatchByNumber(TypeName self, CodeKey key) {
    String noun = key.noun();
    MethodSpec.Builder dispatch =
        MethodSpec.methodBuilder("dispatch")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(key.type(), "code")
            .addParameter(self, "handler")
            .addJavadoc(
                "Calls the handler's method for any "
                    + noun
                    + ": a listed code's own method, else the method of "
                    + "the series the "
                    + noun
                    + " falls in, else {@code otherwise}.\n\n@param code any "
                    + noun
                    + (key.strings() ? ", not {@code null}" : "")
                    + "\n"
                    + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n");
    if (key.strings()) {
      // A switch on a null string would throw anyway; this says which argument was null.
      dispatch.addStatement("$T.requireNonNull(code, $S)", Objects.class, "code");
    }
    return dispatch;
  }

  /**
   * An enum's listed codes: a {@code switch} on the int constants, which javac compiles to a table.
   */
  private static void routeBySwitch(
      MethodSpec.Builder dispatch, CodeSet codeSet, GeneratedTypes types) {
    dispatch.beginControlFlow("switch (code)");
    for (Code code : codeSet.codes()) {
      dispatch
          .addCode("case $T.$N:\n", types.constants(), code.name())
          .addStatement(
              "$>return handler.$N($T.$N)$<", code.handlerMethod(), types.codes(), code.name());
    }
    dispatch.addCode("default:\n").addStatement("$>break$<").endControlFlow();
  }

  /**
   * A class's listed codes: found through the index, then dispatched by the part that declares
   * them.
   */
  private static void routeByPart(
      MethodSpec.Builder dispatch, GeneratedTypes types, Layout layout) {
    dispatch
        .addStatement(
            "$T<$T> found = $T.lookup(code)", Optional.class, types.codes(), types.codes())
        .beginControlFlow("if (found.isPresent())")
        .addStatement("$T constant = found.get()", types.codes())
        .beginControlFlow("switch (constant.part())");
    for (Layout.Part part : layout.parts()) {
      dispatch
          .addCode("case $L:\n", part.number())
          .addStatement(
              "$>return $T.dispatch(constant, handler)$<", types.handlerPart(part.number()));
    }
    dispatch.addCode("default:\n").addStatement("$>break$<").endControlFlow().endControlFlow();
  }

  /** Routes a number that is not listed: to its series' method, else to {@code otherwise}. */
  private static MethodSpec routeUnlisted(MethodSpec.Builder dispatch, CodeSet codeSet) {
    for (Series series : codeSet.series()) {
      CodeBlock condition =
          series.byPrefix()
              ? CodeBlock.of("code.startsWith($L)", JavaLiterals.literal(series.prefix()))
              : RangeCondition.of(series.first(), series.last());
      dispatch
          .beginControlFlow("if ($L)", condition)
          .addStatement("return handler.$N(code)", series.handlerMethod())
          .endControlFlow();
    }
    return dispatch.addStatement("return handler.otherwise(code)").build();
  }

  /** {@code dispatch(X, XHandler)}, for callers that already hold a constant. */
  private static MethodSpec dispatchConstant(ClassName codes, TypeName self) {
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(codes, "code")
        .addParameter(self, "handler")
        .addJavadoc(
            "Calls the handler's method for a constant.\n\n@param code the constant\n@param handler the handler\n"
                + "@param <R> the result type\n@return what the handler's method returned\n")
        .addStatement("return dispatch(code.code(), handler)")
        .build();
  }
}
