package io.codebook.processor.implement;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Methods as a message shows them, {@code Optional<Series> series()}: simple names, since the
 * package of every type is plain from the context and full names would make a list of twenty
 * methods unreadable.
 */
final class Signatures {
  private Signatures() {}

  static String method(TypeName returnType, String name, List<TypeName> parameters) {
    return type(returnType)
        + " "
        + name
        + parameters.stream().map(Signatures::type).collect(Collectors.joining(", ", "(", ")"));
  }

  static String type(TypeName type) {
    if (type instanceof ClassName name) {
      return String.join(".", name.simpleNames());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return type(parameterized.rawType())
          + parameterized.typeArguments().stream()
              .map(Signatures::type)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof ArrayTypeName array) {
      return type(array.componentType()) + "[]";
    }
    if (type instanceof WildcardTypeName wildcard) {
      if (!wildcard.lowerBounds().isEmpty()) {
        return "? super " + type(wildcard.lowerBounds().get(0));
      }
      TypeName upper = wildcard.upperBounds().get(0);
      return upper.equals(ClassName.OBJECT) ? "?" : "? extends " + type(upper);
    }
    return type.toString();
  }
}
