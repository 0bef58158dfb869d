package io.codebook.processor.implement;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A public instance method of a generated type, declared or inherited from {@code Enum} or {@code
 * Object}.
 *
 * @param returnType what it returns
 * @param name its name
 * @param parameters its parameter types, in order
 */
record OfferedMethod(TypeName returnType, String name, List<TypeName> parameters) {
  OfferedMethod {
    parameters = List.copyOf(parameters);
  }

  @Override
  public String toString() {
    return Signatures.method(returnType, name, parameters);
  }
}
