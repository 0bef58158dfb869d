package io.codebook.example.cli;

/**
 * The exit statuses of {@code ftp-doctor}; see {@link FtpDoctor} for when each is used. The same table is
 * printed at the end of every command's {@code --help}.
 */
public final class ExitCode {
  /** Everything asked for was done, and no problem was found. */
  public static final int OK = 0;

  /**
   * {@code explain}: at least one number is neither a listed FTP reply, an FTP reply series, nor a listed
   * Winsock error. {@code explain-log}: the input holds no FTP reply, command or Winsock error at all.
   */
  public static final int NOT_FOUND = 1;

  /** The command line was wrong: unknown command or option, missing value, or a code that is not a number. */
  public static final int USAGE = 2;

  /** Reading or writing failed, for example because the {@code --out} file cannot be written. */
  public static final int IO_ERROR = 3;

  /** A bug in ftp-doctor itself; the message names the unexpected error. */
  public static final int INTERNAL_ERROR = 4;

  /**
   * A problem was found and diagnosed. {@code probe}: the server answered a step of the session with an
   * error reply (or with something that is not an FTP reply). {@code explain-log}: the transcript holds
   * an error reply, a Winsock error or an error line of the client.
   */
  public static final int PROBLEM_FOUND = 5;

  /**
   * {@code probe} only: the network failed, and the diagnosis names the Winsock error: the connection
   * was refused, reset or timed out, or the host name is not found.
   */
  public static final int CONNECTION_FAILED = 6;

  private ExitCode() {}
}
