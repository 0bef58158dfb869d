package io.codebook.example.transcript;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of an FTP transcript with the decoration that FTP clients add taken off: timestamps, the
 * direction arrows of raw captures and the kind labels of client log windows.
 *
 * <p>Understood, in any order and combination, and in any case:
 *
 * <ul>
 *   <li>timestamps: {@code [12:01:02]}, {@code (12:01:02)}, {@code 12:01:02}, {@code 2024-05-01
 *       12:00:00} and the same in brackets, with optional fractions of seconds and time zone, and
 *       US dates such as {@code 5/1/2024 12:00:00 PM}; after a date and time, the process and
 *       session numbers of FileZilla's log file;
 *   <li>server to client: {@code Response:}, {@code Reply:}, {@code RESPONSE:>}, {@code [R]},
 *       {@code <-}, {@code <--}, {@code <---} and {@code <} (WinSCP);
 *   <li>client to server: {@code Command:}, {@code COMMAND:>}, {@code [C]}, {@code ->}, {@code
 *       -->}, {@code --->} and {@code >};
 *   <li>the client's own messages: {@code Status:}, {@code STATUS:>}, {@code Trace:}, {@code
 *       Listing:}, {@code [I]} and WinSCP's {@code .}; its errors: {@code Error:}, {@code ERROR:>}
 *       and {@code !}.
 * </ul>
 *
 * @param source who the line comes from, as far as its labels say
 * @param text the line without its decoration
 */
record LogLine(Source source, String text) {
  /** Who a line comes from. */
  public enum Source {
    /** No label: a raw capture, or a client that writes replies and commands as they are. */
    UNMARKED,
    /** The server: a reply, or a line of one. */
    SERVER,
    /** The client's command to the server. */
    COMMAND,
    /** A message of the client about its own progress. */
    STATUS,
    /** An error message of the client. */
    ERROR
  }

  private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?";
  private static final String ZONE = "(?:\\s?(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT))?";
  private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}[ T]" + TIME + ZONE;
  private static final String US_DATE_TIME =
      "\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+" + TIME + "(?:\\s?[AP]M)?";

  /** A decoration at the start of a line, and what it says about the line. */
  private record Prefix(Pattern pattern, Source source) {}

  private static final List<Prefix> PREFIXES =
      List.of(
          // FileZilla's log file: date, time, process number, session number, then the kind.
          prefix(
              DATE_TIME
                  + "\\s+\\d+\\s+\\d+\\s+(?=(?:status|command|response|error|trace|listing):)",
              null),
          prefix("\\[(?:" + DATE_TIME + "|" + US_DATE_TIME + "|" + TIME + ZONE + ")\\]", null),
          prefix("\\((?:" + DATE_TIME + "|" + TIME + ")\\)", null),
          prefix(DATE_TIME + "(?=\\s|$)", null),
          prefix(US_DATE_TIME + "(?=\\s|$)", null),
          prefix(TIME + "(?=\\s|$)", null),
          prefix("(?:response|reply|answer):>?", Source.SERVER),
          prefix("(?:command|cmd):>?", Source.COMMAND),
          prefix("(?:status|trace|listing|info):>?", Source.STATUS),
          prefix("(?:error|winsock):>?", Source.ERROR),
          prefix("\\[[RS]\\]", Source.SERVER),
          prefix("\\[C\\]", Source.COMMAND),
          prefix("\\[[IL]\\]", Source.STATUS),
          prefix("\\[E\\]", Source.ERROR),
          prefix("<-{0,3}(?=\\s|$)", Source.SERVER),
          prefix("-{0,3}>(?=\\s|$)", Source.COMMAND),
          prefix("\\.(?=\\s)", Source.STATUS),
          prefix("!(?=\\s)", Source.ERROR));

  private static final int MAX_PREFIXES = 8;

  private static Prefix prefix(String regex, Source source) {
    return new Prefix(Pattern.compile("^(?:" + regex + ")", Pattern.CASE_INSENSITIVE), source);
  }

  /**
   * Takes the decoration off a line.
   *
   * @param line a line of a transcript, without its line break
   * @return the line's source and the rest; a line with no labels is {@link Source#UNMARKED}, and
   *     leading white space is always removed
   */
  public static LogLine of(String line) {
    Source source = Source.UNMARKED;
    String rest = stripLeading(line);
    for (int round = 0; round < MAX_PREFIXES; round++) {
      Prefix found = null;
      Matcher matcher = null;
      for (Prefix prefix : PREFIXES) {
        Matcher candidate = prefix.pattern().matcher(rest);
        if (candidate.lookingAt()) {
          found = prefix;
          matcher = candidate;
          break;
        }
      }
      if (found == null) {
        break;
      }
      if (found.source() != null && source == Source.UNMARKED) {
        source = found.source();
      }
      rest = stripLeading(rest.substring(matcher.end()));
    }
    return new LogLine(source, rest);
  }

  /**
   * The first word of the text in upper case, such as {@code USER} for {@code user bob}.
   *
   * @return the word, or an empty string for an empty line
   */
  public String firstWord() {
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end).toUpperCase(Locale.ROOT);
  }

  private static String stripLeading(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }
}
