package io.codebook.example.cli;

import io.codebook.example.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ParameterException;

/**
 * The exit statuses of {@code ftp-doctor}, and what each means in the help. Every command's help
 * lists the statuses it can end with ({@link #list}); the tool's own help lists them all.
 */
public final class ExitCode {
  /** Everything asked for was done, and no problem was found. */
  public static final int OK = 0;

  /**
   * {@code explain}: at least one number is neither a listed FTP reply, an FTP reply series, nor a
   * listed Winsock error. {@code explain-log}: the input holds no FTP reply, command or Winsock
   * error at all.
   */
  public static final int NOT_FOUND = 1;

  /**
   * The command line was wrong: unknown command or option, missing value, or a code that is not a
   * number.
   */
  public static final int USAGE = 2;

  /** Reading or writing failed, for example because the {@code --out} file cannot be written. */
  public static final int IO_ERROR = 3;

  /** A bug in ftp-doctor itself; the message names the unexpected error. */
  public static final int INTERNAL_ERROR = 4;

  /**
   * A problem was found and diagnosed. {@code probe}: the server answered a step of the session
   * with an error reply (or with something that is not an FTP reply). {@code explain-log}: the
   * transcript holds an error reply, a Winsock error or an error line of the client.
   */
  public static final int PROBLEM_FOUND = 5;

  /**
   * {@code probe} only: the network failed, and the diagnosis names the Winsock error: the
   * connection was refused, reset or timed out, or the host name is not found.
   */
  public static final int CONNECTION_FAILED = 6;

  private ExitCode() {}

  /**
   * The status a command ends with when it throws: picocli's exit code exception mapper.
   *
   * @param thrown what the command threw
   * @return {@link #USAGE}, {@link #IO_ERROR} or, for anything unexpected, {@link #INTERNAL_ERROR}
   */
  static int of(Throwable thrown) {
    if (thrown instanceof UsageException || thrown instanceof ParameterException) {
      return USAGE;
    }
    if (thrown instanceof IOException || thrown instanceof UncheckedIOException) {
      return IO_ERROR;
    }
    return INTERNAL_ERROR;
  }

  /**
   * The "Exit status" list of a help text, in picocli's form.
   *
   * @param meanings what some statuses mean for the command, where its help says it in its own
   *     words
   * @param codes the statuses the command can end with, in order
   * @return each status and its meaning, in order
   */
  static Map<String, String> list(Map<Integer, String> meanings, int... codes) {
    Map<String, String> list = new LinkedHashMap<>();
    for (int code : codes) {
      list.put(Integer.toString(code), meanings.getOrDefault(code, meaning(code)));
    }
    return list;
  }

  private static String meaning(int code) {
    return switch (code) {
      case OK -> "success; no problem found";
      case NOT_FOUND ->
          "explain: a number is neither a listed FTP reply, in an FTP reply series, nor a"
              + " listed Winsock error; explain-log: nothing in the input is an FTP reply, command or"
              + " Winsock error";
      case USAGE -> "usage error (unknown command or option, a code that is not a number)";
      case IO_ERROR -> "input/output error, e.g. a file cannot be read or written";
      case INTERNAL_ERROR -> "internal error (a bug in ftp-doctor)";
      case PROBLEM_FOUND ->
          "a problem was found and diagnosed: an error reply of the probed server, or"
              + " an error in the transcript";
      case CONNECTION_FAILED ->
          "probe: the connection was refused, reset or timed out, or the host was" + " not found";
      default -> throw new IllegalArgumentException("no exit status " + code);
    };
  }
}
