package io.codebook.example.explain;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
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
   * Explains a listed FTP reply.
   *
   * @param reply the reply
   * @return its explanation
   */
  public static ListedCode of(FtpReply reply) {
    return new ListedCode(
        reply.code(),
        reply.name(),
        CodeSet.FTP,
        SeriesSummary.of(reply.series()),
        OutcomeText.of(reply.outcome()),
        reply.message(),
        reply.description(),
        reply.variants(),
        reply.solutions(),
        OtherMeaning.of(reply),
        reply.references(),
        reply.isStandard(),
        ReplyAdvisor.checkFirst(reply));
  }

  /**
   * Explains a listed Winsock error.
   *
   * @param error the error
   * @return its explanation
   */
  public static ListedCode of(WinsockError error) {
    return new ListedCode(
        error.code(),
        error.name(),
        CodeSet.WINSOCK,
        SeriesSummary.of(error.series()),
        OutcomeText.of(error.outcome()),
        error.message(),
        error.description(),
        error.variants(),
        error.solutions(),
        OtherMeaning.of(error),
        error.references(),
        error.isStandard(),
        ReplyAdvisor.checkFirst(error));
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
    String localMessage;
    String localDescription;
    List<String> localSolutions;
    if (codeSet == CodeSet.FTP) {
      FtpReply reply = FtpReply.of(code);
      localMessage = reply.message(locale);
      localDescription = reply.description(locale);
      localSolutions = reply.solutions(locale);
    } else {
      WinsockError error = WinsockError.of(code);
      localMessage = error.message(locale);
      localDescription = error.description(locale);
      localSolutions = error.solutions(locale);
    }
    return new ListedCode(
        code,
        name,
        codeSet,
        series,
        outcome,
        localMessage,
        localDescription,
        variants,
        localSolutions,
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
