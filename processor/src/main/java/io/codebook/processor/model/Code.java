package io.codebook.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One code of a code set, with everything resolved: the outcome is the code's own or its series'.
 *
 * @param code the number; 0 for a string code, which only {@code key} holds
 * @param name UPPER_SNAKE constant name
 * @param message the short, official text
 * @param description longer text, empty when absent
 * @param variants other texts sent with this code
 * @param solutions possible solutions, in the spec's order
 * @param outcome the resolved outcome
 * @param series the series the code falls in, if any
 * @param group the group the code falls in, if the spec declares groups
 * @param standard whether a standard defines the code
 * @param references where the code is defined
 * @param aliases other named meanings of the same code
 * @param handlerMethod the name of the code's method in the generated handler
 * @param key the code as text: the number in decimal, or the string of a string code
 */
public record Code(
    int code,
    String name,
    String message,
    String description,
    List<String> variants,
    List<String> solutions,
    Outcome outcome,
    Optional<Series> series,
    Optional<Group> group,
    boolean standard,
    List<Reference> references,
    List<Alias> aliases,
    String handlerMethod,
    String key) {

  /** A code of an int set, whose key is its number. */
  public Code(
      int code,
      String name,
      String message,
      String description,
      List<String> variants,
      List<String> solutions,
      Outcome outcome,
      Optional<Series> series,
      Optional<Group> group,
      boolean standard,
      List<Reference> references,
      List<Alias> aliases,
      String handlerMethod) {
    this(
        code,
        name,
        message,
        description,
        variants,
        solutions,
        outcome,
        series,
        group,
        standard,
        references,
        aliases,
        handlerMethod,
        String.valueOf(code));
  }

  public Code {
    variants = List.copyOf(variants);
    solutions = List.copyOf(solutions);
    references = List.copyOf(references);
    aliases = List.copyOf(aliases);
  }
}
