package io.codebook.example.transcript;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WinSCP's session log: every line starts with a mark and a timestamp with milliseconds. {@code <}
 * (server), {@code >} (client), {@code .} (WinSCP's progress) and {@code !} are left to {@link
 * LogLine}; {@code *} marks an error WinSCP reports ({@code * 2024-05-01 12:00:02.320 (EFatal)
 * Connection failed.}), which curl's {@code * } information lines never carry a timestamp after.
 * Written from WinSCP's documentation of its logging, not from a captured log.
 */
final class WinScpFormat implements ClientFormat {
  private static final Pattern ERROR =
      Pattern.compile(
          "^\\* \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} (?:\\(E\\w+\\) )?(.*)$");

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    Matcher error = ERROR.matcher(line);
    if (error.matches()) {
      return Optional.of(ClientLine.of(ClientLine.Kind.CLIENT_ERROR, error.group(1).strip()));
    }
    return Optional.empty();
  }
}
