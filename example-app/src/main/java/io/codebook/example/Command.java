package io.codebook.example;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** One of ftp-doctor's commands. */
public interface Command {
  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name
   * @param out where the command's result goes
   * @return the exit status, one of {@link ExitCode}
   * @throws UsageException if the arguments are wrong, with a message that does not repeat the
   *     command's name; nothing has been written then
   * @throws IOException if reading or writing fails
   */
  int run(List<String> args, PrintStream out) throws UsageException, IOException;
}
