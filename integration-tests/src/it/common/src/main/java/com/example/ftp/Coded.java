package com.example.ftp;

/**
 * What both of this consumer's code sets offer: each {@code @Codebook} names this interface in
 * {@code implement}, so that one method takes a code of either set.
 */
public interface Coded {
  /**
   * The code's number.
   *
   * @return the number
   */
  int code();

  /**
   * The constant's name.
   *
   * @return the name
   */
  String name();

  /**
   * Whether the same request may succeed later.
   *
   * @return {@code true} for a transient outcome
   */
  boolean isTransient();

  /** The series of a code; each set's generated {@code Series} implements it. */
  interface Series {
    /**
     * The series' title.
     *
     * @return the title
     */
    String title();
  }

  /**
   * The code's series, as this interface's {@code Series}.
   *
   * @return the series
   */
  Series series();
}
