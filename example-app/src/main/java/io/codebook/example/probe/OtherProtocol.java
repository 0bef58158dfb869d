package io.codebook.example.probe;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a server that is no FTP server speaks on the port, told by the start of the first line it
 * sends, so that the diagnosis can say what the probe met instead of FTP. Both prefixes are
 * case-sensitive, as their standards write them: the status line of an HTTP response starts with
 * {@code HTTP/} (RFC 9112 section 4), the identification string of an SSH server with {@code SSH-}
 * (RFC 4253 section 4.2).
 */
enum OtherProtocol {
  HTTP(
      "HTTP/",
      "HTTP: a web server answers on this port, not an FTP server (HTTP usually listens on 80"
          + " or 443, FTP on 21)"),
  SSH(
      "SSH-",
      "SSH: this port serves SSH, and SFTP through it (usually on 22), not FTP; ftp-doctor"
          + " speaks plain FTP only");

  private final String prefix;
  private final String description;

  OtherProtocol(String prefix, String description) {
    this.prefix = prefix;
    this.description = description;
  }

  /** The protocol a line starts like, if it is one of these. */
  static Optional<OtherProtocol> of(String line) {
    return Arrays.stream(values()).filter(protocol -> line.startsWith(protocol.prefix)).findFirst();
  }

  /** The protocol's name and what it means for the probe, to follow "It looks like". */
  String description() {
    return description;
  }
}
