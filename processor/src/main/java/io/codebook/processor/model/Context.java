package io.codebook.processor.model;

import java.util.List;

/**
 * A situation in which only some codes may occur, such as the replies RFC 959 allows to one FTP
 * command. Programs use it to notice a code that is out of place.
 *
 * @param name UPPER_SNAKE constant name, such as {@code PWD}
 * @param title short title
 * @param description longer text, empty when absent
 * @param allowed the codes allowed, sorted and distinct; every one is a code of the set
 * @param references where the rule comes from
 */
public record Context(
    String name,
    String title,
    String description,
    List<Integer> allowed,
    List<Reference> references) {

  public Context {
    allowed = List.copyOf(allowed);
    references = List.copyOf(references);
  }
}
