package io.codebook.example.explain;

import io.codebook.example.cli.ExitCode;

/**
 * What ftp-doctor found out about one number: a listed code, an unlisted FTP reply explained from
 * its series, or a number it cannot explain.
 */
public sealed interface Explanation permits ListedCode, UnlistedFtpReply, UnknownCode {
  /**
   * The number that was asked about.
   *
   * @return the number
   */
  int code();

  /**
   * Whether the number could be explained; if not, the command exits with {@link
   * ExitCode#NOT_FOUND}.
   *
   * @return {@code true} for a listed code or a number inside an FTP reply series
   */
  boolean found();
}
