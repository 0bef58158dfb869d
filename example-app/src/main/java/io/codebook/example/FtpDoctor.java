package io.codebook.example;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ftp-doctor}: explains FTP reply codes and Windows socket (Winsock) errors, using the types
 * Codebook generates from the FTP and Winsock specs.
 *
 * <pre>
 * ftp-doctor explain [--format text|markdown] CODE...
 * ftp-doctor docs [--set ftp|winsock] [--format md|html] [--out FILE]
 * ftp-doctor help | --help | -h
 * </pre>
 *
 * <p>Exit status:
 *
 * <ul>
 *   <li>{@code 0} ({@link ExitCode#OK}): success; every code was explained, the document was written, or
 *       help was asked for.
 *   <li>{@code 1} ({@link ExitCode#NOT_FOUND}): at least one number is neither a listed FTP reply, inside
 *       an FTP reply series (100-699), nor a listed Winsock error. The other codes are still explained.
 *   <li>{@code 2} ({@link ExitCode#USAGE}): usage error: no command, an unknown command or option, a
 *       missing option value, or a code that is not a whole number fitting in 32 bits. A one-line
 *       message goes to standard error and nothing to standard output.
 *   <li>{@code 3} ({@link ExitCode#IO_ERROR}): input/output error, for example the {@code --out} file
 *       cannot be written.
 *   <li>{@code 4} ({@link ExitCode#INTERNAL_ERROR}): a bug in ftp-doctor; the message names the error.
 * </ul>
 *
 * <p>Errors are reported as one line on standard error, never as a stack trace. Without arguments, or
 * with an unknown command, the usage text follows on standard error.
 */
public final class FtpDoctor {
  /** The help text, printed by {@code help} and, on standard error, after usage errors. */
  public static final String USAGE = String.join("\n",
      "Usage: ftp-doctor <command> [options]",
      "",
      "Explains FTP reply codes and Windows socket (Winsock) errors.",
      "",
      "Commands:",
      "  explain [--format text|markdown] CODE...",
      "      Explains each code: its message and meaning, series, outcome, other",
      "      texts servers send with it, possible solutions, other meanings and",
      "      references. CODE is a number such as 421 (FTP reply) or 10061 (Winsock",
      "      error). An unlisted number from 100 to 699 is explained from its FTP",
      "      reply series.",
      "  docs [--set ftp|winsock] [--format md|html] [--out FILE]",
      "      Writes the complete reference document of a code set to standard",
      "      output, or to FILE. Defaults: --set ftp --format md.",
      "  help, --help, -h",
      "      Shows this help.",
      "",
      "Exit status:",
      "  0  success",
      "  1  a number is neither a listed FTP reply, in an FTP reply series, nor a",
      "     listed Winsock error",
      "  2  usage error (unknown command or option, a code that is not a number)",
      "  3  input/output error, e.g. FILE cannot be written",
      "  4  internal error (a bug in ftp-doctor)",
      "");

  private static final Map<String, Command> COMMANDS =
      Map.of("explain", new ExplainCommand(), "docs", new DocsCommand());

  private FtpDoctor() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool without exiting, for tests and embedding. Never throws.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status, one of {@link ExitCode}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return dispatch(Arrays.asList(args), out, err);
    } catch (UsageException e) {
      err.println("ftp-doctor: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IOException | UncheckedIOException e) {
      err.println("ftp-doctor: " + e.getMessage());
      return ExitCode.IO_ERROR;
    } catch (RuntimeException | Error e) {
      err.println("ftp-doctor: internal error: " + e);
      return ExitCode.INTERNAL_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(List<String> args, PrintStream out, PrintStream err)
      throws UsageException, IOException {
    if (args.isEmpty()) {
      err.print(USAGE);
      return ExitCode.USAGE;
    }
    String name = args.get(0);
    if (name.equals("help") || args.contains("--help") || args.contains("-h")) {
      out.print(USAGE);
      return ExitCode.OK;
    }
    Command command = COMMANDS.get(name);
    if (command == null) {
      err.println("ftp-doctor: unknown command '" + name + "'");
      err.println();
      err.print(USAGE);
      return ExitCode.USAGE;
    }
    try {
      return command.run(args.subList(1, args.size()), out);
    } catch (UsageException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }
}
