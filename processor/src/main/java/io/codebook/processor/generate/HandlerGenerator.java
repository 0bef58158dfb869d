package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Series;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XHandler<R>}: switch-style dispatch with three levels of fallback. A code's
 * method falls back to its series' method, which falls back to {@code otherwise}, so an
 * implementation overrides only what it cares about. Its methods are also used by
 * {@link LargeSetGenerator}, which spreads them over several interfaces.
 */
final class HandlerGenerator {
  static final TypeVariableName R = TypeVariableName.get("R");

  private HandlerGenerator() {}

  static JavaFile generate(CodeSet codeSet, GeneratedTypes types, GenerationOptions options) {
    TypeName self = ParameterizedTypeName.get(types.handler(), R);
    TypeSpec.Builder type = start(codeSet, types, options);
    for (Code code : codeSet.codes()) {
      type.addMethod(codeMethod(code, types));
    }
    for (Series series : codeSet.series()) {
      type.addMethod(seriesMethod(series));
    }
    type.addMethod(otherwise());
    MethodSpec.Builder dispatch = dispatchByNumber(self);
    dispatch.beginControlFlow("switch (code)");
    for (Code code : codeSet.codes()) {
      dispatch.addCode("case $T.$N:\n", types.constants(), code.name())
          .addStatement("$>return handler.$N($T.$N)$<", code.handlerMethod(), types.codes(), code.name());
    }
    dispatch.addCode("default:\n").addStatement("$>break$<").endControlFlow();
    type.addMethod(finishWithSeries(dispatch, codeSet));
    type.addMethod(dispatchConstant(types, self));
    return Annotations.javaFile(types.handler(), type.build(), codeSet);
  }

  /** The interface with its documentation, but no methods yet. */
  static TypeSpec.Builder start(CodeSet codeSet, GeneratedTypes types, GenerationOptions options) {
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(types.handler()).addModifiers(Modifier.PUBLIC).addTypeVariable(R);
    Javadoc doc = new Javadoc().paragraph("Handles any {@link " + types.codes().simpleName() + "} number, listed or not, by calling the method for it.");
    doc.paragraph(
        codeSet.hasSeries()
            ? "Each code's method falls back to its series' method, and each series' method falls back to "
                + "{@link #otherwise(int)}, the one method to implement. Numbers outside every series go "
                + "straight to {@code otherwise}."
            : "Each code's method falls back to {@link #otherwise(int)}, the one method to implement.");
    doc.paragraph("Route a number with {@link #dispatch(int, " + types.handler().simpleName() + ")}.");
    doc.paragraph(Annotations.provenance(codeSet));
    doc.tag("param", "<R> what every method returns");
    type.addJavadoc("$L", doc.build());
    Annotations.markGenerated(type, codeSet, options);
    return type;
  }

  /** A code's default method, which falls back to its series' method or to {@code otherwise}. */
  static MethodSpec codeMethod(Code code, GeneratedTypes types) {
    Optional<Series> series = code.series();
    String fallback = series.map(Series::handlerMethod).orElse("otherwise");
    Javadoc methodDoc =
        new Javadoc()
            .paragraph("Handles " + CodeDocs.summary(code.code(), code.message()))
            .paragraph("By default, calls {@link #" + fallback + "(int)}.");
    methodDoc.tag("param", "code {@link " + types.codes().simpleName() + "#" + code.name() + "}");
    methodDoc.tag("return", "the result");
    return MethodSpec.methodBuilder(code.handlerMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(R)
        .addParameter(types.codes(), "code")
        .addJavadoc("$L", methodDoc.build())
        .addStatement("return $N(code.code())", fallback)
        .build();
  }

  /** A series' default method, which falls back to {@code otherwise}. */
  static MethodSpec seriesMethod(Series series) {
    Javadoc methodDoc =
        new Javadoc()
            .paragraph("Handles a code of series {@code " + series.first() + "-" + series.last() + "} " + Javadoc.escape(series.title()) + ", when its own method does not.")
            .paragraph("By default, calls {@link #otherwise(int)}.");
    methodDoc.tag("param", "code the number, listed or not");
    methodDoc.tag("return", "the result");
    return MethodSpec.methodBuilder(series.handlerMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(R)
        .addParameter(TypeName.INT, "code")
        .addJavadoc("$L", methodDoc.build())
        .addStatement("return otherwise(code)")
        .build();
  }

  static MethodSpec otherwise() {
    return MethodSpec.methodBuilder("otherwise")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(R)
        .addParameter(TypeName.INT, "code")
        .addJavadoc("Handles every number that no overridden method took.\n\n@param code the number\n@return the result\n")
        .build();
  }

  /** The start of {@code dispatch(int, XHandler)}; the caller adds how listed codes are routed. */
  static MethodSpec.Builder dispatchByNumber(TypeName self) {
    return MethodSpec.methodBuilder("dispatch")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(TypeName.INT, "code")
        .addParameter(self, "handler")
        .addJavadoc(
            "Calls the handler's method for any number: a listed code's own method, else the method of "
                + "the series the number falls in, else {@code otherwise}.\n\n@param code any number\n"
                + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n");
  }

  /** Routes a number that is not listed: to its series' method, else to {@code otherwise}. */
  static MethodSpec finishWithSeries(MethodSpec.Builder dispatch, CodeSet codeSet) {
    for (Series series : codeSet.series()) {
      dispatch.beginControlFlow("if (code >= $L && code <= $L)", series.first(), series.last())
          .addStatement("return handler.$N(code)", series.handlerMethod())
          .endControlFlow();
    }
    return dispatch.addStatement("return handler.otherwise(code)").build();
  }

  /** {@code dispatch(X, XHandler)}, for callers that already hold a constant. */
  static MethodSpec dispatchConstant(GeneratedTypes types, TypeName self) {
    ClassName codes = types.codes();
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
