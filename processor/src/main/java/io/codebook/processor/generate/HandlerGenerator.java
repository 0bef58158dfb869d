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
 * implementation overrides only what it cares about.
 */
final class HandlerGenerator {
  private static final TypeVariableName R = TypeVariableName.get("R");

  private HandlerGenerator() {}

  static JavaFile generate(CodeSet codeSet, GeneratedTypes types, GenerationOptions options) {
    ClassName codes = types.codes();
    TypeName self = ParameterizedTypeName.get(types.handler(), R);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(types.handler()).addModifiers(Modifier.PUBLIC).addTypeVariable(R);
    Javadoc doc = new Javadoc().paragraph("Handles any {@link " + codes.simpleName() + "} number, listed or not, by calling the method for it.");
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

    for (Code code : codeSet.codes()) {
      Optional<Series> series = code.series();
      String fallback = series.map(s -> s.handlerMethod() + "(int)").orElse("otherwise(int)");
      Javadoc methodDoc =
          new Javadoc()
              .paragraph("Handles " + CodeDocs.summary(code.code(), code.message()))
              .paragraph("By default, calls {@link #" + fallback + "}.");
      methodDoc.tag("param", "code {@link " + codes.simpleName() + "#" + code.name() + "}");
      methodDoc.tag("return", "the result");
      type.addMethod(
          MethodSpec.methodBuilder(code.handlerMethod())
              .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
              .returns(R)
              .addParameter(codes, "code")
              .addJavadoc("$L", methodDoc.build())
              .addStatement(
                  "return $N(code.code())",
                  series.map(Series::handlerMethod).orElse("otherwise"))
              .build());
    }
    for (Series series : codeSet.series()) {
      Javadoc methodDoc =
          new Javadoc()
              .paragraph("Handles a code of series {@code " + series.first() + "-" + series.last() + "} " + Javadoc.escape(series.title()) + ", when its own method does not.")
              .paragraph("By default, calls {@link #otherwise(int)}.");
      methodDoc.tag("param", "code the number, listed or not");
      methodDoc.tag("return", "the result");
      type.addMethod(
          MethodSpec.methodBuilder(series.handlerMethod())
              .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
              .returns(R)
              .addParameter(TypeName.INT, "code")
              .addJavadoc("$L", methodDoc.build())
              .addStatement("return otherwise(code)")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("otherwise")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(R)
            .addParameter(TypeName.INT, "code")
            .addJavadoc("Handles every number that no overridden method took.\n\n@param code the number\n@return the result\n")
            .build());
    type.addMethod(dispatch(codeSet, types, self));
    type.addMethod(
        MethodSpec.methodBuilder("dispatch")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(codes, "code")
            .addParameter(self, "handler")
            .addJavadoc(
                "Calls the handler's method for a constant.\n\n@param code the constant\n@param handler the handler\n"
                    + "@param <R> the result type\n@return what the handler's method returned\n")
            .addStatement("return dispatch(code.code(), handler)")
            .build());
    return Annotations.javaFile(types.handler(), type.build(), codeSet);
  }

  private static MethodSpec dispatch(CodeSet codeSet, GeneratedTypes types, TypeName self) {
    MethodSpec.Builder dispatch =
        MethodSpec.methodBuilder("dispatch")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(TypeName.INT, "code")
            .addParameter(self, "handler")
            .addJavadoc(
                "Calls the handler's method for any number: a listed code's own method, else the method of "
                    + "the series the number falls in, else {@code otherwise}.\n\n@param code any number\n"
                    + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n");
    dispatch.beginControlFlow("switch (code)");
    for (Code code : codeSet.codes()) {
      dispatch.addCode("case $T.$N:\n", types.constants(), code.name())
          .addStatement("$>return handler.$N($T.$N)$<", code.handlerMethod(), types.codes(), code.name());
    }
    dispatch.addCode("default:\n").addStatement("$>break$<").endControlFlow();
    for (Series series : codeSet.series()) {
      dispatch.beginControlFlow("if (code >= $L && code <= $L)", series.first(), series.last())
          .addStatement("return handler.$N(code)", series.handlerMethod())
          .endControlFlow();
    }
    return dispatch.addStatement("return handler.otherwise(code)").build();
  }
}
