package io.codebook.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a code tells its receiver about the request it answers. */
public enum Outcome {
  /** The request was carried out. */
  SUCCESS("The request was carried out."),
  /** The request is under way or needs more from the sender before it completes. */
  PENDING("The request is under way, or needs more from the sender before it completes."),
  /** The request failed, but the same request may succeed later. */
  TRANSIENT("The request failed, but the same request may succeed if tried again later."),
  /** The request failed and repeating it unchanged will fail again. */
  PERMANENT("The request failed, and repeating it unchanged will fail again."),
  /**
   * The code says nothing by itself about the request: the spec gives it no outcome (many
   * registries, such as errno, do not say), or it carries another code that does, as FTP's
   * protected replies carry another reply, and its description says where to look.
   */
  NONE(
      "The code says nothing by itself about the request: the spec gives it no outcome, or its description says where the outcome is found.");

  private final String meaning;

  Outcome(String meaning) {
    this.meaning = meaning;
  }

  /** The word spec files use, such as {@code transient}. */
  public String specWord() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One sentence saying what the outcome means, for generated docs. */
  public String meaning() {
    return meaning;
  }

  /** The outcome a spec word names, or empty. */
  public static Optional<Outcome> fromSpecWord(String word) {
    return Arrays.stream(values()).filter(o -> o.specWord().equals(word)).findFirst();
  }

  /** Every spec word, in declaration order. */
  public static List<String> specWords() {
    return Arrays.stream(values()).map(Outcome::specWord).toList();
  }
}
