package io.codebook.processor.document;

import java.util.Locale;
import java.util.Set;

/** Which languages are written from right to left, for the {@code dir} of a document. */
final class TextDirection {
  /**
   * Languages whose usual script runs right to left: Arabic, Hebrew, Persian, Urdu, Yiddish,
   * Pashto, Sindhi, Central Kurdish, Dhivehi, Uyghur, and the older codes of Hebrew and Yiddish.
   */
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ckb", "dv", "ug");

  private TextDirection() {}

  static boolean isRightToLeft(String tag) {
    String language = tag.split("-", -1)[0].toLowerCase(Locale.ROOT);
    return RIGHT_TO_LEFT.contains(language);
  }
}
