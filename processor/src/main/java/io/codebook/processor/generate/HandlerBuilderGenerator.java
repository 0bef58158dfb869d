package io.codebook.processor.generate;

import static io.codebook.processor.generate.HandlerMethods.R;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Series;
import io.codebook.processor.text.Javadoc;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XHandler.Builder}, a handler from actions registered per constant and per
 * series, for every shape. The actions are kept in arrays indexed by ordinal, and the built handler
 * overrides {@code on(X)} to read the code's action from its array: one load and a test that is
 * almost always predicted when few codes have actions, where an implementation of an enum's handler
 * is reached through a {@code switch} over every code's method. It is also how a class-shaped set's
 * handler gets per-code behaviour without a method per code.
 */
final class HandlerBuilderGenerator {
  private HandlerBuilderGenerator() {}

  /** {@code XHandler.builder()}. */
  static MethodSpec factory(GeneratedTypes types) {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(R)
        .returns(ParameterizedTypeName.get(builder(types), R))
        .addJavadoc(
            "Starts a handler built from actions: per code, per series, and the one for every other "
                + types.key().noun()
                + ".\n\n@param <R> what the handler returns\n@return an empty builder\n")
        .addStatement("return new Builder<>()")
        .build();
  }

  static TypeSpec generate(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    ClassName handler = types.handler();
    ClassName builder = builder(types);
    TypeName self = ParameterizedTypeName.get(builder, R);
    TypeName codeAction = codeAction(types);
    TypeName keyAction = keyAction(types);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addTypeVariable(R)
            .addJavadoc("$L", typeDoc(types, layout))
            .addField(
                FieldSpec.builder(
                        TypeName.INT,
                        "CONSTANTS",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("How many constants the set has.\n")
                    .initializer("$L", codeSet.codes().size())
                    .build())
            .addField(
                actionArray(
                    codeAction,
                    "codeActions",
                    CodeBlock.of("CONSTANTS"),
                    "Each constant's action, by ordinal; {@code null} where none was given."));
    if (codeSet.hasSeries()) {
      type.addField(
          actionArray(
              keyAction,
              "seriesActions",
              CodeBlock.of("$L", codeSet.series().size()),
              "Each series' action, by ordinal; {@code null} where none was given."));
    }
    type.addField(
        FieldSpec.builder(keyAction, "otherwiseAction", Modifier.PRIVATE)
            .addJavadoc("The action for every " + types.key().noun() + " no other action took.\n")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Use {@link $T#builder()}.\n", handler)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("on")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(types.codes(), "code")
            .addParameter(codeAction, "action")
            .addJavadoc(
                "Sets the action for a listed code, replacing any earlier one.\n\n@param code the"
                    + " constant\n@param action what to do with it\n@return this builder\n")
            .addStatement(
                "codeActions[code.ordinal()] = $T.requireNonNull(action, $S)",
                Objects.class,
                "action")
            .addStatement("return this")
            .build());
    if (codeSet.hasSeries()) {
      type.addMethod(
          MethodSpec.methodBuilder("onSeries")
              .addModifiers(Modifier.PUBLIC)
              .returns(self)
              .addParameter(types.series(), "series")
              .addParameter(keyAction, "action")
              .addJavadoc(
                  "Sets the action for the "
                      + types.key().noun()
                      + "s of a series that have no action of their own, listed or not, replacing"
                      + " any earlier one.\n\n@param series the series\n@param action what to do"
                      + " with such a "
                      + types.key().noun()
                      + "\n@return this builder\n")
              .addStatement(
                  "seriesActions[series.ordinal()] = $T.requireNonNull(action, $S)",
                  Objects.class,
                  "action")
              .addStatement("return this")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("otherwise")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(keyAction, "action")
            .addJavadoc(
                "Sets the action for every "
                    + types.key().noun()
                    + " that no other action takes; required.\n\n@param action what to do with"
                    + " such a "
                    + types.key().noun()
                    + "\n@return this builder\n")
            .addStatement(
                "otherwiseAction = $T.requireNonNull(action, $S)", Objects.class, "action")
            .addStatement("return this")
            .build());
    return type.addMethod(build(codeSet, types, handler, codeAction, keyAction)).build();
  }

  private static String typeDoc(GeneratedTypes types, Layout layout) {
    Javadoc doc =
        new Javadoc()
            .paragraph(
                "Builds a {@link "
                    + types.handler().simpleName()
                    + "} from actions. A code without an action of its own goes to its series'"
                    + " action, else to {@code otherwise}'s, as the default methods do.")
            .paragraph(
                "The built handler keeps the actions in arrays by ordinal: {@code dispatch} finds a"
                    + " code's action with one array read, and a code without one costs a test"
                    + " that is almost always predicted when few codes have actions.");
    if (!layout.isClass()) {
      doc.paragraph(
          "The built handler overrides {@link "
              + types.handler().simpleName()
              + "#on("
              + types.codes().simpleName()
              + ")}, the series' methods and {@code otherwise}; each code's own method keeps its"
              + " default, so reach the built handler through {@code dispatch} or {@code on}.");
    }
    doc.tag("param", "<R> what the handler returns");
    return doc.build();
  }

  /**
   * An array of actions by ordinal. Java cannot create an array of a parameterized type, so it is
   * created with wildcards and cast; every element is set through a method that takes the exact
   * type, which is why the unchecked cast is safe.
   */
  private static FieldSpec actionArray(
      TypeName action, String name, CodeBlock length, String javadoc) {
    TypeName array = ArrayTypeName.of(action);
    return FieldSpec.builder(array, name, Modifier.PRIVATE, Modifier.FINAL)
        .addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked")
                .build())
        .addJavadoc("$L\n", javadoc)
        .initializer("($T) new $T[$L]", array, wildcard(action), length)
        .build();
  }

  /** {@code Function<?, ?>} for {@code Function<? super X, ? extends R>}, and so on. */
  private static TypeName wildcard(TypeName action) {
    ParameterizedTypeName parameterized = (ParameterizedTypeName) action;
    TypeName[] unbounded = new TypeName[parameterized.typeArguments().size()];
    Arrays.fill(unbounded, WildcardTypeName.subtypeOf(Object.class));
    return ParameterizedTypeName.get(parameterized.rawType(), unbounded);
  }

  /**
   * {@code build()}: an anonymous handler over copies of the arrays, so that later changes to the
   * builder do not reach it. A code without an action, listed or not, goes to {@code
   * bySeriesAction}, not to the code's own method.
   */
  private static MethodSpec build(
      CodeSet codeSet,
      GeneratedTypes types,
      ClassName handler,
      TypeName codeAction,
      TypeName keyAction) {
    TypeName built = ParameterizedTypeName.get(handler, R);
    TypeName key = types.key().type();
    TypeSpec.Builder anonymous =
        TypeSpec.anonymousClassBuilder("")
            .addSuperinterface(built)
            .addMethod(
                MethodSpec.methodBuilder("on")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(R)
                    .addParameter(types.codes(), "code")
                    .addStatement("$T action = forCodes[code.ordinal()]", codeAction)
                    .addStatement(
                        "return action == null ? bySeriesAction(code.code()) : action.apply(code)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("on")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(R)
                    .addParameter(key, "code")
                    .addStatement("return bySeriesAction(code)")
                    .build());
    List<Series> series = codeSet.series();
    for (int ordinal = 0; ordinal < series.size(); ordinal++) {
      anonymous.addMethod(
          MethodSpec.methodBuilder(series.get(ordinal).handlerMethod())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(R)
              .addParameter(key, "code")
              .addStatement("$T action = forSeries[$L]", keyAction, ordinal)
              .addStatement("return action == null ? otherwise(code) : action.apply(code)")
              .build());
    }
    anonymous.addMethod(
        MethodSpec.methodBuilder("otherwise")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(R)
            .addParameter(key, "code")
            .addStatement("return fallback.apply(code)")
            .build());
    anonymous.addMethod(bySeriesAction(series, key));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(built)
            .addJavadoc(
                "Builds the handler from the actions given so far.\n\n@return the handler\n"
                    + "@throws IllegalStateException if {@link #otherwise($L)} was not called\n",
                types.key().strings() ? "Function" : "IntFunction")
            .beginControlFlow("if (otherwiseAction == null)")
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                "otherwise(...) must be set before build()")
            .endControlFlow()
            .addStatement("$T forCodes = codeActions.clone()", ArrayTypeName.of(codeAction));
    if (codeSet.hasSeries()) {
      method.addStatement("$T forSeries = seriesActions.clone()", ArrayTypeName.of(keyAction));
    }
    return method
        .addStatement("$T fallback = otherwiseAction", keyAction)
        .addStatement("return $L", anonymous.build())
        .build();
  }

  /**
   * The built handler's route for a code without an action of its own: the action of the series it
   * falls in, testing only the series that have one, else {@code otherwise}'s. Testing whether a
   * series has an action first is a branch that goes the same way on every call, so the CPU
   * predicts it; only the range checks of series with actions depend on the code, as in a {@code
   * switch} written by hand for the same actions. The default {@code bySeries} tests every series.
   */
  private static MethodSpec bySeriesAction(List<Series> series, TypeName key) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("bySeriesAction")
            .addModifiers(Modifier.PRIVATE)
            .returns(R)
            .addParameter(key, "code");
    for (int ordinal = 0; ordinal < series.size(); ordinal++) {
      method
          .beginControlFlow(
              "if (forSeries[$L] != null && $L)",
              ordinal,
              HandlerGenerator.seriesCondition(series.get(ordinal)))
          .addStatement("return forSeries[$L].apply(code)", ordinal)
          .endControlFlow();
    }
    return method.addStatement("return fallback.apply(code)").build();
  }

  private static ClassName builder(GeneratedTypes types) {
    return types.handler().nestedClass("Builder");
  }

  /** {@code Function<? super X, ? extends R>}. */
  private static TypeName codeAction(GeneratedTypes types) {
    return ParameterizedTypeName.get(
        ClassName.get(Function.class),
        WildcardTypeName.supertypeOf(types.codes()),
        WildcardTypeName.subtypeOf(R));
  }

  /** {@code IntFunction<? extends R>}, or {@code Function<String, ? extends R>} for strings. */
  private static TypeName keyAction(GeneratedTypes types) {
    return types.key().strings()
        ? ParameterizedTypeName.get(
            ClassName.get(Function.class),
            ClassName.get(String.class),
            WildcardTypeName.subtypeOf(R))
        : ParameterizedTypeName.get(
            ClassName.get(IntFunction.class), WildcardTypeName.subtypeOf(R));
  }
}
