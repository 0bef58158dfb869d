package io.codebook.example.format;

import io.codebook.example.UsageException;
import java.util.Locale;

/** The formats of the reference documents Codebook ships in the jar. */
public enum DocFormat {
  /** Markdown. */
  MARKDOWN("md"),

  /** A standalone HTML page. */
  HTML("html");

  private final String extension;

  DocFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Finds a format by the name used with {@code docs --format}.
   *
   * @param name {@code md}, {@code markdown} or {@code html}, in any case
   * @return the format
   * @throws UsageException if no format has that name
   */
  public static DocFormat named(String name) throws UsageException {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "md":
      case "markdown":
        return MARKDOWN;
      case "html":
        return HTML;
      default:
        throw new UsageException("unknown document format '" + name + "'; use md or html");
    }
  }

  /**
   * The file name extension of documents in this format.
   *
   * @return the extension, without the dot
   */
  public String extension() {
    return extension;
  }
}
