package io.codebook.example;

/**
 * The exit statuses of {@code ftp-doctor}; see {@link FtpDoctor} for when each is used.
 */
public final class ExitCode {
  /** Everything asked for was done: every code was explained, or the document was written. */
  public static final int OK = 0;

  /** At least one number is neither a listed FTP reply, an FTP reply series, nor a listed Winsock error. */
  public static final int NOT_FOUND = 1;

  /** The command line was wrong: unknown command or option, missing value, or a code that is not a number. */
  public static final int USAGE = 2;

  /** Reading or writing failed, for example because the {@code --out} file cannot be written. */
  public static final int IO_ERROR = 3;

  /** A bug in ftp-doctor itself; the message names the unexpected error. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCode() {}
}
