package io.codebook.processor.implement;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.generate.Superinterfaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @Codebook(implement = ...)} in two steps around generation. {@link #resolve} runs
 * first: each value must be an interface without type parameters. {@link #check} runs on the
 * generated source model, before anything is written: each abstract method of each interface must
 * be a public instance method of the generated type it is meant for. Nested interfaces named like a
 * generated nested type go to that type, and are checked in the second step, once it is known which
 * nested types the set has.
 */
public final class InterfaceCheck {
  private final Elements elements;
  private final Types types;

  public InterfaceCheck(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The interfaces named by the attribute, and the problems found before generation.
   *
   * @param interfaces the usable interfaces, each once, in the order given
   * @param problems the problems; when there are any, nothing should be generated
   */
  public record Resolution(List<RequestedInterface> interfaces, List<InterfaceProblem> problems) {
    public Resolution {
      interfaces = List.copyOf(interfaces);
      problems = List.copyOf(problems);
    }

    /** The interfaces as the generators take them. */
    public Superinterfaces superinterfaces() {
      List<ClassName> ofType = new ArrayList<>();
      Map<String, List<ClassName>> ofNested = new LinkedHashMap<>();
      for (RequestedInterface requested : interfaces) {
        ofType.add(ClassName.get(requested.type()));
        for (TypeElement nested : nestedInterfaces(requested.type())) {
          ofNested
              .computeIfAbsent(nested.getSimpleName().toString(), k -> new ArrayList<>())
              .add(ClassName.get(nested));
        }
      }
      return new Superinterfaces(ofType, ofNested);
    }
  }

  public Resolution resolve(List<AnnotationValue> values) {
    List<RequestedInterface> interfaces = new ArrayList<>();
    List<InterfaceProblem> problems = new ArrayList<>();
    Set<TypeElement> seen = new LinkedHashSet<>();
    for (AnnotationValue value : values) {
      if (!(value.getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR) {
        continue; // the compiler has reported a class it cannot find
      }
      Optional<String> notAnInterface = notAnInterface(type);
      if (notAnInterface.isPresent()) {
        problems.add(
            new InterfaceProblem(
                value, Message.NOT_AN_INTERFACE, List.of(type.toString(), notAnInterface.get())));
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (seen.add(element)) {
        RequestedInterface requested = new RequestedInterface(value, element);
        int before = problems.size();
        checkUsable(requested, problems);
        if (problems.size() == before) {
          interfaces.add(requested);
        }
      }
    }
    return new Resolution(interfaces, problems);
  }

  /**
   * The problems of the generated types against the interfaces: nested interfaces that the set
   * gives a type to, then every abstract method.
   *
   * @param typeFile the generated file of the type named after the set
   */
  public List<InterfaceProblem> check(Resolution resolution, JavaFile typeFile) {
    GeneratedApi api = new GeneratedApi(typeFile);
    ReturnTypes returns = new ReturnTypes(elements, types, api);
    List<InterfaceProblem> problems = new ArrayList<>();
    for (RequestedInterface requested : resolution.interfaces()) {
      checkMethods(requested, api.top(), api, returns, problems);
      for (TypeElement nested : nestedInterfaces(requested.type())) {
        Optional<ClassName> generated = api.nested(nested.getSimpleName().toString());
        if (generated.isEmpty()) {
          continue; // this set has no such nested type, so the interface is not used
        }
        RequestedInterface nestedRequest = new RequestedInterface(requested.at(), nested);
        int before = problems.size();
        checkUsable(nestedRequest, problems);
        if (problems.size() == before) {
          checkMethods(nestedRequest, generated.get(), api, returns, problems);
        }
      }
    }
    return problems;
  }

  /**
   * Whether the generated types can implement the interface. Visibility needs no check of ours: the
   * class literal stands in the annotated package, where the types are generated, so the compiler's
   * own access check of the literal is the one the generated code needs; and the members of an
   * interface, nested interfaces included, are public.
   */
  private void checkUsable(RequestedInterface requested, List<InterfaceProblem> problems) {
    TypeElement type = requested.type();
    String name = type.getQualifiedName().toString();
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(
          new InterfaceProblem(
              requested.at(),
              Message.GENERIC_INTERFACE,
              List.of(
                  name,
                  type.getTypeParameters().stream()
                      .map(TypeParameterElement::getSimpleName)
                      .map(Object::toString)
                      .collect(Collectors.joining(", ", "<", ">")))));
    }
  }

  private void checkMethods(
      RequestedInterface requested,
      ClassName generated,
      GeneratedApi api,
      ReturnTypes returns,
      List<InterfaceProblem> problems) {
    DeclaredType asMember = (DeclaredType) requested.type().asType();
    List<OfferedMethod> offered = api.methods(generated);
    List<OfferedMethod> statics = api.staticMethods(generated);
    for (ExecutableElement method :
        ElementFilter.methodsIn(elements.getAllMembers(requested.type()))) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || method.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
        continue; // the interface's static methods, and Object's, are not inherited as its own
      }
      ExecutableType signature = (ExecutableType) types.asMemberOf(asMember, method);
      List<TypeName> parameters =
          signature.getParameterTypes().stream().map(TypeName::get).toList();
      String name = method.getSimpleName().toString();
      Optional<OfferedMethod> clash =
          statics.stream()
              .filter(s -> s.name().equals(name) && s.parameters().equals(parameters))
              .findFirst();
      if (clash.isPresent()) {
        // An abstract one too: javac's own error in the generated code would blame the wrong file.
        problems.add(
            new InterfaceProblem(
                requested.at(),
                Message.HIDDEN_BY_STATIC,
                List.of(
                    Signatures.type(generated),
                    requested.type().getQualifiedName().toString(),
                    Signatures.method(TypeName.get(signature.getReturnType()), name, parameters),
                    Signatures.type(generated),
                    clash.get().toString())));
        continue;
      }
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      boolean matched =
          method.getTypeParameters().isEmpty()
              && offered.stream()
                  .anyMatch(
                      o ->
                          o.name().equals(name)
                              && o.parameters().equals(parameters)
                              && returns.assignable(o.returnType(), signature.getReturnType()));
      if (!matched) {
        TypeName wanted = TypeName.get(signature.getReturnType());
        problems.add(
            new InterfaceProblem(
                requested.at(),
                Message.UNIMPLEMENTED_METHOD,
                List.of(
                    Signatures.type(generated),
                    requested.type().getQualifiedName().toString(),
                    Signatures.method(wanted, name, parameters),
                    Signatures.type(wanted),
                    Signatures.type(generated),
                    offered.stream()
                        .map(OfferedMethod::toString)
                        .collect(Collectors.joining(", ")))));
      }
    }
  }

  /** Why a class value is not an interface, such as "a class", or empty if it is one. */
  private static Optional<String> notAnInterface(TypeMirror type) {
    if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
      return Optional.of("a primitive type");
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return Optional.of("an array type");
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.of("not a class or interface");
    }
    ElementKind kind = ((DeclaredType) type).asElement().getKind();
    return switch (kind) {
      case INTERFACE -> Optional.empty();
      case ANNOTATION_TYPE -> Optional.of("an annotation type");
      case ENUM -> Optional.of("an enum");
      case RECORD -> Optional.of("a record");
      default -> Optional.of("a class");
    };
  }

  /** The interfaces declared directly in {@code type}, in source order. */
  private static List<TypeElement> nestedInterfaces(TypeElement type) {
    return ElementFilter.typesIn(type.getEnclosedElements()).stream()
        .filter(t -> t.getKind() == ElementKind.INTERFACE)
        .toList();
  }
}
