package io.codebook.example.transcript;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A console session of Windows {@code ftp.exe}: replies bare {@code NNN text}, with {@code -d} the
 * commands as {@code ---> CMD} (left to {@link LogLine}); the user's input at the {@code ftp>}
 * prompt, the {@code User (host:(none)):} and {@code Password:} prompts and the client's messages
 * are context. Its socket errors start with {@code > ftp: connect :}, which must not be read as a
 * command. Written from Microsoft's documentation of ftp.exe, not from a captured log.
 */
final class WindowsFtpFormat implements ClientFormat {
  private static final Pattern LINE =
      Pattern.compile(
          "^(?:"
              + "ftp>.*|User \\(.*\\):.*|Password:.*|> ftp: .*|ftp: .*"
              + "|Connected to \\S+\\.|Login failed\\.|Not connected\\.|Invalid command\\."
              + "|Unknown host .*|Connection closed by remote host\\.|Local directory now .*"
              + ")$");

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    if (LINE.matcher(line).matches()) {
      return Optional.of(ClientLine.context(line.strip()));
    }
    return Optional.empty();
  }
}
