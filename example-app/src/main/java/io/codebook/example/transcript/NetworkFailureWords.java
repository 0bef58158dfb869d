package io.codebook.example.transcript;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Network failures as clients word them, without a Winsock name or number, read as the Winsock
 * error of the same failure: curl ({@code Failed to connect ... Connection refused}, {@code Could
 * not resolve host}), lftp ({@code Socket error (Connection refused)}), Python ({@code
 * ConnectionRefusedError: [Errno 111] Connection refused}, {@code socket.gaierror: ... Name or
 * service not known}), wget ({@code failed: Connection refused.}, {@code unable to resolve host
 * address}), tnftp ({@code Can't connect to ...: Connection refused}, {@code Can't lookup ...}) and
 * Windows {@code ftp.exe} ({@code Unknown host}).
 */
final class NetworkFailureWords {
  /** One wording and the error it means. */
  private record Wording(Pattern pattern, int code) {}

  private static final List<Wording> WORDINGS =
      List.of(
          wording("connection (?:to \\S.{0,80}? )?refused|ConnectionRefusedError", 10061),
          wording("connection reset|reset by peer|ConnectionResetError", 10054),
          wording("no route to host|host is unreachable|host unreachable", 10065),
          wording("network is unreachable", 10051),
          wording(
              "could not resolve host|couldn't resolve host|unable to resolve host"
                  + "|name or service not known|nodename nor servname|getaddrinfo|gaierror"
                  + "|temporary failure in name resolution|no address associated with hostname"
                  + "|unknown host|can't lookup|host \"[^\"]*\" does not exist|name resolution failed",
              11001),
          wording("timed out|TimeoutError|connection timeout", 10060));

  private NetworkFailureWords() {}

  private static Wording wording(String regex, int code) {
    return new Wording(Pattern.compile("(?i)(?:" + regex + ")"), code);
  }

  /**
   * Finds the network failure a client's message words.
   *
   * @param text the message
   * @return the Winsock error number, or empty if the message words none
   */
  static OptionalInt find(String text) {
    for (Wording wording : WORDINGS) {
      if (wording.pattern().matcher(text).find()) {
        return OptionalInt.of(wording.code());
      }
    }
    return OptionalInt.empty();
  }
}
