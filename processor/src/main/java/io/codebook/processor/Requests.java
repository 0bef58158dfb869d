package io.codebook.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds every {@code @Codebook} of a round, whether written once or repeated (which javac wraps in
 * {@code @Codebook.List}). Mirrors are used rather than reflection so that diagnostics can point at
 * the annotation.
 */
final class Requests {
  private static final String CODEBOOK = AnnotationNames.CODEBOOK;
  private static final String CONTAINER = AnnotationNames.CODEBOOK_LIST;

  private Requests() {}

  static List<Request> find(RoundEnvironment round, Elements elements) {
    List<Request> requests = new ArrayList<>();
    List<Element> annotated = new ArrayList<>();
    for (String name : List.of(CODEBOOK, CONTAINER)) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        annotated.addAll(round.getElementsAnnotatedWith(type));
      }
    }
    // Process packages in name order, so that output and messages never depend on discovery order.
    annotated.sort(Comparator.comparing(e -> e.toString()));
    Element previous = null;
    for (Element element : annotated) {
      if (element.equals(previous) || element.getKind() != ElementKind.PACKAGE) {
        continue;
      }
      previous = element;
      requests.addAll(of((PackageElement) element));
    }
    return requests;
  }

  /** The {@code @Codebook} annotations on one package, in the order they are written. */
  static List<Request> of(PackageElement pkg) {
    List<Request> requests = new ArrayList<>();
    for (AnnotationMirror mirror : pkg.getAnnotationMirrors()) {
      String type =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(CODEBOOK)) {
        add(requests, pkg, mirror);
      } else if (type.equals(CONTAINER)) {
        AnnotationValue repeated = value(mirror, "value");
        for (Object inner : repeated == null ? List.of() : (List<?>) repeated.getValue()) {
          // javac cannot point into a repeated annotation's synthesized container, so these
          // messages land on the package declaration; the text still names the spec.
          add(requests, pkg, (AnnotationMirror) ((AnnotationValue) inner).getValue());
        }
      }
    }
    return requests;
  }

  private static void add(List<Request> requests, PackageElement pkg, AnnotationMirror mirror) {
    AnnotationValue spec = value(mirror, AnnotationNames.SPEC);
    if (spec == null) {
      return; // javac has already reported the missing attribute
    }
    requests.add(
        new Request(
            pkg,
            mirror,
            spec,
            String.valueOf(spec.getValue()),
            elements(value(mirror, AnnotationNames.IMPLEMENT))));
  }

  /**
   * The elements of an array attribute; javac and ECJ both give {@code implement = A.class} as an
   * array of one.
   */
  private static List<AnnotationValue> elements(AnnotationValue array) {
    if (array == null || !(array.getValue() instanceof List<?> values)) {
      return List.of();
    }
    List<AnnotationValue> elements = new ArrayList<>();
    for (Object value : values) {
      elements.add((AnnotationValue) value);
    }
    return List.copyOf(elements);
  }

  private static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
