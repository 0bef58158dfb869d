package io.codebook.example.ftp;

/**
 * The start of a line a server or client sent, as a message quotes it: tabs as spaces, cut after
 * {@link #LENGTH} characters, so that a hostile or binary line cannot flood a report. The probe and
 * the transcript reader quote lines the same way.
 */
public final class Excerpt {
  /** How many characters of a line an excerpt keeps. */
  public static final int LENGTH = 80;

  private Excerpt() {}

  /**
   * The excerpt, unquoted.
   *
   * @param text the line
   * @return its start, with "..." when it was cut
   */
  public static String of(String text) {
    String flat = text.replace('\t', ' ');
    return flat.length() > LENGTH ? flat.substring(0, LENGTH) + "..." : flat;
  }

  /**
   * The excerpt in double quotes, for a sentence.
   *
   * @param text the line
   * @return the quoted excerpt
   */
  public static String quoted(String text) {
    return '"' + of(text) + '"';
  }
}
