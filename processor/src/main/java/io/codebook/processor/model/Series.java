package io.codebook.processor.model;

/**
 * A named range of codes that share a meaning, such as FTP's 4yz replies.
 *
 * @param name UPPER_SNAKE constant name
 * @param first lowest code in the range
 * @param last highest code in the range, inclusive
 * @param title short title
 * @param description longer text, empty when the spec gives none
 * @param outcome the outcome of codes in this series unless a code says otherwise
 * @param handlerMethod the name of the series' method in the generated handler
 */
public record Series(String name, int first, int last, String title, String description, Outcome outcome, String handlerMethod) {

  /** Whether {@code code} lies in this series' range. */
  public boolean contains(int code) {
    return code >= first && code <= last;
  }
}
