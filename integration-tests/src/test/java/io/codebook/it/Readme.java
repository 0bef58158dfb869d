package io.codebook.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's instructions, read at test time so that a test fails when they drift. A block is the
 * fenced code block that follows a marker line {@code <!-- it:NAME -->}.
 */
final class Readme {
  private Readme() {}

  static String block(String name) {
    Path readme = Path.of(System.getProperty("codebook.it.readme"));
    List<String> lines;
    try {
      lines = Files.readAllLines(readme, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String marker = "<!-- it:" + name + " -->";
    int at = lines.indexOf(marker);
    if (at < 0) {
      throw new AssertionError(readme + " has no line " + marker);
    }
    int open = at + 1;
    while (open < lines.size() && lines.get(open).isBlank()) {
      open++;
    }
    if (open == lines.size() || !lines.get(open).startsWith("```")) {
      throw new AssertionError("no fenced block after " + marker + " in " + readme);
    }
    StringBuilder block = new StringBuilder();
    for (int i = open + 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```")) {
        return block.toString();
      }
      block.append(lines.get(i)).append('\n');
    }
    throw new AssertionError("the block after " + marker + " is not closed in " + readme);
  }

  /** A shell command block as one line: backslash-newline continuations joined. */
  static String command(String name) {
    return block(name).replaceAll("\\\\\n\\s*", "").strip();
  }
}
