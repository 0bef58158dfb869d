package io.codebook.processor.validate;

import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.LocalisedTexts;
import io.codebook.processor.model.Translation;
import java.util.ArrayList;
import java.util.List;

/**
 * Which codes each language lacks a message for, after the fallback from a region to its language,
 * so that translators know what is left to do. Descriptions and solutions are not counted: many
 * specs have none to translate, and a message is what users read first.
 */
public final class Completeness {
  /** How many missing codes a report names; the count covers the rest. */
  public static final int CODES_NAMED = 5;

  private Completeness() {}

  /**
   * What one language lacks.
   *
   * @param translation the translation
   * @param missing how many codes lack a message
   * @param firstCodes the first {@link #CODES_NAMED} of them, in code order
   */
  public record Gap(Translation translation, int missing, List<String> firstCodes) {
    public Gap {
      firstCodes = List.copyOf(firstCodes);
    }
  }

  /** The gaps of every translation of {@code codeSet} that lacks something, sorted by tag. */
  public static List<Gap> of(CodeSet codeSet) {
    List<Gap> gaps = new ArrayList<>();
    for (Translation translation : codeSet.translations()) {
      LocalisedTexts texts = LocalisedTexts.of(codeSet, translation);
      List<String> first = new ArrayList<>();
      int missing = 0;
      for (Code code : codeSet.codes()) {
        if (texts.message(code).isEmpty()) {
          if (missing < CODES_NAMED) {
            first.add(code.key());
          }
          missing++;
        }
      }
      if (missing > 0) {
        gaps.add(new Gap(translation, missing, first));
      }
    }
    return gaps;
  }
}
