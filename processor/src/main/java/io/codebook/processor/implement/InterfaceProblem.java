package io.codebook.processor.implement;

import io.codebook.processor.diagnostics.Message;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * A mistake in {@code implement}, with the class value it is about, so that the message points at
 * that value in the annotation.
 *
 * @param at the attribute's element naming the interface
 * @param message the catalogue message
 * @param args the message's arguments
 */
public record InterfaceProblem(AnnotationValue at, Message message, List<Object> args) {
  public InterfaceProblem {
    args = List.copyOf(args);
  }

  /** The message's text, tag first. */
  public String render() {
    return message.tag() + " " + message.format(args.toArray());
  }
}
