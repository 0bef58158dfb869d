package io.codebook.example.transcript;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * tnftp and the BSD {@code ftp -d}: commands {@code ---> CMD} (left to {@link LogLine}, the
 * password already written as {@code XXXX}), replies bare {@code NNN text}, and the client's own
 * lines: socket buffer sizes, the {@code features[...]} it found, {@code local: X remote: X},
 * transfer statistics, {@code Login failed.}, {@code Not connected.} and its errors {@code tnftp:
 * ...}.
 *
 * <p>With {@code -d} and {@code -v} together, tnftp prints the reply to EPSV and PASV twice; the
 * server sent it once, so the copy on the next line is context, not a second reply.
 */
final class TnftpFormat implements ClientFormat {
  private static final Pattern LINE =
      Pattern.compile(
          "^(?:"
              + "setupsockbufsize: .*|remotemodtime: .*|features\\[\\w+\\] = -?\\d+"
              + "|Connected to \\S+\\.|Trying \\S+\\.\\.\\.|Remote system type is .*"
              + "|Using (?:binary|ascii) mode to transfer files\\.|local: .* remote: .*"
              + "|\\d+ bytes (?:received|sent) in .*|Login failed\\.|Not connected\\."
              + "|disabling epsv4 for this connection|Passive mode (?:on|off)\\.?|Verbose mode (?:on|off)\\.?"
              + "|(?:tnftp|ftp): .*"
              + ")$");
  private static final Pattern PASSIVE_REPLY = Pattern.compile("^22[79] .*$");

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    if (LINE.matcher(line).matches()
        || (PASSIVE_REPLY.matcher(line).matches() && line.equals(previous))) {
      return Optional.of(ClientLine.context(line.strip()));
    }
    return Optional.empty();
  }
}
