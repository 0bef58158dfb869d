package io.codebook.example.explain;

import io.codebook.example.KnownCode;
import java.util.List;

/**
 * Another named meaning of a code, from the generated {@code aliases()}.
 *
 * @param name the alias's constant name, such as {@code TLS_NEGOTIATION_FAILED}
 * @param message the short text of this meaning
 * @param description a longer explanation, or an empty string
 * @param standard whether a standard defines this meaning
 * @param references the documents that define it
 */
public record OtherMeaning(
    String name, String message, String description, boolean standard, List<String> references) {

  /**
   * The other meanings of a code.
   *
   * @param code a code of either set
   * @return its aliases, in spec order
   */
  public static List<OtherMeaning> of(KnownCode code) {
    return code.aliases().stream()
        .map(
            a ->
                new OtherMeaning(
                    a.name(), a.message(), a.description(), a.isStandard(), a.references()))
        .toList();
  }

  /**
   * One line for text output: name, message, and whether it is standard.
   *
   * @return the summary
   */
  public String summary() {
    return name + ": " + message + (standard ? "" : " (not defined by a standard)");
  }
}
