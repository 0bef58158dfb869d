package io.codebook.example;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code explain [--format text|markdown] CODE...}: explains each code. All codes are checked before
 * anything is printed, so a typo in the last one does not leave half an answer.
 */
public final class ExplainCommand implements Command {
  /** Creates the command. */
  public ExplainCommand() {}

  @Override
  public int run(List<String> args, PrintStream out) throws UsageException {
    CommandLine line = CommandLine.parse(args, Set.of("format"));
    ExplanationFormat format = ExplanationFormat.named(line.option("format").orElse("text"));
    if (line.operands().isEmpty()) {
      throw new UsageException("give at least one code number, e.g. 'ftp-doctor explain 421'");
    }
    List<Integer> codes = new ArrayList<>();
    for (String operand : line.operands()) {
      codes.add(CodeArgument.parse(operand));
    }
    boolean allFound = true;
    for (int i = 0; i < codes.size(); i++) {
      Explanation explanation = CodeExplainer.explain(codes.get(i));
      if (i > 0) {
        out.println();
      }
      out.print(format.format(explanation));
      allFound &= explanation.found();
    }
    out.flush();
    return allFound ? ExitCode.OK : ExitCode.NOT_FOUND;
  }
}
