package io.codebook.example.cli;

import io.codebook.example.UsageException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reads {@code --lang}: a language tag such as {@code de} or {@code de-CH}; {@code de_CH}, as POSIX
 * locales write it, is taken too.
 */
final class LanguageOption {
  private LanguageOption() {}

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
