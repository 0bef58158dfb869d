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
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XHandler<R>}: switch-style dispatch with three levels of fallback (see {@link
 * HandlerMethods}), so an implementation overrides only what it cares about.
 *
 * <p>{@code dispatch} finds the constant through the index and hands it to the handler's {@code
 * on(X)}, or an unlisted number to its {@code on(int)}, by default {@code bySeries}; it stays small
 * enough for the JIT to inline into its caller. What {@code on(X)} does by default depends on the
 * shape:
 *
 * <ul>
 *   <li>an enum's handler declares a method per code, and {@code on} calls {@code listed}, which
 *       switches on the ordinal, a dense {@code tableswitch};
 *   <li>a parted enum's handler inherits its per-code methods from the parts, and {@code listed}
 *       hands the constant to its part's {@code dispatch};
 *   <li>a class-shaped set's handler has no method per code: the JVM lays out an itable entry for
 *       every inherited default method in each implementing class, which took seconds at 50,000
 *       codes. Its {@code on} goes straight to the code's series.
 * </ul>
 *
 * <p>Every shape also has a {@link HandlerBuilderGenerator builder}, whose handler overrides {@code
 * on(X)} to read the code's action from an array by ordinal, and both {@code on} methods to test
 * only the series that have actions. On random codes that is much faster than the {@code switch},
 * whose indirect jump the CPU mispredicts nearly every time.
 */
final class HandlerGenerator {
  private HandlerGenerator() {}

  static JavaFile generate(
      CodeSet codeSet, GeneratedTypes types, Layout layout, GenerationOptions options) {
    TypeName self = ParameterizedTypeName.get(types.handler(), R);
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(types.handler()).addModifiers(Modifier.PUBLIC).addTypeVariable(R);
    type.addJavadoc("$L", typeDoc(codeSet, types, layout));
    Provenance.markGenerated(type, codeSet, options);
    type.addMethod(onListed(codeSet, types, layout));
    type.addMethod(onUnlisted(types));
    if (layout.hasParts() && !layout.isClass()) {
      for (Layout.Part part : layout.parts()) {
        type.addSuperinterface(ParameterizedTypeName.get(types.handlerPart(part.number()), R));
      }
    } else {
      if (!layout.isClass()) {
        for (Code code : codeSet.codes()) {
          type.addMethod(HandlerMethods.forCode(code, types));
        }
      }
      for (Series series : codeSet.series()) {
        type.addMethod(HandlerMethods.forSeries(series, types));
      }
      type.addMethod(HandlerMethods.otherwise(types));
    }
    type.addMethod(dispatchByNumber(self, types, layout));
    type.addMethod(dispatchConstant(types.codes(), self));
    type.addMethod(HandlerBuilderGenerator.factory(types));
    if (!layout.isClass()) {
      type.addMethod(listed(self, codeSet, types, layout));
    }
    type.addMethod(bySeries(self, codeSet, types));
    type.addType(HandlerBuilderGenerator.generate(codeSet, types, layout));
    return Provenance.javaFile(types.handler(), type.build(), codeSet);
  }

  private static String typeDoc(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    CodeKey key = types.key();
    String codes = types.codes().simpleName();
    String otherwise = "{@link #otherwise(" + key.linkType() + ")}";
    Javadoc doc =
        new Javadoc()
            .paragraph(
                "Handles any {@link "
                    + codes
                    + "} "
                    + key.noun()
                    + ", listed or not, by calling the method for it.");
    String codeMethod =
        layout.isClass()
            ? "The method for listed codes, {@link #on(" + codes + ")},"
            : "Each code's method";
    doc.paragraph(
        codeSet.hasSeries()
            ? codeMethod
                + " falls back to its series' method, and each series' method falls back to "
                + otherwise
                + ", the one method to implement. "
                + (key.strings() ? "Codes" : "Numbers")
                + " outside every series go "
                + "straight to {@code otherwise}."
            : codeMethod + " falls back to " + otherwise + ", the one method to implement.");
    if (layout.isClass()) {
      doc.paragraph(
          "With "
              + codeSet.codes().size()
              + " codes this set has no method per code, so that a class implementing this"
              + " interface loads quickly. Override {@code on} and compare constants, or build a"
              + " handler from actions per code and per series with {@link #builder()}.");
    } else {
      doc.paragraph(
          "Every listed code goes through {@link #on("
              + codes
              + ")}, which calls the code's own method. On a hot path where few codes have"
              + " behaviour of their own, prefer a handler from {@link #builder()}: it finds a"
              + " code's action in an array by ordinal, where an implementation of this"
              + " interface is reached through a {@code switch} over every code's method.");
    }
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

  /**
   * {@code on(X)}, which {@code dispatch} calls for every listed code: by default the code's own
   * method (an enum) or its series' (a class). It is the one method a built handler overrides, so
   * that the built handler's table replaces the {@code switch} over every code's method.
   */
  private static MethodSpec onListed(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    String otherwise = "{@link #otherwise(" + types.key().linkType() + ")}";
    MethodSpec.Builder on =
        MethodSpec.methodBuilder("on")
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(R)
            .addParameter(types.codes(), "code");
    if (layout.isClass()) {
      return on.addJavadoc(
              "Handles a listed code.\n\n<p>By default, calls the method of the series the code"
                  + " falls in, else "
                  + otherwise
                  + ".\n\n@param code the constant\n@return the result\n")
          .addStatement("return bySeries(code.code(), this)")
          .build();
    }
    Code first = codeSet.codes().get(0);
    return on.addJavadoc(
            "Handles a listed code.\n\n<p>By default, calls the code's own method, such as {@link"
                + " #$N($T)} for {@link $T#$N}. Override it to handle listed codes in one place.\n\n"
                + "@param code the constant\n@return the result\n",
            first.handlerMethod(),
            types.codes(),
            types.codes(),
            first.name())
        .addStatement("return listed(code, this)")
        .build();
  }

  /**
   * {@code on(int)}, or {@code on(String)}, which {@code dispatch} calls for a number that is not
   * listed. A built handler overrides it to test only the series that have actions.
   */
  private static MethodSpec onUnlisted(GeneratedTypes types) {
    CodeKey key = types.key();
    return MethodSpec.methodBuilder("on")
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(R)
        .addParameter(key.type(), "code")
        .addJavadoc(
            "Handles a "
                + key.noun()
                + " that is not listed.\n\n<p>By default, calls the method of the series it falls"
                + " in, else {@link #otherwise("
                + key.linkType()
                + ")}.\n\n@param code the "
                + key.noun()
                + "\n@return the result\n")
        .addStatement("return bySeries(code, this)")
        .build();
  }

  /** {@code dispatch(int, XHandler)}: small, so that it inlines where it is called. */
  private static MethodSpec dispatchByNumber(TypeName self, GeneratedTypes types, Layout layout) {
    CodeKey key = types.key();
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
                    + ": {@link #on("
                    + types.codes().simpleName()
                    + ")} for a listed code, else {@link #on("
                    + key.linkType()
                    + ")}.\n\n@param code any "
                    + noun
                    + (key.strings() ? ", not {@code null}" : "")
                    + "\n"
                    + "@param handler the handler\n@param <R> the result type\n@return what the handler's method returned\n");
    if (key.strings()) {
      // The index would throw anyway; this says which argument was null.
      dispatch.addStatement("$T.requireNonNull(code, $S)", Objects.class, "code");
    }
    return dispatch
        .addStatement("$T found = $L", types.codes(), IndexGenerator.findFromOutside(types, layout))
        .addStatement("return found == null ? handler.on(code) : handler.on(found)")
        .build();
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
            "Calls the handler's {@link #on($T)} for a constant.\n\n@param code the constant\n@param handler the handler\n"
                + "@param <R> the result type\n@return what the handler's method returned\n",
            codes)
        .addStatement("return handler.on(code)")
        .build();
  }

  /**
   * An enum's {@code listed}: a {@code switch} on the ordinal, which javac compiles to a {@code
   * tableswitch}, one indirect jump; a parted enum's: a {@code switch} on the constant's part.
   */
  private static MethodSpec listed(
      TypeName self, CodeSet codeSet, GeneratedTypes types, Layout layout) {
    MethodSpec.Builder listed =
        MethodSpec.methodBuilder("listed")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(types.codes(), "code")
            .addParameter(self, "handler")
            .addJavadoc(
                "Calls a listed code's method.\n\n@param code the constant\n@param handler the handler\n"
                    + "@param <R> the result type\n@return what the handler's method returned\n");
    if (layout.hasParts()) {
      listed.beginControlFlow("switch (code.part())");
      for (Layout.Part part : layout.parts()) {
        listed
            .addCode("case $L:\n", part.number())
            .addStatement(
                "$>return $T.dispatch(code, handler)$<", types.handlerPart(part.number()));
      }
    } else {
      listed.beginControlFlow("switch (code.ordinal())");
      List<Code> codes = codeSet.codes();
      for (int ordinal = 0; ordinal < codes.size(); ordinal++) {
        listed
            .addCode("case $L:\n", ordinal)
            .addStatement("$>return handler.$N(code)$<", codes.get(ordinal).handlerMethod());
      }
    }
    return listed
        .addCode("default:\n")
        .addStatement("$>throw new $T(code)$<", AssertionError.class)
        .endControlFlow()
        .build();
  }

  /** Routes a number to the method of the series it falls in, else to {@code otherwise}. */
  private static MethodSpec bySeries(TypeName self, CodeSet codeSet, GeneratedTypes types) {
    CodeKey key = types.key();
    MethodSpec.Builder bySeries =
        MethodSpec.methodBuilder("bySeries")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(key.type(), "code")
            .addParameter(self, "handler")
            .addJavadoc(
                "Calls the method of the series a "
                    + key.noun()
                    + " falls in, else {@code otherwise}.\n\n@param code any "
                    + key.noun()
                    + "\n@param handler the handler\n"
                    + "@param <R> the result type\n@return what the handler's method returned\n");
    for (Series series : codeSet.series()) {
      bySeries
          .beginControlFlow("if ($L)", seriesCondition(series))
          .addStatement("return handler.$N(code)", series.handlerMethod())
          .endControlFlow();
    }
    return bySeries.addStatement("return handler.otherwise(code)").build();
  }

  /**
   * Whether {@code code} falls in a series: a prefix test for string codes, else a range check.
   * Series do not overlap (the spec's validation sees to it), so the order of the tests does not
   * change which series a code falls in.
   */
  static CodeBlock seriesCondition(Series series) {
    return series.byPrefix()
        ? CodeBlock.of("code.startsWith($L)", JavaLiterals.literal(series.prefix()))
        : RangeCondition.of(series.first(), series.last());
  }
}
