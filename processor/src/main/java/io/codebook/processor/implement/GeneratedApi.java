package io.codebook.processor.implement;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What a generated type and the types nested in it offer to an interface, read from the generated
 * source model: that model exists before anything is written, while the compiler learns of the
 * types only in the next round.
 */
final class GeneratedApi {
  private static final ClassName STRING = ClassName.get(String.class);

  private final Map<ClassName, TypeSpec> types = new LinkedHashMap<>();
  private final ClassName top;

  GeneratedApi(JavaFile file) {
    top = ClassName.get(file.packageName(), file.typeSpec().name());
    collect(top, file.typeSpec());
  }

  private void collect(ClassName name, TypeSpec spec) {
    types.put(name, spec);
    for (TypeSpec nested : spec.typeSpecs()) {
      collect(name.nestedClass(nested.name()), nested);
    }
  }

  /** The type named after the set. */
  ClassName top() {
    return top;
  }

  /** The public type nested in the top type with this simple name, if the set generates one. */
  Optional<ClassName> nested(String simpleName) {
    ClassName name = top.nestedClass(simpleName);
    TypeSpec spec = types.get(name);
    return spec != null && spec.modifiers().contains(Modifier.PUBLIC)
        ? Optional.of(name)
        : Optional.empty();
  }

  /** Whether a name is one of the generated types. */
  boolean isGenerated(ClassName name) {
    return types.containsKey(name);
  }

  /** The type's direct supertypes, as written in the generated source, other than Object. */
  List<TypeName> supertypes(ClassName name) {
    TypeSpec spec = types.get(name);
    List<TypeName> supertypes = new ArrayList<>(spec.superinterfaces());
    if (spec.kind() == TypeSpec.Kind.ENUM) {
      supertypes.add(ParameterizedTypeName.get(ClassName.get(Enum.class), name));
    } else if (!spec.superclass().equals(ClassName.OBJECT)) {
      supertypes.add(spec.superclass());
    }
    return supertypes;
  }

  /**
   * The static methods a generated type declares, private ones included: an interface's instance
   * method with the signature of one of them cannot be inherited by the type, not even a default.
   */
  List<OfferedMethod> staticMethods(ClassName name) {
    TypeSpec spec = types.get(name);
    List<OfferedMethod> methods = new ArrayList<>();
    if (spec.kind() == TypeSpec.Kind.ENUM) {
      // Declared by the compiler for every enum.
      methods.add(new OfferedMethod(ArrayTypeName.of(name), "values", List.of()));
      methods.add(new OfferedMethod(name, "valueOf", List.of(STRING)));
    }
    for (MethodSpec method : spec.methodSpecs()) {
      if (method.modifiers().contains(Modifier.STATIC)) {
        methods.add(OfferedMethod.of(method));
      }
    }
    return methods;
  }

  /**
   * The public instance methods of a generated type: its own, then those it inherits from {@code
   * Enum} or {@code Object} that it does not declare.
   */
  List<OfferedMethod> methods(ClassName name) {
    TypeSpec spec = types.get(name);
    List<OfferedMethod> methods = new ArrayList<>();
    for (MethodSpec method : spec.methodSpecs()) {
      if (!method.isConstructor()
          && method.modifiers().contains(Modifier.PUBLIC)
          && !method.modifiers().contains(Modifier.STATIC)) {
        methods.add(OfferedMethod.of(method));
      }
    }
    List<OfferedMethod> inherited = new ArrayList<>();
    if (spec.kind() == TypeSpec.Kind.ENUM) {
      inherited.add(new OfferedMethod(STRING, "name", List.of()));
      inherited.add(new OfferedMethod(TypeName.INT, "ordinal", List.of()));
      inherited.add(new OfferedMethod(TypeName.INT, "compareTo", List.of(name)));
      inherited.add(
          new OfferedMethod(
              ParameterizedTypeName.get(ClassName.get(Class.class), name),
              "getDeclaringClass",
              List.of()));
    }
    inherited.add(new OfferedMethod(STRING, "toString", List.of()));
    inherited.add(new OfferedMethod(TypeName.INT, "hashCode", List.of()));
    inherited.add(new OfferedMethod(TypeName.BOOLEAN, "equals", List.of(ClassName.OBJECT)));
    for (OfferedMethod method : inherited) {
      if (methods.stream()
          .noneMatch(
              m -> m.name().equals(method.name()) && m.parameters().equals(method.parameters()))) {
        methods.add(method);
      }
    }
    return methods;
  }
}
