package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The package-private {@code find(int)} behind a classifier's {@code lookup} and {@code of}: the
 * constant of the first condition that holds, in order, or {@code null}. Series and groups are few,
 * so a chain of tests is as fast as a table and reads better.
 */
final class FinderMethod {
  private FinderMethod() {}

  /**
   * The finder method.
   *
   * @param self the classifier type
   * @param what what a constant is called in the Javadoc, such as "series"
   * @param conditionByConstant each constant's condition on {@code code}, in the order to test them
   * @return {@code find(int)}
   */
  static MethodSpec of(ClassName self, String what, Map<String, CodeBlock> conditionByConstant) {
    return of(self, what, conditionByConstant, TypeName.INT);
  }

  /**
   * As {@link #of(ClassName, String, Map)}, for constants that a value of {@code keyType} selects.
   */
  static MethodSpec of(
      ClassName self, String what, Map<String, CodeBlock> conditionByConstant, TypeName keyType) {
    MethodSpec.Builder find =
        MethodSpec.methodBuilder("find")
            .addModifiers(Modifier.STATIC)
            .returns(self)
            .addParameter(keyType, "code")
            .addJavadoc(
                "The $L holding a number, or {@code null}.\n\n@param code any number\n@return the $L, or {@code null}\n",
                what,
                what);
    conditionByConstant.forEach(
        (constant, condition) ->
            find.beginControlFlow("if ($L)", condition)
                .addStatement("return $N", constant)
                .endControlFlow());
    return find.addStatement("return null").build();
  }
}
