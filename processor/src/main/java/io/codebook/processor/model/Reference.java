package io.codebook.processor.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference as specs write it, parsed once: a label, optionally followed by {@code
 * <https://...>}. Generated code keeps {@link #text()} exactly as written; documents show the label
 * and link the address.
 *
 * @param text the reference exactly as the spec writes it
 * @param label the text before the address, or the whole text
 * @param url the address, if the text ends in an http or https one
 */
public record Reference(String text, String label, Optional<String> url) {
  private static final Pattern WITH_URL =
      Pattern.compile("(.*?)\\s*<(https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+)>\\s*");

  /** Reads a spec's reference text; anything that does not end in an address is all label. */
  public static Reference parse(String text) {
    Matcher matcher = WITH_URL.matcher(text);
    if (matcher.matches()) {
      String label = matcher.group(1).isBlank() ? matcher.group(2) : matcher.group(1);
      return new Reference(text, label, Optional.of(matcher.group(2)));
    }
    return new Reference(text, text, Optional.empty());
  }
}
