package io.codebook.processor.implement;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Whether a generated method's return type may stand where an interface method's is wanted. The
 * compiler can answer for types that exist, such as {@code List<String>}; the generated types do
 * not exist yet, so for them the answer comes from their declared supertypes, and a type argument
 * that is a generated type must meet a wildcard's bound ({@code Optional<? extends Shared>}), also
 * through a supertype of the class ({@code Collection<? extends Shared>} for a {@code List}).
 */
final class ReturnTypes {
  private final Elements elements;
  private final Types types;
  private final GeneratedApi api;

  ReturnTypes(Elements elements, Types types, GeneratedApi api) {
    this.elements = elements;
    this.types = types;
    this.api = api;
  }

  boolean assignable(TypeName generated, TypeMirror wanted) {
    if (wanted.getKind() == TypeKind.ERROR) {
      return true; // the compiler reports the unknown type itself
    }
    if (generated.isPrimitive() || wanted.getKind().isPrimitive()) {
      return generated.equals(TypeName.get(wanted)); // an override must return the same primitive
    }
    if (isObject(wanted)) {
      return true;
    }
    if (generated instanceof ClassName name && api.isGenerated(name)) {
      for (TypeName supertype : api.supertypes(name)) {
        if (assignable(supertype, wanted)) {
          return true;
        }
      }
      return false;
    }
    if (generated instanceof ParameterizedTypeName parameterized && mentionsGenerated(generated)) {
      return parameterizedAssignable(parameterized, wanted);
    }
    Optional<TypeMirror> mirror = mirror(generated);
    return mirror.isPresent() && types.isAssignable(mirror.get(), wanted);
  }

  private boolean parameterizedAssignable(ParameterizedTypeName generated, TypeMirror wanted) {
    TypeElement raw = elements.getTypeElement(generated.rawType().canonicalName());
    if (raw == null || wanted.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) wanted;
    if (!declared.asElement().equals(raw)) {
      // Another class, such as Collection for List: compare as that supertype.
      TypeElement target = (TypeElement) declared.asElement();
      if (target.getTypeParameters().isEmpty()) {
        return types.isAssignable(types.erasure(raw.asType()), wanted);
      }
      Optional<ParameterizedTypeName> supertype = asSupertype(generated, raw, target);
      return supertype.isPresent() && parameterizedAssignable(supertype.get(), wanted);
    }
    List<? extends TypeMirror> wantedArguments = declared.getTypeArguments();
    if (wantedArguments.isEmpty()) {
      return true; // a raw type
    }
    List<TypeName> arguments = generated.typeArguments();
    for (int i = 0; i < arguments.size(); i++) {
      if (!argumentFits(arguments.get(i), wantedArguments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The generated type seen as one of its raw type's generic supertypes, with the generated type
   * arguments carried over: {@code List<X.Alias>} as {@code Collection<X.Alias>}. The compiler
   * walks the supertypes of {@code List<E>}; each {@code E} in the result is put back as the
   * generated argument.
   */
  private Optional<ParameterizedTypeName> asSupertype(
      ParameterizedTypeName generated, TypeElement raw, TypeElement target) {
    List<? extends TypeParameterElement> parameters = raw.getTypeParameters();
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(raw.asType()));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.poll();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType type = (DeclaredType) next;
      if (!type.asElement().equals(target)) {
        pending.addAll(types.directSupertypes(type));
        continue;
      }
      List<TypeName> arguments = new ArrayList<>();
      for (TypeMirror argument : type.getTypeArguments()) {
        int index =
            argument instanceof TypeVariable variable
                ? parameters.indexOf(variable.asElement())
                : -1;
        arguments.add(index >= 0 ? generated.typeArguments().get(index) : TypeName.get(argument));
      }
      return Optional.of(
          ParameterizedTypeName.get(ClassName.get(target), arguments.toArray(TypeName[]::new)));
    }
    return Optional.empty();
  }

  private boolean argumentFits(TypeName generated, TypeMirror wanted) {
    if (wanted instanceof WildcardType wildcard) {
      if (wildcard.getSuperBound() != null) {
        return false;
      }
      return wildcard.getExtendsBound() == null
          || assignable(generated, wildcard.getExtendsBound());
    }
    return generated.equals(TypeName.get(wanted));
  }

  private boolean mentionsGenerated(TypeName type) {
    if (type instanceof ClassName name) {
      return api.isGenerated(name);
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.typeArguments().stream().anyMatch(this::mentionsGenerated);
    }
    if (type instanceof ArrayTypeName array) {
      return mentionsGenerated(array.componentType());
    }
    return false;
  }

  private static boolean isObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Object");
  }

  /** The compiler's type for a JavaPoet type that names only existing types. */
  private Optional<TypeMirror> mirror(TypeName type) {
    if (type instanceof ClassName name) {
      TypeElement element = elements.getTypeElement(name.canonicalName());
      if (element == null) {
        return Optional.empty();
      }
      return Optional.of(
          element.getTypeParameters().isEmpty()
              ? element.asType()
              : types.erasure(element.asType()));
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      TypeElement element = elements.getTypeElement(parameterized.rawType().canonicalName());
      if (element == null) {
        return Optional.empty();
      }
      List<TypeMirror> arguments = new ArrayList<>();
      for (TypeName argument : parameterized.typeArguments()) {
        Optional<TypeMirror> mirror = mirror(argument);
        if (mirror.isEmpty()) {
          return Optional.empty();
        }
        arguments.add(mirror.get());
      }
      return Optional.of(types.getDeclaredType(element, arguments.toArray(TypeMirror[]::new)));
    }
    if (type instanceof ArrayTypeName array) {
      return mirror(array.componentType()).map(types::getArrayType);
    }
    if (type instanceof WildcardTypeName wildcard) {
      if (!wildcard.lowerBounds().isEmpty()) {
        return mirror(wildcard.lowerBounds().get(0)).map(b -> types.getWildcardType(null, b));
      }
      TypeName upper = wildcard.upperBounds().get(0);
      return upper.equals(ClassName.OBJECT)
          ? Optional.of(types.getWildcardType(null, null))
          : mirror(upper).map(b -> types.getWildcardType(b, null));
    }
    return Optional.empty();
  }
}
