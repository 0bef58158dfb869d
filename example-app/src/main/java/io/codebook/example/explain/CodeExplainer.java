package io.codebook.example.explain;

import io.codebook.example.FtpReplyHandler;
import java.util.Locale;

/**
 * Explains any number: as an FTP reply, listed or by its series, else as a Winsock error, else as
 * unknown.
 */
public final class CodeExplainer {
  private CodeExplainer() {}

  /**
   * Explains a number.
   *
   * @param code any number
   * @return what is known about it
   */
  public static Explanation explain(int code) {
    return FtpReplyHandler.dispatch(code, FtpReplyExplainer.INSTANCE);
  }

  /**
   * Explains a number with the texts of a listed code in the language of {@code locale}.
   *
   * @param code any number
   * @param locale the reader's locale
   * @return what is known about it
   */
  public static Explanation explain(int code, Locale locale) {
    return localised(explain(code), locale);
  }

  /**
   * An explanation in the language of {@code locale}: a listed code's texts are translated, other
   * explanations have no translated text.
   *
   * @param explanation an explanation
   * @param locale the reader's locale
   * @return the explanation in that language
   */
  public static Explanation localised(Explanation explanation, Locale locale) {
    return explanation instanceof ListedCode listed ? listed.in(locale) : explanation;
  }
}
