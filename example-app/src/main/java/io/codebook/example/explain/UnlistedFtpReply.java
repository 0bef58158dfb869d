package io.codebook.example.explain;

import io.codebook.example.FtpReply;

/**
 * A number that no FTP reply lists but that lies in an FTP reply series, so its first digit still
 * says what kind of reply it is (RFC 959 section 4.2.1).
 *
 * @param code the number
 * @param series the series whose range holds it
 */
public record UnlistedFtpReply(int code, FtpReply.Series series) implements Explanation {
  /**
   * The reply class in RFC 959's notation, such as "2yz" for 200-299.
   *
   * @return the first digit followed by "yz"
   */
  public String replyClass() {
    return series.first() / 100 + "yz";
  }

  /**
   * Always {@code true}: the series explains the number.
   *
   * @return {@code true}
   */
  @Override
  public boolean found() {
    return true;
  }
}
