package io.codebook.example.cli;

import io.codebook.example.UsageException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --lang}, mixed into every command that prints the codes' texts: a language tag such as
 * {@code de} or {@code de-CH}; {@code de_CH}, as POSIX locales write it, is taken too.
 */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANGUAGE",
      description =
          "The language of the codes' texts, such as de or de-CH (default: the system's, here"
              + " ${DEFAULT-VALUE}); texts without a translation are in English.")
  private Locale lang = Locale.getDefault();

  LanguageOption() {}

  /** The language asked for, or the system's. */
  Locale locale() {
    return lang;
  }

  /**
   * Parses a language tag.
   *
   * @param text the value as typed
   * @return the locale
   * @throws UsageException if the text is not a language tag
   */
  static Locale parse(String text) throws UsageException {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(text.strip().replace('_', '-')).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      // reported below, with what was typed
    }
    throw new UsageException(
        "'" + text + "' is not a language tag; use one such as en, de or de-CH");
  }
}
