package io.codebook.example.diagnose;

import io.codebook.example.explain.CodeExplainer;
import io.codebook.example.explain.Explanation;
import java.util.Locale;
import java.util.Optional;

/**
 * What ftp-doctor makes of one reply or one network failure: whether it is a problem, a sentence
 * saying what probably happened, and the explanation of the code from its code set, which carries
 * the possible solutions.
 *
 * @param problem whether this is something to fix; a positive reply is not
 * @param headline one or two sentences on what happened, specific to the step that got the reply
 * @param explanation the explanation of the FTP reply or Winsock error, if there is a code at all
 *     (a connection the server simply closed has none)
 */
public record Diagnosis(boolean problem, String headline, Optional<Explanation> explanation) {
  /**
   * A diagnosis of a code, with the code's explanation.
   *
   * @param problem whether this is something to fix
   * @param headline what happened
   * @param code the FTP reply or Winsock error number
   * @return the diagnosis
   */
  public static Diagnosis of(boolean problem, String headline, int code) {
    return new Diagnosis(problem, headline, Optional.of(CodeExplainer.explain(code)));
  }

  /**
   * A diagnosis without a code.
   *
   * @param headline what happened
   * @return a problem with no explanation
   */
  public static Diagnosis withoutCode(String headline) {
    return new Diagnosis(true, headline, Optional.empty());
  }

  /**
   * This diagnosis with its explanation in the language of {@code locale}.
   *
   * @param locale the reader's locale
   * @return the diagnosis in that language
   */
  public Diagnosis in(Locale locale) {
    return new Diagnosis(
        problem, headline, explanation.map(e -> CodeExplainer.localised(e, locale)));
  }

  /**
   * The code's number, if there is one.
   *
   * @return the number of the FTP reply or Winsock error
   */
  public Optional<Integer> code() {
    return explanation.map(Explanation::code);
  }
}
