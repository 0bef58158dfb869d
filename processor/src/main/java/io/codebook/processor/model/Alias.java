package io.codebook.processor.model;

import java.util.List;

/**
 * Another named meaning of a code, usually from a different source document. Lookup by number still
 * yields the code's primary constant; the alias is reachable by name.
 *
 * @param name UPPER_SNAKE constant name
 * @param message the short text of this meaning
 * @param description longer text, empty when absent
 * @param standard whether a standard defines this meaning
 * @param references where the meaning comes from
 */
public record Alias(
    String name, String message, String description, boolean standard, List<Reference> references) {

  public Alias {
    references = List.copyOf(references);
  }
}
