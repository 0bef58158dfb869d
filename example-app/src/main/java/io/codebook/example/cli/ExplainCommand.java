package io.codebook.example.cli;

import io.codebook.example.UsageException;
import io.codebook.example.explain.CodeExplainer;
import io.codebook.example.explain.Explanation;
import io.codebook.example.format.ExplanationFormat;
import io.codebook.example.format.TextExplanationFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code explain [--format text|markdown|json] CODE...}: explains each code. All codes are checked
 * before anything is printed, so a typo in the last one does not leave half an answer.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Explains FTP reply codes and Winsock errors.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
      "Explains each code: its message and meaning, series, outcome, other texts servers send with"
          + " it, possible solutions, other meanings and references. CODE is a number such as 421"
          + " (FTP reply) or 10061 (Winsock error). An unlisted number from 100 to 699 is explained"
          + " from its FTP reply series."
    },
    exitCodeListHeading = "%nExit status:%n")
final class ExplainCommand implements Callable<Integer>, ExitStatuses {
  @ParentCommand private FtpDoctor app;

  @Option(
      names = "--format",
      paramLabel = "text|markdown|json",
      description =
          "The output format: text for a terminal (the default), markdown to paste into an"
              + " issue or a wiki, json for programs.")
  private ExplanationFormat format = new TextExplanationFormat();

  @Mixin private LanguageOption language = new LanguageOption();

  @Parameters(
      paramLabel = "CODE",
      arity = "1..*",
      description = "A code number, such as 421 or 10061.")
  private List<String> codes = new ArrayList<>();

  /** Creates the command; picocli sets its fields. */
  ExplainCommand() {}

  @Override
  public Integer call() throws UsageException {
    List<Integer> numbers = new ArrayList<>();
    for (String code : codes) {
      numbers.add(CodeArgument.parse(code));
    }
    List<Explanation> explanations = new ArrayList<>();
    boolean allFound = true;
    for (int number : numbers) {
      Explanation explanation = CodeExplainer.explain(number, language.locale());
      explanations.add(explanation);
      allFound &= explanation.found();
    }
    PrintStream out = app.out();
    out.print(format.formatAll(explanations));
    out.flush();
    return allFound ? ExitCode.OK : ExitCode.NOT_FOUND;
  }

  @Override
  public Map<String, String> exitStatuses() {
    return ExitCode.list(
        Map.of(
            ExitCode.NOT_FOUND,
            "a number is neither a listed FTP reply, in an FTP"
                + " reply series, nor a listed Winsock error"),
        ExitCode.OK,
        ExitCode.NOT_FOUND,
        ExitCode.USAGE,
        ExitCode.IO_ERROR,
        ExitCode.INTERNAL_ERROR);
  }
}
