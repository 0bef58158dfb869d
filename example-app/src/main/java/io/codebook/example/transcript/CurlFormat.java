package io.codebook.example.transcript;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code curl -v}: commands {@code > CMD} and replies {@code < NNN text} (left to {@link LogLine}),
 * information {@code * ...}, data lines (<code>&#123; [53 bytes data]</code>) and the closing
 * {@code curl: (67) ...}.
 *
 * <p>Without {@code -s}, curl also draws its progress meter, redrawing it after a carriage return;
 * the next protocol line is then glued to the end of a meter line ({@code ... 0< 530 Login
 * incorrect.}). A meter line is never a reply, though it may start with {@code 100}.
 */
final class CurlFormat implements ClientFormat {
  private static final String SIZE = "\\d+(?:\\.\\d+)?[kMGTP]?";
  private static final String TIME = "(?:--:--:--|\\d+:\\d\\d:\\d\\d|\\d+[dh] ?\\d+[hm])";

  /**
   * Eight sizes and percentages, three times, and the current speed; then whatever got glued on.
   */
  private static final Pattern METER =
      Pattern.compile(
          "^\\s*(?:"
              + SIZE
              + "\\s+){8}"
              + TIME
              + "\\s+"
              + TIME
              + "\\s+"
              + TIME
              + "\\s+"
              + SIZE
              + "(.*)$");

  private static final Pattern HEADER =
      Pattern.compile("^\\s*(?:% Total\\s+% Received|Dload\\s+Upload\\s+Total)");
  private static final Pattern INFO = Pattern.compile("^\\*(?:\\s.*)?$");
  private static final Pattern DATA = Pattern.compile("^[{}] \\[\\d+ bytes data\\]$");
  private static final Pattern EXIT = Pattern.compile("^curl: \\(\\d+\\) .*$");

  @Override
  public Optional<ClientLine> read(String line, String previous) {
    Matcher meter = METER.matcher(line);
    if (meter.matches()) {
      String rest = meter.group(1);
      return Optional.of(
          rest.isBlank() ? ClientLine.context("") : ClientLine.of(ClientLine.Kind.REREAD, rest));
    }
    if (HEADER.matcher(line).find()
        || INFO.matcher(line).matches()
        || DATA.matcher(line).matches()
        || EXIT.matcher(line).matches()) {
      return Optional.of(ClientLine.context(line.strip()));
    }
    return Optional.empty();
  }
}
