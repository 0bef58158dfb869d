package io.codebook.example.diagnose;

import io.codebook.example.FtpReply;
import io.codebook.example.FtpReplyHandler;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.format.ExplanationFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Diagnoses an FTP reply in the light of the command it answers, routed by the generated {@link
 * FtpReplyHandler}.
 *
 * <p>This is what the handler is for: the replies people run into most get a method of their own
 * with advice for the situation (a 530 after {@code PASS} is a wrong password, a 530 after {@code
 * LIST} a missing login; a 550 after {@code RETR} a missing file), and every other number falls
 * back to the method of its series, so no reply is left undiagnosed and a code added to the spec is
 * routed without a change here. Numbers outside every series arrive at {@link #otherwise(int)}.
 *
 * <p>The possible solutions come from the spec, through the explanation each diagnosis carries.
 */
public final class DiagnosisHandler implements FtpReplyHandler<Diagnosis> {
  private final String verb;
  private final String argument;

  /**
   * Creates a handler for the reply to one command.
   *
   * @param command the command the reply answers, as shown to the user (so {@code PASS ****}), or
   *     an empty string for the greeting or when the command is not known
   */
  public DiagnosisHandler(String command) {
    String trimmed = command.strip();
    int space = trimmed.indexOf(' ');
    this.verb = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
    this.argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
  }

  /**
   * Diagnoses a reply.
   *
   * @param code the reply's code, any number
   * @param command the command the reply answers, as shown to the user, or an empty string
   * @return the diagnosis
   */
  public static Diagnosis diagnose(int code, String command) {
    return FtpReplyHandler.dispatch(code, new DiagnosisHandler(command));
  }

  @Override
  public Diagnosis onServiceNotAvailable(FtpReply code) {
    return problem(
        code,
        "The server is closing the connection. Most often it limits the number of"
            + " connections (in total, per user or per address) and that limit is reached; it may also be"
            + " shutting down.");
  }

  @Override
  public Diagnosis onNotLoggedIn(FtpReply code) {
    if (isLogin()) {
      return problem(
          code,
          "The server refused the login: the user name or the password is wrong, or"
              + " this account may not log in this way (for example without FTPS, or from this address).");
    }
    return problem(code, "The server wants a successful login before " + command() + ".");
  }

  @Override
  public Diagnosis onInvalidUsernameOrPassword(FtpReply code) {
    return problem(code, "The server says the user name or the password is wrong.");
  }

  @Override
  public Diagnosis onNeedAccountForLogin(FtpReply code) {
    return problem(
        code,
        "The server wants an account (the ACCT command) to complete the login, which"
            + " ftp-doctor does not send; ask the server's administrator which account to use.");
  }

  @Override
  public Diagnosis onFileUnavailable(FtpReply code) {
    String what = argument.isEmpty() ? "The file or directory" : "'" + argument + "'";
    String to = verb.isEmpty() ? "" : " to " + verb;
    return problem(
        code,
        what
            + " is not available"
            + to
            + ": it does not exist (check the"
            + " spelling, the case and the directory), or this account may not use it.");
  }

  @Override
  public Diagnosis onFileActionNotTaken(FtpReply code) {
    return problem(
        code, "The file is busy or not available right now; the same command may work" + " later.");
  }

  @Override
  public Diagnosis onCannotOpenDataConnection(FtpReply code) {
    return problem(
        code,
        "The control connection works, but the data connection for "
            + command()
            + " could not be opened.");
  }

  @Override
  public Diagnosis onTransferAborted(FtpReply code) {
    return problem(
        code,
        "The data connection was closed during "
            + command()
            + ", so the transfer is"
            + " incomplete.");
  }

  @Override
  public Diagnosis onSyntaxErrorCommandUnrecognized(FtpReply code) {
    return problem(code, "The server does not know " + command() + ".");
  }

  @Override
  public Diagnosis onCommandNotImplemented(FtpReply code) {
    return problem(code, "The server does not implement " + command() + ".");
  }

  @Override
  public Diagnosis onPositivePreliminary(int code) {
    return fine(code);
  }

  @Override
  public Diagnosis onPositiveCompletion(int code) {
    return fine(code);
  }

  @Override
  public Diagnosis onPositiveIntermediate(int code) {
    return fine(code);
  }

  @Override
  public Diagnosis onTransientNegative(int code) {
    return Diagnosis.of(
        true,
        "A temporary failure of "
            + command()
            + ": the same command may work if"
            + " repeated later.",
        code);
  }

  @Override
  public Diagnosis onPermanentNegative(int code) {
    return Diagnosis.of(
        true,
        "The server refused " + command() + "; repeating it unchanged will fail" + " again.",
        code);
  }

  @Override
  public Diagnosis onProtectedReply(int code) {
    return Diagnosis.of(
        false,
        "A protected reply (RFC 2228): its real code and text are encrypted" + " inside it.",
        code);
  }

  @Override
  public Diagnosis otherwise(int code) {
    return Diagnosis.of(
        true,
        code
            + " is not an FTP reply code: replies are numbers from "
            + ExplanationFormat.ftpReplyRange()
            + ".",
        code);
  }

  private boolean isLogin() {
    return verb.isEmpty() || verb.equals("USER") || verb.equals("PASS") || verb.equals("ACCT");
  }

  private String command() {
    return verb.isEmpty() ? "the request" : verb;
  }

  private static Diagnosis problem(FtpReply code, String headline) {
    return new Diagnosis(true, headline, Optional.of(ListedCode.of(code)));
  }

  private static Diagnosis fine(int code) {
    return Diagnosis.of(false, "", code);
  }
}
