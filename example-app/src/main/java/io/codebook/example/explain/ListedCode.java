package io.codebook.example.explain;

import io.codebook.example.KnownCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A code that a code set lists, with everything the generated constant knows about it.
 *
 * @param code the number
 * @param name the constant's name, such as {@code SERVICE_NOT_AVAILABLE}
 * @param codeSet the set that lists the code
 * @param series the series the code falls in
 * @param outcome what the code says about the request, in words
 * @param outcomeName the outcome's spec word, such as {@code transient}
 * @param message the short, official text
 * @param description a longer explanation, or an empty string
 * @param variants other texts sent with this code
 * @param solutions possible solutions, most useful first
 * @param aliases other meanings of the same number
 * @param references the documents that define the code, each as "title &lt;url&gt;" or plain text
 * @param standard whether a standard defines the code, rather than common use alone
 * @param checkFirst a short hint on what to check first, if ftp-doctor has one for this code
 */
public record ListedCode(
    int code,
    String name,
    CodeSet codeSet,
    SeriesSummary series,
    String outcome,
    String outcomeName,
    String message,
    String description,
    List<String> variants,
    List<String> solutions,
    List<OtherMeaning> aliases,
    List<String> references,
    boolean standard,
    Optional<String> checkFirst)
    implements Explanation {

  /**
   * Explains a listed code of either set.
   *
   * @param code the generated constant
   * @return its explanation
   */
  public static ListedCode of(KnownCode code) {
    return new ListedCode(
        code.code(),
        code.name(),
        CodeSet.of(code),
        SeriesSummary.of(code.series()),
        OutcomeText.of(code.outcome()),
        OutcomeText.word(code.outcome()),
        code.message(),
        code.description(),
        code.variants(),
        code.solutions(),
        OtherMeaning.of(code),
        code.references(),
        code.isStandard(),
        ReplyAdvisor.checkFirst(code));
  }

  /**
   * This explanation with the message, description and solutions in the language of {@code locale},
   * where the code set has a translation: the locale's language and region, else its language, else
   * the spec's own text, as the generated {@code message(Locale)} looks them up.
   *
   * @param locale the reader's locale
   * @return the explanation in that language
   */
  public ListedCode in(Locale locale) {
    KnownCode known = codeSet.constant(code);
    return new ListedCode(
        code,
        name,
        codeSet,
        series,
        outcome,
        outcomeName,
        known.message(locale),
        known.description(locale),
        variants,
        known.solutions(locale),
        aliases,
        references,
        standard,
        checkFirst);
  }

  /**
   * Always {@code true}: a listed code is explained.
   *
   * @return {@code true}
   */
  @Override
  public boolean found() {
    return true;
  }
}
