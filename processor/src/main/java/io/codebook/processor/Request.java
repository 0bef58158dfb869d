package io.codebook.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.PackageElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One {@code @Codebook} annotation to process: the package it is on, and the annotation and {@code
 * spec} value that diagnostics point at.
 *
 * @param pkg the annotated package
 * @param annotation the {@code @Codebook} mirror
 * @param specValue the {@code spec} attribute's value
 * @param specPath the spec path it names
 * @param implement the values of the {@code implement} attribute, one per class named, in order;
 *     each is where a message about that interface points
 */
record Request(
    PackageElement pkg,
    AnnotationMirror annotation,
    AnnotationValue specValue,
    String specPath,
    List<AnnotationValue> implement) {

  /**
   * Whether {@code implement} names a type the compiler cannot resolve yet. Another processor may
   * generate it in this round, so the request waits for the next; javac reports a type that never
   * appears.
   */
  boolean namesUnresolvedTypes() {
    for (AnnotationValue value : implement) {
      if (!(value.getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return false;
  }
}
