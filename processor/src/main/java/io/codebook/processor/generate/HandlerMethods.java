package io.codebook.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeVariableName;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Series;
import io.codebook.processor.text.Javadoc;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The overridable methods of {@code XHandler<R>}, with their fallbacks: a code's method falls back
 * to its series' method, which falls back to {@code otherwise}. The handler declares them itself,
 * or, in the class shape, inherits them from the parts of {@code XParts}.
 */
final class HandlerMethods {
  /** The result type of every handler method. */
  static final TypeVariableName R = TypeVariableName.get("R");

  private HandlerMethods() {}

  /** A code's default method, which falls back to its series' method or to {@code otherwise}. */
  static MethodSpec forCode(Code code, GeneratedTypes types) {
    Optional<Series> series = code.series();
    String fallback = series.map(Series::handlerMethod).orElse("otherwise");
    Javadoc methodDoc =
        new Javadoc()
            .paragraph("Handles " + CodeDocs.summary(code, code.message()))
            .paragraph(
                "By default, calls {@link #" + fallback + "(" + types.key().linkType() + ")}.");
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
  static MethodSpec forSeries(Series series, GeneratedTypes types) {
    Javadoc methodDoc =
        new Javadoc()
            .paragraph(
                "Handles a code of series {@code "
                    + Javadoc.escape(series.label())
                    + "} "
                    + Javadoc.escape(series.title())
                    + ", when its own method does not.")
            .paragraph("By default, calls {@link #otherwise(" + types.key().linkType() + ")}.");
    methodDoc.tag("param", "code the " + types.key().noun() + ", listed or not");
    methodDoc.tag("return", "the result");
    return MethodSpec.methodBuilder(series.handlerMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(R)
        .addParameter(types.key().type(), "code")
        .addJavadoc("$L", methodDoc.build())
        .addStatement("return otherwise(code)")
        .build();
  }

  /** The one abstract method, for every number no overridden method took. */
  static MethodSpec otherwise(GeneratedTypes types) {
    String noun = types.key().noun();
    return MethodSpec.methodBuilder("otherwise")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(R)
        .addParameter(types.key().type(), "code")
        .addJavadoc(
            "Handles every "
                + noun
                + " that no overridden method took.\n\n@param code the "
                + noun
                + "\n@return the result\n")
        .build();
  }
}
