package io.codebook.example.transcript;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code wget -d}: commands {@code --> CMD} (left to {@link LogLine}) each followed by an empty
 * line, replies bare {@code NNN text} as the server sent them, and around them wget's steps ({@code
 * ==> SYST ... }, {@code done.}, {@code Logging in as X ... }, {@code Logged in!}), its messages
 * ({@code Login incorrect.}, {@code No such file 'x'.}) and its debug chatter (sockets, memory,
 * HSTS).
 */
final class WgetFormat implements ClientFormat {
  private static final Pattern LINE =
      Pattern.compile(
          "^(?:"
              + "Setting --\\S+ \\(\\S+\\) to .*"
              + "|DEBUG output created by Wget.*"
              + "|Reading HSTS entries from .*|URI encoding = .*|Converted file name .*"
              + "|--\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}--\\s.*"
              + "|\\s*=> .*"
              + "|Connecting to \\S+\\.\\.\\..*|Resolving \\S+\\.\\.\\..*|failed: .*"
              + "|Created socket \\d+\\.|Closed fd \\d+|Releasing 0x\\p{XDigit}+.*|Deleting unused 0x.*"
              + "|Logging in as .*|Logged in!|(?:done\\.\\s*)?==> .*|done\\.\\s*"
              + "|.* I know it and I will use .*|conaddr is: .*|trying to connect to .*"
              + "|Length: .*|\\s+\\d+K[ .,]*\\d+%.*"
              + "|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\(.*\\) - .*"
              + "|Login incorrect\\.|No such (?:file|directory) .*|Disabling further reuse of socket \\d+\\."
              + "|Server error, can't determine system type\\.|Cannot open .*"
              + "|Wrote HSTS database .*|Skipping \\d+ bytes? of body.*"
              + ")$");

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    // wget repeats the size from the reply to SIZE on a line of its own.
    if (LINE.matcher(line).matches()
        || (!line.isBlank() && previous.startsWith("213 ") && previous.endsWith(" " + line))) {
      return Optional.of(ClientLine.context(line.strip()));
    }
    return Optional.empty();
  }
}
