package io.codebook.processor.generate;

import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/** The private constructor of a generated holder of static members, which no one instantiates. */
final class NotInstantiable {
  private NotInstantiable() {}

  /** A private, empty constructor that says why it is there. */
  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Not instantiable.\n")
        .build();
  }
}
