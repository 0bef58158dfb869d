package io.codebook.processor.generate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference as specs write it: a label, optionally followed by {@code <https://...>}.
 *
 * @param label the text before the address, or the whole text
 * @param url the address, if the text ends in one
 */
record Reference(String label, Optional<String> url) {
  private static final Pattern WITH_URL = Pattern.compile("(.*?)\\s*<(https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+)>\\s*");

  /**
   * The address, if it can be a Javadoc link as written: doclint checks {@code href} values as URIs
   * and does not decode entities first, so an address that would need escaping in a comment
   * ({@code @}, {@code *}, {@code &}...) or that is not a valid URI is shown as text instead.
   */
  Optional<String> javadocLink() {
    return url.filter(Reference::isPlainUri);
  }

  private static boolean isPlainUri(String address) {
    if (address.chars().anyMatch(c -> "@*&\\<>\"'".indexOf(c) >= 0)) {
      return false;
    }
    try {
      new java.net.URI(address);
      return true;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  static Reference parse(String text) {
    Matcher matcher = WITH_URL.matcher(text);
    if (matcher.matches()) {
      String label = matcher.group(1).isBlank() ? matcher.group(2) : matcher.group(1);
      return new Reference(label, Optional.of(matcher.group(2)));
    }
    return new Reference(text, Optional.empty());
  }
}
