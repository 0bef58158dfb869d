package io.codebook.example.cli;

import io.codebook.example.UsageException;
import io.codebook.example.explain.CodeSet;
import io.codebook.example.format.DocFormat;
import io.codebook.example.format.ReferenceDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docs [--set ftp|winsock] [--format md|html] [--out FILE]}: writes a code set's shipped
 * reference document, unchanged, to standard output or to a file.
 */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Writes the reference document of a code set.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
      "Writes the complete reference document of a code set to standard output, or to FILE."
    },
    exitCodeListHeading = "%nExit status:%n")
final class DocsCommand implements Callable<Integer>, ExitStatuses {
  @ParentCommand private FtpDoctor app;

  @Option(
      names = "--set",
      paramLabel = "ftp|winsock",
      description = "The code set: ftp (FTP replies, the default) or winsock (Winsock errors).")
  private CodeSet set = CodeSet.FTP;

  @Option(
      names = "--format",
      paramLabel = "md|html",
      description =
          "The document's format: md (Markdown, the default) or html (a standalone page).")
  private DocFormat format = DocFormat.MARKDOWN;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Writes the document to FILE instead of standard output.")
  private Path out;

  /** Creates the command; picocli sets its fields. */
  DocsCommand() {}

  @Override
  public Integer call() throws UsageException, IOException {
    if (out != null && out.toString().isEmpty()) {
      throw new UsageException("--out needs a file name");
    }
    byte[] document = ReferenceDocument.read(set, format);
    if (out == null) {
      PrintStream stdout = app.out();
      stdout.write(document, 0, document.length);
      stdout.flush();
      if (stdout.checkError()) {
        throw new IOException("cannot write to standard output");
      }
    } else {
      write(out, document);
    }
    return ExitCode.OK;
  }

  private static void write(Path file, byte[] document) throws IOException {
    try {
      Files.write(file, document);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /**
   * Says why a file operation failed, in a few words.
   *
   * @param e the failure
   * @return the reason, such as "no such directory"
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  @Override
  public Map<String, String> exitStatuses() {
    return ExitCode.list(
        Map.of(), ExitCode.OK, ExitCode.USAGE, ExitCode.IO_ERROR, ExitCode.INTERNAL_ERROR);
  }
}
