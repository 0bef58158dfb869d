package io.codebook.example;

/**
 * A mistake in what the user asked for: an option, a code, a URL, a code set's name. The message
 * says what is wrong in one line, for the user to read; the command line prints it and exits with
 * its usage status. It lives here, beside the generated types, because the commands' helpers in
 * every package ({@code explain}, {@code format}, {@code probe}, {@code transcript}) throw it, not
 * only {@code cli}.
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
