package io.codebook.processor.text;

/**
 * Words that every generated text uses alike, the Javadoc as well as the reference documents, so
 * that a reader meets one name for one thing.
 */
public final class Labels {
  /**
   * The title of a code's variants, the other texts that come with it. Worded to fit every kind of
   * code: a reply a server sends, an error a system reports, a status a library returns.
   */
  public static final String VARIANTS = "Also worded as";

  private Labels() {}
}
