package io.codebook.processor.validate;

import java.util.regex.Pattern;

/**
 * The language tags of translation overlays: a lower-case ISO 639 language of two or three letters
 * and, optionally, an upper-case ISO 3166 region, as in {@code de}, {@code pt-BR} and {@code
 * zh-CN}. Scripts and variants are left out: {@code Locale.getCountry()} and {@code getLanguage()}
 * are all the generated lookup reads.
 */
public final class LanguageTags {
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

  private LanguageTags() {}

  /** Whether {@code tag} is a usable tag, written in its one canonical form. */
  public static boolean isWellFormed(String tag) {
    return TAG.matcher(tag).matches();
  }

  /**
   * The path of a spec's overlay: {@code errno.yaml} with {@code de} is {@code errno.de.yaml}; a
   * spec without the {@code .yaml} or {@code .yml} ending gets {@code .de.yaml} added.
   */
  public static String overlayPath(String specPath, String tag) {
    for (String ending : new String[] {".yaml", ".yml"}) {
      if (specPath.endsWith(ending)) {
        return specPath.substring(0, specPath.length() - ending.length()) + "." + tag + ending;
      }
    }
    return specPath + "." + tag + ".yaml";
  }
}
