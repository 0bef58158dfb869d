package io.codebook.example.transcript;

import io.codebook.example.format.ControlCharacters;
import java.util.List;
import java.util.Optional;

/**
 * The client log shapes {@code explain-log} knows beyond the shared labels of {@link LogLine},
 * asked in turn for each line. The order matters only where two clients share a mark: WinSCP's
 * {@code *} error lines carry a timestamp that curl's {@code *} information lines never do, and
 * {@code ftp.exe}'s {@code > ftp: ...} errors must be claimed before {@code >} reads as a command.
 */
final class ClientFormats {
  private final List<ClientFormat> formats =
      List.of(
          new FtplibFormat(),
          new WinScpFormat(),
          new WindowsFtpFormat(),
          new CurlFormat(),
          new LftpFormat(),
          new WgetFormat(),
          new TnftpFormat());
  private String previous = "";

  /**
   * Reads a line with the first format that claims it.
   *
   * @param line the line, secrets masked
   * @return what the line is, or empty if no format claims it (blank lines are never claimed)
   */
  Optional<ClientLine> read(String line) {
    try {
      if (line.isBlank()) {
        return Optional.empty();
      }
      for (ClientFormat format : formats) {
        Optional<ClientLine> claimed = format.read(line, previous);
        if (claimed.isPresent()) {
          return Optional.of(printable(claimed.get()));
        }
      }
      return Optional.empty();
    } finally {
      previous = line;
    }
  }

  /**
   * The line with the control characters of its texts replaced. The line read had none, but a
   * format may decode escapes: ftplib writes a control character in its Python literals as {@code
   * \x1b} or {@code \x9b}, which {@link PythonRepr} turns back into the character.
   */
  private static ClientLine printable(ClientLine line) {
    return new ClientLine(
        line.kind(), line.texts().stream().map(ControlCharacters::replaced).toList());
  }
}
