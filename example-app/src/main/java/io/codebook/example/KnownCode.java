package io.codebook.example;

import java.util.List;
import java.util.Locale;

/**
 * A code that one of ftp-doctor's code sets lists. Both {@code @Codebook} annotations of this
 * package name it in {@code implement}, so {@link FtpReply} and {@link WinsockError} are both
 * {@code KnownCode}s, and their nested {@code Series}, {@code Alias} and {@code Outcome} implement
 * the interfaces of the same names below: code that explains a code needs no overload per set.
 * Every method is one the generated types already have; the processor checks that they match.
 */
public interface KnownCode {
  /**
   * The code's number.
   *
   * @return the number
   */
  int code();

  /**
   * The constant's name, such as {@code SERVICE_NOT_AVAILABLE}.
   *
   * @return the name
   */
  String name();

  /**
   * The short, official text.
   *
   * @return the message
   */
  String message();

  /**
   * A longer explanation.
   *
   * @return the explanation, or an empty string
   */
  String description();

  /**
   * The short text in the reader's language: its language and region, else its language, else the
   * spec's own text.
   *
   * @param locale the reader's locale
   * @return the message
   */
  String message(Locale locale);

  /**
   * The longer explanation in the reader's language, looked up as {@link #message(Locale)} is.
   *
   * @param locale the reader's locale
   * @return the explanation, or an empty string
   */
  String description(Locale locale);

  /**
   * Possible solutions in the reader's language, looked up as {@link #message(Locale)} is.
   *
   * @param locale the reader's locale
   * @return the solutions, possibly none
   */
  List<String> solutions(Locale locale);

  /**
   * Other texts that come with the code in the wild.
   *
   * @return the texts, possibly none
   */
  List<String> variants();

  /**
   * Possible solutions, most useful first.
   *
   * @return the solutions, possibly none
   */
  List<String> solutions();

  /**
   * The documents that define the code, each as "title &lt;url&gt;" or plain text.
   *
   * @return the references
   */
  List<String> references();

  /**
   * Whether a standard defines the code, rather than common use alone.
   *
   * @return {@code true} for a standard code
   */
  boolean isStandard();

  /**
   * Other meanings of the same number.
   *
   * @return the aliases, in spec order
   */
  List<? extends Alias> aliases();

  /**
   * The range of codes this one belongs to. Every code of both sets lies in a series.
   *
   * @return the series
   */
  Series series();

  /**
   * What the code says about the request.
   *
   * @return the outcome
   */
  Outcome outcome();

  /** A range of codes that share a meaning; each set's generated {@code Series}. */
  interface Series {
    /**
     * The lowest code of the range.
     *
     * @return the first code
     */
    int first();

    /**
     * The highest code of the range, inclusive.
     *
     * @return the last code
     */
    int last();

    /**
     * The series' title.
     *
     * @return the title
     */
    String title();

    /**
     * A longer explanation.
     *
     * @return the explanation, or an empty string
     */
    String description();

    /**
     * What codes of the series say, unless a code says otherwise.
     *
     * @return the outcome
     */
    Outcome outcome();
  }

  /** Another named meaning of a code; each set's generated {@code Alias}. */
  interface Alias {
    /**
     * The alias's constant name.
     *
     * @return the name
     */
    String name();

    /**
     * The short text of this meaning.
     *
     * @return the message
     */
    String message();

    /**
     * A longer explanation.
     *
     * @return the explanation, or an empty string
     */
    String description();

    /**
     * Whether a standard defines this meaning.
     *
     * @return {@code true} for a standard meaning
     */
    boolean isStandard();

    /**
     * The documents that define this meaning.
     *
     * @return the references
     */
    List<String> references();
  }

  /**
   * What a code says about the request; each set's generated {@code Outcome} enum, whose constants
   * are the spec format's outcome words.
   */
  interface Outcome {
    /**
     * The outcome's constant name: {@code SUCCESS}, {@code PENDING}, {@code TRANSIENT}, {@code
     * PERMANENT} or {@code NONE}.
     *
     * @return the name
     */
    String name();

    /**
     * Whether the request failed.
     *
     * @return {@code true} for a transient or permanent outcome
     */
    boolean isError();
  }
}
