package io.codebook.processor.implement;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A method of a generated type: a public instance method, declared or inherited from {@code Enum}
 * or {@code Object}, or one of its static methods.
 *
 * @param returnType what it returns
 * @param name its name
 * @param parameters its parameter types, in order
 */
record OfferedMethod(TypeName returnType, String name, List<TypeName> parameters) {
  OfferedMethod {
    parameters = List.copyOf(parameters);
  }

  /** A method of the generated source model, by its signature. */
  static OfferedMethod of(MethodSpec method) {
    return new OfferedMethod(
        method.returnType(),
        method.name(),
        method.parameters().stream().map(ParameterSpec::type).toList());
  }

  @Override
  public String toString() {
    return Signatures.method(returnType, name, parameters);
  }
}
