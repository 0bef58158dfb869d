package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

/** What a compiler must print for the {@code bad-spec} consumer, whose spec lists code 7 twice. */
final class BadSpec {
  static final String SPEC = "com/example/bad/bad-codes.yaml";
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(");

  private BadSpec() {}

  /** The second {@code code: 7}, found in the spec itself, is where the error must point. */
  static void assertReported(Consumer consumer, Consumer.Run run) {
    List<String> lines = consumer.read("src/main/resources/" + SPEC).lines().toList();
    int line = -1;
    int seen = 0;
    for (int i = 0; i < lines.size() && line < 0; i++) {
      if (lines.get(i).matches("\\s*- code: 7\\s*") && ++seen == 2) {
        line = i;
      }
    }
    assertTrue(line >= 0, "the bad spec lists code 7 twice");
    String position = SPEC + ":" + (line + 1) + ":" + (lines.get(line).indexOf('7') + 1);
    String output = run.output();
    assertTrue(
        output.contains("[codebook:duplicate-code] " + position),
        () -> run.describe("does not name " + position));
    assertFalse(output.contains("Exception"), () -> run.describe("mentions an exception"));
    assertFalse(STACK_FRAME.matcher(output).find(), () -> run.describe("prints a stack trace"));
  }
}
