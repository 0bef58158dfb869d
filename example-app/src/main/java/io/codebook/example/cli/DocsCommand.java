package io.codebook.example.cli;

import io.codebook.example.explain.CodeSet;
import io.codebook.example.format.DocFormat;
import io.codebook.example.format.ReferenceDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code docs [--set ftp|winsock] [--format md|html] [--out FILE]}: writes a code set's shipped
 * reference document, unchanged, to standard output or to a file.
 */
@Command(
    name = "docs",
    header = "Writes the reference document of a code set.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Writes the complete reference document of a code set to standard output, or to FILE."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {ExitStatusText.OK, ExitStatusText.USAGE, ExitStatusText.IO_ERROR,
        ExitStatusText.INTERNAL_ERROR})
final class DocsCommand implements Callable<Integer> {
  @ParentCommand
  private FtpDoctor app;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
  private boolean helpRequested;

  @Option(names = "--set", paramLabel = "ftp|winsock", converter = SetConverter.class,
      description = "The code set: ftp (FTP replies, the default) or winsock (Winsock errors).")
  private CodeSet set = CodeSet.FTP;

  @Option(names = "--format", paramLabel = "md|html", converter = FormatConverter.class,
      description = "The document's format: md (Markdown, the default) or html (a standalone page).")
  private DocFormat format = DocFormat.MARKDOWN;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Writes the document to FILE instead of standard output.")
  private String out;

  /** Creates the command; picocli sets its fields. */
  DocsCommand() {}

  @Override
  public Integer call() throws UsageException, IOException {
    Path file = out == null ? null : outputFile(out);
    byte[] document = ReferenceDocument.read(set, format);
    if (file == null) {
      PrintStream stdout = app.out();
      stdout.write(document, 0, document.length);
      stdout.flush();
      if (stdout.checkError()) {
        throw new IOException("cannot write to standard output");
      }
    } else {
      write(file, document);
    }
    return ExitCode.OK;
  }

  private static Path outputFile(String name) throws UsageException {
    if (name.isEmpty()) {
      throw new UsageException("--out needs a file name");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("'" + name + "' is not a valid file name: " + e.getReason());
    }
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

  /** Reads the value of {@code --set}. */
  static final class SetConverter implements ITypeConverter<CodeSet> {
    /** Creates the converter. */
    SetConverter() {}

    @Override
    public CodeSet convert(String value) {
      try {
        return CodeSet.named(value);
      } catch (UsageException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads the value of {@code --format}. */
  static final class FormatConverter implements ITypeConverter<DocFormat> {
    /** Creates the converter. */
    FormatConverter() {}

    @Override
    public DocFormat convert(String value) {
      try {
        return DocFormat.named(value);
      } catch (UsageException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
