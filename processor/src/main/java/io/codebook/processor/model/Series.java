package io.codebook.processor.model;

/**
 * A named range of codes that share a meaning, such as FTP's 4yz replies, or for string codes the
 * codes that start with a prefix, such as SQLSTATE's class 42.
 *
 * @param name UPPER_SNAKE constant name
 * @param first lowest code in the range (int codes)
 * @param last highest code in the range, inclusive (int codes)
 * @param title short title
 * @param description longer text, empty when the spec gives none
 * @param outcome the outcome of codes in this series unless a code says otherwise
 * @param handlerMethod the name of the series' method in the generated handler
 * @param prefix the prefix of every code in the series (string codes), else empty
 */
public record Series(
    String name,
    int first,
    int last,
    String title,
    String description,
    Outcome outcome,
    String handlerMethod,
    String prefix) {

  /** A series of int codes. */
  public Series(
      String name,
      int first,
      int last,
      String title,
      String description,
      Outcome outcome,
      String handlerMethod) {
    this(name, first, last, title, description, outcome, handlerMethod, "");
  }

  /** Whether this is a series of string codes, which a prefix selects. */
  public boolean byPrefix() {
    return !prefix.isEmpty();
  }

  /** Whether the code lies in this series: in its range, or starting with its prefix. */
  public boolean contains(Code code) {
    return byPrefix() ? code.key().startsWith(prefix) : contains(code.code());
  }

  /** How documents show the series' codes: {@code 400-499}, or {@code 42*} for a prefix. */
  public String label() {
    return byPrefix() ? prefix + "*" : first + "-" + last;
  }

  /** Whether {@code code} lies in this series' range. */
  public boolean contains(int code) {
    return code >= first && code <= last;
  }
}
