package io.codebook.processor.implement;

import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * An interface named by {@code implement}, or one nested in it, with the attribute's element that
 * named it (for a nested one, the element naming its enclosing interface).
 *
 * @param at where messages about it point
 * @param type the interface
 */
record RequestedInterface(AnnotationValue at, TypeElement type) {}
