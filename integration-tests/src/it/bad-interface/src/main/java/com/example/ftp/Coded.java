package com.example.ftp;

/**
 * The common consumer's interface with one method too many, which neither generated type has: a
 * layer over {@code common} whose build must fail with the processor's message on the annotation.
 */
public interface Coded {
  /**
   * The code's number.
   *
   * @return the number
   */
  int code();

  /**
   * A method the generated types lack.
   *
   * @return nothing they offer
   */
  long number();

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
