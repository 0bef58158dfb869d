package io.codebook.example.explain;

import io.codebook.example.FtpReplyHandler;

/**
 * Explains any number: as an FTP reply, listed or by its series, else as a Winsock error, else as
 * unknown.
 */
public final class CodeExplainer {
  private CodeExplainer() {}

  /**
   * Explains a number.
   *
   * @param code any number
   * @return what is known about it
   */
  public static Explanation explain(int code) {
    return FtpReplyHandler.dispatch(code, FtpReplyExplainer.INSTANCE);
  }
}
