package io.codebook.example.cli;

import io.codebook.example.UsageException;
import io.codebook.example.format.ControlCharacters;
import io.codebook.example.format.TextWrapper;
import io.codebook.example.probe.EmbeddedFtpServer;
import io.codebook.example.probe.FtpProbe;
import io.codebook.example.probe.ProbeTarget;
import io.codebook.example.probe.Timeout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code probe [--embedded | URL] [--timeout DURATION] [--password-file FILE]}: connects to an FTP
 * server, runs a scripted session and diagnoses what fails; see {@link FtpProbe}. Without a URL, or
 * with {@code --embedded}, it starts an {@link EmbeddedFtpServer} and probes that.
 *
 * <p>The password comes from the URL, else from {@code --password-file} (its first line), else from
 * the environment variable {@value #PASSWORD_VARIABLE}; the anonymous user gets {@value
 * #ANONYMOUS_PASSWORD} when none is given. It is never printed: the session shows {@code PASS
 * ****}.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Runs a session against an FTP server and diagnoses what fails.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
      "Connects to an FTP server and runs a scripted session: the greeting, USER and PASS, SYST,"
          + " FEAT, PWD, TYPE I, EPSV (falling back to PASV), LIST, SIZE and RETR of the URL's"
          + " file if it names one, and QUIT. Prints every line sent and received, each reply"
          + " with its code from the FTP spec, and for each failure a diagnosis with the possible"
          + " solutions. Refused, reset and timed-out connections and unknown hosts are"
          + " diagnosed as their Winsock errors (10061, 10054, 10060, 11001). Control"
          + " characters in what the server sends are shown as ?, as explain-log shows them.",
      "",
      "Without URL, or with --embedded, starts Apache FtpServer on a free port of 127.0.0.1,"
          + " with a temporary home directory holding a demo file and a demo user, probes it and"
          + " stops it.",
      "",
      "The password comes from the URL, else from --password-file, else from the environment"
          + " variable "
          + ProbeCommand.PASSWORD_VARIABLE
          + ". It is never printed: the session"
          + " shows PASS ****. With no user in the URL, ftp-doctor logs in as anonymous."
    },
    exitCodeListHeading = "%nExit status:%n")
public final class ProbeCommand implements Callable<Integer>, ExitStatuses {
  /** The environment variable that may hold the password. */
  public static final String PASSWORD_VARIABLE = "FTP_DOCTOR_PASSWORD";

  /** The password of the anonymous user when none is given, an address as RFC 1635 asks for. */
  static final String ANONYMOUS_PASSWORD = "ftp-doctor@";

  @ParentCommand private FtpDoctor app;

  @ArgGroup(exclusive = true)
  private UrlOrEmbedded urlOrEmbedded;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description =
          "The limit for connecting and for each reply, such as 10s (the default), 500ms"
              + " or 2m.")
  private Timeout timeout = Timeout.DEFAULT;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Reads the password from the first line of FILE.")
  private Path passwordFile;

  /** Creates the command; picocli sets its fields. */
  ProbeCommand() {}

  @Override
  public Integer call() throws UsageException, IOException {
    String url = urlOrEmbedded == null ? null : urlOrEmbedded.url;
    if (url == null) {
      if (passwordFile != null) {
        throw new UsageException(
            "--password-file needs a URL; the embedded server makes its own" + " password");
      }
      return embedded();
    }
    ProbeTarget target = ProbeTarget.parse(url);
    String source;
    String password;
    if (target.password().isPresent()) {
      if (passwordFile != null) {
        throw new UsageException(
            "the URL has a password already; leave it out of the URL or drop" + " --password-file");
      }
      password = target.password().get();
      source = "from the URL";
    } else if (passwordFile != null) {
      password = readPassword(passwordFile);
      source = "from " + ControlCharacters.replaced(passwordFile.toString());
    } else if (app.environment(PASSWORD_VARIABLE) != null) {
      password = app.environment(PASSWORD_VARIABLE);
      source = "from " + PASSWORD_VARIABLE;
    } else if (target.user().equals(ProbeTarget.ANONYMOUS)) {
      password = ANONYMOUS_PASSWORD;
      source = "the anonymous default";
    } else {
      password = "";
      source = "none given";
    }
    if (ControlCharacters.containsControl(password)) {
      // A line end would end PASS early and send the rest as a command of its own.
      throw new UsageException(
          "the password ("
              + source
              + ") holds a control character, such as a line end, which FTP cannot send in a"
              + " PASS command");
    }
    PrintStream out = app.out();
    out.println(
        "Probing "
            + target.display()
            + " (password: "
            + source
            + "; time limit "
            + timeout.text()
            + ")");
    out.println();
    FtpProbe.Result result = FtpProbe.run(target, password, timeout, out);
    out.flush();
    return result.exitStatus();
  }

  private int embedded() throws IOException {
    PrintStream out = app.out();
    FtpProbe.Result result;
    try (EmbeddedFtpServer server = EmbeddedFtpServer.start(EmbeddedFtpServer.Settings.demo())) {
      ProbeTarget target = server.demoTarget();
      out.print(
          TextWrapper.wrap(
              "Started an embedded Apache FtpServer on "
                  + EmbeddedFtpServer.HOST
                  + ":"
                  + server.port()
                  + ", home "
                  + server.home()
                  + ", user "
                  + server.user()
                  + " with a random password.",
              "",
              ""));
      out.println("Probing " + target.display() + " (time limit " + timeout.text() + ")");
      out.println();
      result = FtpProbe.run(target, server.password(), timeout, out);
    }
    out.println();
    out.println("Stopped the embedded server and deleted its home directory.");
    out.flush();
    return result.exitStatus();
  }

  private static String readPassword(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new IOException(
          "cannot read the password file " + file + ": " + DocsCommand.reason(e), e);
    }
  }

  @Override
  public Map<String, String> exitStatuses() {
    return ExitCode.list(
        Map.of(
            ExitCode.PROBLEM_FOUND,
                "the server answered a step with an error reply; the diagnosis says"
                    + " what to do",
            ExitCode.CONNECTION_FAILED,
                "the connection was refused, reset or timed out, or the host was"
                    + " not found; the diagnosis names the Winsock error"),
        ExitCode.OK,
        ExitCode.USAGE,
        ExitCode.IO_ERROR,
        ExitCode.INTERNAL_ERROR,
        ExitCode.PROBLEM_FOUND,
        ExitCode.CONNECTION_FAILED);
  }

  /** What to probe: a server's URL or the embedded server, not both. */
  static final class UrlOrEmbedded {
    @Parameters(
        paramLabel = "URL",
        description =
            "ftp://[user[:password]@]host[:port][/path]; percent-encode @ : / in the user"
                + " name or password. The path is a file (SIZE and RETR) or, ending with /, a directory"
                + " (LIST).")
    private String url;

    // Only its place in the group matters: without URL the embedded server is probed anyway.
    @SuppressWarnings("UnusedVariable") // picocli sets it; its presence excludes a URL
    @Option(
        names = "--embedded",
        description = "Probes an embedded Apache FtpServer; the default without URL.")
    private boolean embedded;

    /** Creates the group; picocli sets its fields. */
    UrlOrEmbedded() {}
  }
}
