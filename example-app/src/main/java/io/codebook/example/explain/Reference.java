package io.codebook.example.explain;

import java.util.Optional;

/**
 * One entry of a generated {@code references()} list, split into its title and address. The
 * generated code joins them as "title &lt;url&gt;"; entries without an address are plain text.
 *
 * @param title the title, or the whole text when there is no address
 * @param url the address, if the entry has one
 */
public record Reference(String title, Optional<String> url) {
  /**
   * Splits an entry.
   *
   * @param entry an entry of {@code references()}
   * @return its title and address
   */
  public static Reference parse(String entry) {
    int open = entry.lastIndexOf(" <");
    if (open > 0 && entry.endsWith(">")) {
      String url = entry.substring(open + 2, entry.length() - 1);
      if (url.startsWith("http://") || url.startsWith("https://")) {
        return new Reference(entry.substring(0, open), Optional.of(url));
      }
    }
    return new Reference(entry, Optional.empty());
  }
}
