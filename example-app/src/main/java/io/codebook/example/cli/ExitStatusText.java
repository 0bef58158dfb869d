package io.codebook.example.cli;

/**
 * The lines of the "Exit status" table in the commands' {@code --help}, in picocli's {@code key:text}
 * form. Each command lists the statuses it can end with; the numbers are those of {@link ExitCode}.
 */
final class ExitStatusText {
  /** {@link ExitCode#OK}. */
  static final String OK = "0:success; no problem found";

  /** {@link ExitCode#NOT_FOUND}. */
  static final String NOT_FOUND =
      "1:explain: a number is neither a listed FTP reply, in an FTP reply series, nor a listed Winsock"
          + " error; explain-log: nothing in the input is an FTP reply, command or Winsock error";

  /** {@link ExitCode#NOT_FOUND}, as {@code explain} uses it. */
  static final String NOT_FOUND_EXPLAIN =
      "1:a number is neither a listed FTP reply, in an FTP reply series, nor a listed Winsock error";

  /** {@link ExitCode#NOT_FOUND}, as {@code explain-log} uses it. */
  static final String NOT_FOUND_LOG =
      "1:nothing in the input is an FTP reply, an FTP command or a Winsock error";

  /** {@link ExitCode#USAGE}. */
  static final String USAGE = "2:usage error (unknown command or option, a code that is not a number)";

  /** {@link ExitCode#IO_ERROR}. */
  static final String IO_ERROR = "3:input/output error, e.g. a file cannot be read or written";

  /** {@link ExitCode#INTERNAL_ERROR}. */
  static final String INTERNAL_ERROR = "4:internal error (a bug in ftp-doctor)";

  /** {@link ExitCode#PROBLEM_FOUND}. */
  static final String PROBLEM_FOUND =
      "5:a problem was found and diagnosed: an error reply of the probed server, or an error in the"
          + " transcript";

  /** {@link ExitCode#PROBLEM_FOUND}, as {@code probe} uses it. */
  static final String PROBLEM_FOUND_PROBE =
      "5:the server answered a step with an error reply; the diagnosis says what to do";

  /** {@link ExitCode#PROBLEM_FOUND}, as {@code explain-log} uses it. */
  static final String PROBLEM_FOUND_LOG =
      "5:the transcript shows an error reply, a Winsock error or a client error";

  /** {@link ExitCode#CONNECTION_FAILED}. */
  static final String CONNECTION_FAILED =
      "6:probe: the connection was refused, reset or timed out, or the host was not found";

  /** {@link ExitCode#CONNECTION_FAILED}, as {@code probe} uses it. */
  static final String CONNECTION_FAILED_PROBE =
      "6:the connection was refused, reset or timed out, or the host was not found; the diagnosis"
          + " names the Winsock error";

  private ExitStatusText() {}
}
