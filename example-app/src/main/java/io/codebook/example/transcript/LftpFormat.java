package io.codebook.example.transcript;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code lftp -d}: commands {@code ---> CMD} and replies {@code <--- NNN text} (left to {@link
 * LogLine}), its own progress {@code ---- ...}, socket trouble {@code **** ...}, the errors of its
 * commands ({@code get: welcome.txt: Login failed: 530 ...}), and the {@code + open ...} lines of
 * {@code set cmd:trace yes}, which come at the end of the log because lftp buffers them.
 */
final class LftpFormat implements ClientFormat {
  private static final Pattern STATUS = Pattern.compile("^(?:----|\\*\\*\\*\\*)(?:\\s.*)?$");
  private static final Pattern TRACE = Pattern.compile("^\\+ \\S.*$");

  /** The lftp commands whose failures it reports as {@code command: message}. */
  private static final Pattern COMMAND_ERROR =
      Pattern.compile(
          "^(?:get|pget|put|mget|mput|ls|cls|nlist|cd|mirror|open|cat|more|zcat|rm|rmdir|mkdir|mv|"
              + "chmod|source|login|user|quote|site|lftp): \\S.*$");

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    if (STATUS.matcher(line).matches()
        || TRACE.matcher(line).matches()
        || COMMAND_ERROR.matcher(line).matches()) {
      return Optional.of(ClientLine.context(line.strip()));
    }
    return Optional.empty();
  }
}
