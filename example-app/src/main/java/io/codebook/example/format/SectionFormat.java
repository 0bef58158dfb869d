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
