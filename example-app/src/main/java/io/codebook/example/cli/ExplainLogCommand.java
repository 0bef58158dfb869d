package io.codebook.example.cli;

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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code explain-log FILE|-}: reads an FTP transcript and explains it; see {@link TranscriptParser} for
 * what it understands and {@link TranscriptReport} for what it prints.
 */
@Command(
    name = "explain-log",
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
            + " such as password=, \"password\": or <Pass>."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {ExitStatusText.OK, ExitStatusText.NOT_FOUND_LOG, ExitStatusText.USAGE,
        ExitStatusText.IO_ERROR, ExitStatusText.INTERNAL_ERROR, ExitStatusText.PROBLEM_FOUND_LOG})
public final class ExplainLogCommand implements Callable<Integer> {
  @ParentCommand
  private FtpDoctor app;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
  private boolean helpRequested;

  @Option(names = "--format", paramLabel = "text|markdown|json", converter = FormatConverter.class,
      completionCandidates = FormatNames.class, description = "The output format: text for a terminal (the default), markdown to paste into an"
          + " issue or a wiki, json for programs.")
  private TranscriptFormat format = TranscriptFormat.TEXT;

  @Parameters(paramLabel = "FILE|-", arity = "1",
      description = "The transcript, UTF-8 or ISO 8859-1 text; - reads standard input.")
  private String file;

  /** Creates the command; picocli sets its fields. */
  public ExplainLogCommand() {}

  @Override
  public Integer call() throws IOException, UsageException {
    Transcript transcript;
    String name;
    if (file.equals("-")) {
      name = "standard input";
      transcript = TranscriptParser.parse(new BufferedInputStream(app.in()));
    } else {
      // The name is printed too, and a file may be named after its URL.
      name = SecretMasker.mask(file);
      Path path = path(file, name);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
        transcript = TranscriptParser.parse(in);
      } catch (IOException e) {
        throw new IOException("cannot read " + name + ": " + DocsCommand.reason(e), e);
      }
    }
    PrintStream out = app.out();
    SessionReview review = SessionReview.of(transcript);
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

  /** Reads the value of {@code --format}. */
  static final class FormatConverter implements ITypeConverter<TranscriptFormat> {
    /** Creates the converter. */
    FormatConverter() {}

    @Override
    public TranscriptFormat convert(String value) {
      try {
        return TranscriptFormat.named(value);
      } catch (UsageException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static Path path(String file, String shown) throws UsageException, IOException {
    if (file.isEmpty()) {
      throw new UsageException("give a file name, or - for standard input");
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UsageException("'" + shown + "' is not a valid file name: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      throw new IOException("cannot read " + shown + ": it is a directory");
    }
    return path;
  }
}
