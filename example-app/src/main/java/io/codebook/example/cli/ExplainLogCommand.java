package io.codebook.example.cli;

import io.codebook.example.UsageException;
import io.codebook.example.format.ControlCharacters;
import io.codebook.example.transcript.SecretMasker;
import io.codebook.example.transcript.SessionReview;
import io.codebook.example.transcript.Transcript;
import io.codebook.example.transcript.TranscriptFormat;
import io.codebook.example.transcript.TranscriptParser;
import io.codebook.example.transcript.TranscriptReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code explain-log FILE|-}: reads an FTP transcript and explains it; see {@link TranscriptParser}
 * for what it understands and {@link TranscriptReport} for what it prints.
 */
@Command(
    name = "explain-log",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Annotates an FTP transcript or client log and diagnoses its errors.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
      "Reads an FTP transcript, a client's log window or a raw capture of the control connection,"
          + " from FILE or, with -, from standard input. Annotates each reply with its meaning,"
          + " and ends with a summary of the errors and their possible solutions.",
      "",
      "Understands replies such as '421 Too many users', multi-line replies ('230-...' up to"
          + " '230 ...'), commands, the labels of client logs (Response:, Command:, Status:,"
          + " Error:, STATUS:>, ERROR:>, COMMAND:>, [R], <-, ->), timestamps such as [12:01:02]"
          + " or 2024-05-01 12:00:00, the debug logs of curl -v, lftp -d, wget -d, tnftp -d,"
          + " Python's ftplib (debug level 1 and 2), WinSCP and Windows ftp.exe, Winsock errors"
          + " such as 'Winsock error 10061', WSAECONNREFUSED or ECONNREFUSED, and network"
          + " failures in a client's words ('Connection refused', 'Could not resolve host')."
          + " A client's own messages are context; other lines are reported as malformed, with"
          + " their numbers. An error the client recovers from, such as a refused AUTH TLS or"
          + " OPTS probe or EPSV before PASV, is a note, not a problem; so is a reply RFC 959"
          + " does not allow after its command. Secrets are never shown, but printed as ****: the arguments of PASS and"
          + " ACCT, passwords in URLs (ftp://user:****@host), in command lines (curl -u, wget"
          + " --password, lftp -u and user), in wget's and ftplib's debug output, and in fields"
          + " such as password=, \"password\": or <Pass>.",
      "",
      "Control characters are never printed as they are, as a terminal would act on them. A"
          + " terminal's escape sequences (the colours of a log saved from a terminal) are taken"
          + " out before a line is read; other C0 controls but tab, DEL, C1 controls such as"
          + " U+009B and the Unicode bidi controls (U+202A-U+202E, U+2066-U+2069) are shown as ?,"
          + " and the line is read as usual. A line with a NUL byte is reported as binary data."
    },
    exitCodeListHeading = "%nExit status:%n")
public final class ExplainLogCommand implements Callable<Integer>, ExitStatuses {
  @ParentCommand private FtpDoctor app;

  @Mixin private LanguageOption language = new LanguageOption();

  @Option(
      names = "--format",
      paramLabel = "text|markdown|json",
      completionCandidates = FormatNames.class,
      description =
          "The output format: text for a terminal (the default), markdown to paste into an"
              + " issue or a wiki, json for programs.")
  private TranscriptFormat format = TranscriptFormat.TEXT;

  @Parameters(
      paramLabel = "FILE|-",
      arity = "1",
      description = "The transcript, UTF-8 or ISO 8859-1 text; - reads standard input.")
  private Path file;

  @Spec private CommandSpec spec;

  /** Creates the command; picocli sets its fields. */
  public ExplainLogCommand() {}

  @Override
  public Integer call() throws IOException, UsageException {
    Transcript transcript;
    String name;
    if (file.toString().equals("-")) {
      name = "standard input";
      transcript = TranscriptParser.parse(new BufferedInputStream(app.in()));
    } else {
      // The name is printed as typed, as the path would fold the // of a URL; masked, as a file
      // may be named after its URL; and with its control characters replaced, like every line.
      name =
          ControlCharacters.replaced(
              SecretMasker.mask(spec.positionalParameters().get(0).originalStringValues().get(0)));
      checkReadable(file, name);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        transcript = TranscriptParser.parse(in);
      } catch (IOException e) {
        throw new IOException("cannot read " + name + ": " + DocsCommand.reason(e), e);
      }
    }
    PrintStream out = app.out();
    SessionReview review = SessionReview.of(transcript, language.locale());
    out.print(format.format(review, name));
    out.flush();
    return review.exitStatus();
  }

  /** The values of {@code --format}, for the help and shell completion. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    /** Lists the names. */
    FormatNames() {
      super(List.of("text", "markdown", "json"));
    }
  }

  private static void checkReadable(Path file, String shown) throws UsageException, IOException {
    if (file.toString().isEmpty()) {
      throw new UsageException("give a file name, or - for standard input");
    }
    if (Files.isDirectory(file)) {
      throw new IOException("cannot read " + shown + ": it is a directory");
    }
  }

  @Override
  public Map<String, String> exitStatuses() {
    return ExitCode.list(
        Map.of(
            ExitCode.NOT_FOUND,
            "nothing in the input is an FTP reply, an FTP command or a Winsock error",
            ExitCode.PROBLEM_FOUND,
            "the transcript shows an error reply, a Winsock error or a client" + " error"),
        ExitCode.OK,
        ExitCode.NOT_FOUND,
        ExitCode.USAGE,
        ExitCode.IO_ERROR,
        ExitCode.INTERNAL_ERROR,
        ExitCode.PROBLEM_FOUND);
  }
}
