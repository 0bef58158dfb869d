package io.codebook.example.format;

import io.codebook.example.explain.Explanation;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.UnknownCode;
import io.codebook.example.explain.UnlistedFtpReply;

/**
 * A format that writes one section per explanation, with one method for each kind: a listed code,
 * an unlisted FTP reply explained from its series, and an unknown number.
 */
public abstract class SectionFormat implements ExplanationFormat {
  /**
   * The title of a code's variants, the other texts that come with it: the words of the Javadoc and
   * reference documents Codebook generates, so that the tool and the documents it ships say the
   * same, for FTP replies and Winsock errors alike.
   */
  protected static final String VARIANTS_TITLE = "Also worded as:";

  /** For subclasses. */
  protected SectionFormat() {}

  @Override
  public final String format(Explanation explanation) {
    if (explanation instanceof ListedCode listed) {
      return listed(listed);
    }
    if (explanation instanceof UnlistedFtpReply unlisted) {
      return unlisted(unlisted);
    }
    return unknown((UnknownCode) explanation);
  }

  /**
   * The section of a listed code.
   *
   * @param code the code
   * @return the section
   */
  protected abstract String listed(ListedCode code);

  /**
   * The section of an unlisted FTP reply.
   *
   * @param reply the reply
   * @return the section
   */
  protected abstract String unlisted(UnlistedFtpReply reply);

  /**
   * The section of a number no set knows.
   *
   * @param code the number
   * @return the section
   */
  protected abstract String unknown(UnknownCode code);
}
