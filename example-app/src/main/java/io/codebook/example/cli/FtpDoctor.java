package io.codebook.example.cli;

import io.codebook.example.explain.CodeSet;
import io.codebook.example.format.ControlCharacters;
import io.codebook.example.format.DocFormat;
import io.codebook.example.format.ExplanationFormat;
import io.codebook.example.format.TextWrapper;
import io.codebook.example.probe.Timeout;
import io.codebook.example.transcript.TranscriptFormat;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code ftp-doctor}: explains FTP reply codes and Windows socket (Winsock) errors, annotates FTP
 * transcripts and diagnoses FTP servers, using the types Codebook generates from the FTP and
 * Winsock specs.
 *
 * <pre>
 * ftp-doctor explain [--format text|markdown|json] CODE...
 * ftp-doctor explain-log FILE|-
 * ftp-doctor probe [--embedded | ftp://[user[:password]@]host[:port][/path]] [--timeout DURATION]
 *                  [--password-file FILE]
 * ftp-doctor docs [--set ftp|winsock] [--format md|html] [--out FILE]
 * ftp-doctor help [COMMAND] | --help | -h | --version | -V
 * </pre>
 *
 * <p>The command line is parsed by picocli; every command takes {@code -h} and {@code --help}, and
 * {@code -V} and {@code --version}. The exit statuses are those of {@link ExitCode}; each command's
 * help lists the ones it can end with.
 *
 * <p>Errors are reported as one line on standard error, never as a stack trace. Without arguments,
 * or with an unknown command, the usage text follows on standard error.
 */
@Command(
    name = "ftp-doctor",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Explains FTP reply codes and Windows socket (Winsock) errors, annotates FTP transcripts, "
          + "and diagnoses FTP servers."
    },
    synopsisSubcommandLabel = "<command>",
    descriptionHeading = "%n",
    optionListHeading = "%nOptions:%n",
    subcommands = {
      ExplainCommand.class,
      ExplainLogCommand.class,
      ProbeCommand.class,
      DocsCommand.class,
      HelpCommand.class
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    footerHeading = "%n",
    footer = {
      "Run 'ftp-doctor <command> --help' for the options of a command. "
          + "'ftp-doctor probe' with no URL starts an embedded FTP server and probes it."
    })
public final class FtpDoctor implements Callable<Integer>, ExitStatuses {
  /**
   * Finds the password in a URL of any scheme (ftp-doctor http://..., --timeout sftp://...), so
   * that an error message never repeats it: from the user's colon to the last {@code @} before the
   * path, as {@code SecretMasker} reads it, since a password may hold a raw {@code @}.
   */
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^\\s/?#@:]*:)[^\\s/?#]*@");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;

  private FtpDoctor(
      InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the tool without exiting, with the process's standard input and environment.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status, one of {@link ExitCode}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err, System.getenv());
  }

  /**
   * Runs the tool without exiting, for tests and embedding. Never throws.
   *
   * @param args the command line
   * @param in standard input, read by {@code explain-log -}
   * @param out standard output
   * @param err standard error
   * @param environment the environment variables, such as {@code FTP_DOCTOR_PASSWORD}
   * @return the exit status, one of {@link ExitCode}
   */
  public static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment) {
    try {
      FtpDoctor app = new FtpDoctor(in, out, err, Map.copyOf(environment));
      return app.commandLine().execute(args);
    } catch (RuntimeException | Error e) {
      err.println("ftp-doctor: internal error: " + oneLine(e.toString()));
      return ExitCode.INTERNAL_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The help text of the tool, as {@code ftp-doctor --help} prints it.
   *
   * @return the usage text, ending with a line break
   */
  public static String usage() {
    return usage(null);
  }

  /**
   * The help text of one command, as {@code ftp-doctor COMMAND --help} prints it.
   *
   * @param command the command's name, or {@code null} for the tool's own help
   * @return the usage text, ending with a line break
   * @throws IllegalArgumentException if there is no such command
   */
  public static String usage(String command) {
    CommandLine root =
        new FtpDoctor(InputStream.nullInputStream(), System.out, System.err, Map.of())
            .commandLine();
    if (command == null) {
      return root.getUsageMessage();
    }
    CommandLine sub = root.getSubcommands().get(command);
    if (sub == null) {
      throw new IllegalArgumentException("no command " + command);
    }
    return sub.getUsageMessage();
  }

  /**
   * Without a command: the usage goes to standard error, and the status is {@link ExitCode#USAGE}.
   */
  @Override
  public Integer call() {
    err.print(usage());
    return ExitCode.USAGE;
  }

  /**
   * Standard input, for {@code explain-log -}.
   *
   * @return the stream given to {@link #run(String[], InputStream, PrintStream, PrintStream, Map)}
   */
  InputStream in() {
    return in;
  }

  /**
   * Standard output.
   *
   * @return where commands write their results
   */
  PrintStream out() {
    return out;
  }

  /**
   * Standard error.
   *
   * @return where commands write progress notes that are not part of their result
   */
  PrintStream err() {
    return err;
  }

  /**
   * One environment variable.
   *
   * @param name the variable's name
   * @return its value, or {@code null} if it is not set
   */
  String environment(String name) {
    return environment.get(name);
  }

  @Override
  public Map<String, String> exitStatuses() {
    return ExitCode.list(
        Map.of(),
        ExitCode.OK,
        ExitCode.NOT_FOUND,
        ExitCode.USAGE,
        ExitCode.IO_ERROR,
        ExitCode.INTERNAL_ERROR,
        ExitCode.PROBLEM_FOUND,
        ExitCode.CONNECTION_FAILED);
  }

  private CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(this);
    // Converters for the subcommands too: they are registered with those that exist now.
    commandLine.registerConverter(
        ExplanationFormat.class, new UsageConverter<>(ExplanationFormat::named));
    commandLine.registerConverter(
        TranscriptFormat.class, new UsageConverter<>(TranscriptFormat::named));
    commandLine.registerConverter(CodeSet.class, new UsageConverter<>(CodeSet::named));
    commandLine.registerConverter(DocFormat.class, new UsageConverter<>(DocFormat::named));
    commandLine.registerConverter(Timeout.class, new UsageConverter<>(Timeout::parse));
    commandLine.registerConverter(Locale.class, new UsageConverter<>(LanguageOption::parse));
    listExitStatuses(commandLine);
    commandLine
        .getSubcommands()
        .get("help")
        .getCommandSpec()
        .usageMessage()
        .header("Shows the help of ftp-doctor or of one of its commands.");
    commandLine.setExitCodeExceptionMapper(ExitCode::of);
    commandLine.setExpandAtFiles(false);
    commandLine.setUsageHelpWidth(TextWrapper.WIDTH);
    commandLine.setOut(writer(out));
    commandLine.setErr(writer(err));
    commandLine.setParameterExceptionHandler(this::usageError);
    commandLine.setExecutionExceptionHandler(this::executionError);
    return commandLine;
  }

  /** Gives each command's help the list of the exit statuses it can end with. */
  private static void listExitStatuses(CommandLine command) {
    if (command.getCommand() instanceof ExitStatuses statuses) {
      command.getCommandSpec().usageMessage().exitCodeList(statuses.exitStatuses());
    }
    command.getSubcommands().values().forEach(FtpDoctor::listExitStatuses);
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
  }

  private int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    int status = command.getExitCodeExceptionMapper().getExitCode(e);
    if (command.getCommandSpec().userObject() == this) {
      if (e instanceof UnmatchedArgumentException unmatched
          && !unmatched.getUnmatched().isEmpty()
          && !unmatched.getUnmatched().get(0).startsWith("-")) {
        err.println(
            "ftp-doctor: unknown command '" + printable(unmatched.getUnmatched().get(0)) + "'");
        UnmatchedArgumentException.printSuggestions(unmatched, err);
      } else {
        err.println("ftp-doctor: " + message(e));
      }
      err.println();
      err.print(usage());
      return status;
    }
    String message =
        e instanceof MutuallyExclusiveArgsException || secondOfItsGroup(e)
            ? oneOf(command)
            : message(e);
    err.println(
        "ftp-doctor: "
            + command.getCommandName()
            + ": "
            + message
            + "; see 'ftp-doctor "
            + command.getCommandName()
            + " --help'");
    return status;
  }

  /**
   * Whether an argument is unmatched because an option of its exclusive group was given before it:
   * picocli reports {@code --embedded URL} so, as the group is complete with {@code --embedded},
   * though it is the same mistake as {@code URL --embedded}.
   */
  private static boolean secondOfItsGroup(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()
        || unmatched.getUnmatched().get(0).startsWith("-")) {
      return false;
    }
    ParseResult parsed = e.getCommandLine().getParseResult();
    return parsed != null
        && parsed.matchedArgs().stream()
            .anyMatch(arg -> arg.isOption() && arg.group() != null && arg.group().exclusive());
  }

  /** Says that a command takes one argument of its exclusive group, in fewer words than picocli. */
  private static String oneOf(CommandLine command) {
    return command.getCommandSpec().argGroups().stream()
        .filter(ArgGroupSpec::exclusive)
        .map(
            group ->
                "give "
                    + group.args().stream()
                        .map(
                            arg ->
                                arg instanceof OptionSpec option
                                    ? option.longestName()
                                    : arg.paramLabel())
                        .collect(Collectors.joining(" or "))
                    + ", not both")
        .findFirst()
        .orElse("these arguments go not together");
  }

  private int executionError(Exception e, CommandLine command, ParseResult parsed) {
    int status = command.getExitCodeExceptionMapper().getExitCode(e);
    switch (status) {
      case ExitCode.USAGE ->
          err.println("ftp-doctor: " + command.getCommandName() + ": " + message(e));
      case ExitCode.IO_ERROR -> err.println("ftp-doctor: " + message(e));
      default -> err.println("ftp-doctor: internal error: " + oneLine(e.toString()));
    }
    return status;
  }

  /** An exception's message, as one line that starts in lower case and repeats no password. */
  private static String message(Exception e) {
    String message =
        oneLine(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
    if (message.length() > 1
        && Character.isUpperCase(message.charAt(0))
        && !Character.isUpperCase(message.charAt(1))) {
      message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    return printable(message);
  }

  /**
   * Text that may repeat what was typed or read, as it may be printed: no password of a URL, and no
   * control character (a file name or an argument may hold any).
   */
  private static String printable(String text) {
    return ControlCharacters.replaced(URL_PASSWORD.matcher(text).replaceAll("$1****@"));
  }

  private static String oneLine(String text) {
    return printable(text.strip().replaceAll("\\s*\\R\\s*", " "));
  }
}
