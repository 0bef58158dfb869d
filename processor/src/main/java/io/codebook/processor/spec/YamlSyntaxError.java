package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Reports a YAML syntax error in a spec's words: SnakeYAML's problem, the place where the construct
 * it was reading began, and for the slips spec authors make most, what to change.
 *
 * <p>SnakeYAML marks where it gave up, which for some errors is past the mistake: {@code name:Errs}
 * is found out on the next line, and a quote left open at the end of the file. For those the error
 * is reported where the key or the quoted text began, and the other place is named in the text.
 */
final class YamlSyntaxError {
  private YamlSyntaxError() {}

  static void report(MarkedYamlEngineException e, Marks marks, Problems problems) {
    Optional<Position> problemAt = e.getProblemMark().map(marks::of);
    Optional<Position> contextAt = e.getContextMark().map(marks::of);
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
    String context = e.getContext();
    boolean startIsTheMistake = context != null && context.startsWith("while scanning");
    Position at =
        (startIsTheMistake ? contextAt.or(() -> problemAt) : problemAt)
            .orElse(Position.startOf(marks.file()));
    StringBuilder text = new StringBuilder(problem);
    if (context != null) {
      text.append(" (").append(context);
      Optional<Position> other = startIsTheMistake ? problemAt : contextAt;
      other
          .filter(position -> !position.equals(at))
          .ifPresent(
              position ->
                  text.append(startIsTheMistake ? ", noticed at " : " that starts at ")
                      .append(position.lineAndColumn()));
      text.append(')');
    }
    text.append(hint(problem, context));
    problems.report(at, Message.YAML_SYNTAX, text);
  }

  /** What to change, for the mistakes that SnakeYAML's wording does not make plain. */
  private static String hint(String problem, String context) {
    if (problem.startsWith("mapping values are not allowed")) {
      return "; a text that holds ': ' must be quoted, as in message: \"Error: disk full\"";
    }
    if (problem.startsWith("could not find expected ':'")) {
      return "; write each field as 'key: value', with a space after the colon";
    }
    if (problem.startsWith("expected <block end>")) {
      return "; check the indentation: the fields of one entry, and the items of one list, start"
          + " in the same column";
    }
    if (problem.startsWith("found unexpected end of stream")
        && context != null
        && context.contains("quoted scalar")) {
      return "; the quoted text has no closing quote";
    }
    return "";
  }
}
