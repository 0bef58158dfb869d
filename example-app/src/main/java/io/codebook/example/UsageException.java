package io.codebook.example.cli;

/**
 * A mistake on the command line. The message says what is wrong in one line, for the user to read;
 * the tool prints it and exits with {@link ExitCode#USAGE}.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, as one sentence for the user
   */
  public UsageException(String message) {
    super(message);
  }
}
