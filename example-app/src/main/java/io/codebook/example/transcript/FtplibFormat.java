package io.codebook.example.transcript;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's ftplib with {@code set_debuglevel(1)} or {@code (2)}: {@code *cmd* 'USER x'} and {@code
 * *resp* '...'} as Python string literals, a multi-line reply in one {@code *resp*} with {@code \n}
 * between its lines; level 2 adds every line sent ({@code *put*}) and received ({@code *get*}). A
 * reply is read from its {@code *resp*} only, so that level 2 does not count it twice. A failure
 * ends the log with a traceback, whose lines are context; its last line names the exception ({@code
 * ftplib.error_perm: 530 Login incorrect.}, {@code ConnectionRefusedError: [Errno 111] Connection
 * refused}).
 */
final class FtplibFormat implements ClientFormat {
  private static final Pattern DEBUG = Pattern.compile("^\\*(cmd|resp|put|get|welcome)\\* (.*)$");
  private static final Pattern EXCEPTION =
      Pattern.compile(
          "^[A-Za-z_][\\w.]*(?:Error|Exception|error_\\w+|error|timeout|Interrupt)(?:: .*)?$");
  private boolean inTraceback;

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    Matcher debug = DEBUG.matcher(line);
    if (debug.matches()) {
      return Optional.of(debug(debug.group(1), debug.group(2)));
    }
    if (line.startsWith("Traceback (most recent call last):")) {
      inTraceback = true;
      return Optional.of(ClientLine.context(line));
    }
    if (!inTraceback) {
      return Optional.empty();
    }
    if (line.isBlank()
        || Character.isWhitespace(line.charAt(0))
        || line.startsWith("During handling of the above exception")) {
      return Optional.of(ClientLine.context(line.strip()));
    }
    if (EXCEPTION.matcher(line).matches()) {
      inTraceback = false;
      return Optional.of(ClientLine.context(line));
    }
    inTraceback = false;
    return Optional.empty();
  }

  private static ClientLine debug(String kind, String literal) {
    Optional<String> text = PythonRepr.decode(literal.strip());
    if (text.isEmpty()) {
      return ClientLine.context("*" + kind + "* " + literal);
    }
    return switch (kind) {
      case "cmd" -> ClientLine.of(ClientLine.Kind.COMMAND, text.get());
      case "resp" -> new ClientLine(ClientLine.Kind.REPLY, lines(text.get()));
      default -> ClientLine.context("*" + kind + "* " + literal);
    };
  }

  private static List<String> lines(String reply) {
    return Arrays.stream(reply.split("\r?\n", -1)).toList();
  }
}
