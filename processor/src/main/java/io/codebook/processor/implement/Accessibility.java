package io.codebook.processor.implement;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether code in a package may name a type: the type and every type it is nested in must be
 * public, or not private and in that same package. (Protected members count as package access: a
 * generated type is no subclass of the enclosing one.)
 */
final class Accessibility {
  private Accessibility() {}

  /** Why {@code type} cannot be named from {@code from}, or empty when it can. */
  static Optional<String> problem(TypeElement type, PackageElement from, Elements elements) {
    boolean samePackage = elements.getPackageOf(type).equals(from);
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (!(e instanceof TypeElement enclosing)) {
        return Optional.of(e.getSimpleName() + " is declared inside a method");
      }
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(enclosing.getQualifiedName() + " is private");
      }
      if (!enclosing.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
        return Optional.of(
            enclosing.getQualifiedName() + " is not public, and is in another package");
      }
    }
    return Optional.empty();
  }
}
