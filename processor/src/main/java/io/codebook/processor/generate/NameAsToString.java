package io.codebook.processor.generate;

import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * {@code toString()} returning the {@code name} field, as an enum constant's does, for enum-like
 * classes.
 */
final class NameAsToString {
  private NameAsToString() {}

  static MethodSpec method() {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("The name, like an enum constant's.\n\n@return the name\n")
        .addStatement("return name")
        .build();
  }
}
