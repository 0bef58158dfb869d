package io.codebook.example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code docs [--set ftp|winsock] [--format md|html] [--out FILE]}: writes a code set's shipped
 * reference document, unchanged, to standard output or to a file.
 */
public final class DocsCommand implements Command {
  /** Creates the command. */
  public DocsCommand() {}

  @Override
  public int run(List<String> args, PrintStream out) throws UsageException, IOException {
    CommandLine line = CommandLine.parse(args, Set.of("set", "format", "out"));
    if (!line.operands().isEmpty()) {
      throw new UsageException("unexpected argument '" + line.operands().get(0) + "'");
    }
    CodeSet set = CodeSet.named(line.option("set").orElse("ftp"));
    DocFormat format = DocFormat.named(line.option("format").orElse("md"));
    Path file = null;
    if (line.option("out").isPresent()) {
      file = outputFile(line.option("out").get());
    }
    byte[] document = ReferenceDocument.read(set, format);
    if (file == null) {
      out.write(document, 0, document.length);
      out.flush();
      if (out.checkError()) {
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

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
