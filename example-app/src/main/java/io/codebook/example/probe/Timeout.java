package io.codebook.example.probe;

import io.codebook.example.UsageException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probe's time limit for connecting and for each read, as given with {@code --timeout}: a whole
 * number with an optional unit, {@code ms}, {@code s} (the default) or {@code m}, such as {@code
 * 1s}, {@code 500ms} or {@code 2m}.
 *
 * @param duration the limit, from 1 ms to 1 hour
 * @param text the limit as the user wrote it, for messages
 */
public record Timeout(Duration duration, String text) {
  /** The limit when none is given. */
  public static final Timeout DEFAULT = new Timeout(Duration.ofSeconds(10), "10s");

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,7})\\s*(ms|s|m)?");
  private static final Duration MAX = Duration.ofHours(1);

  /**
   * Reads a limit.
   *
   * @param text such as {@code 1s}, {@code 500ms}, {@code 2m} or {@code 10}
   * @return the limit
   * @throws UsageException if the text is not such a limit, or is zero or more than an hour
   */
  public static Timeout parse(String text) throws UsageException {
    Matcher matcher = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new UsageException("'" + text + "' is not a time limit; write it as 10s, 500ms or 2m");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    Duration duration =
        switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofSeconds(amount);
        };
    if (duration.isZero() || duration.compareTo(MAX) > 0) {
      throw new UsageException(
          "the time limit must be more than 0 and at most 1 hour, not '" + text + "'");
    }
    return new Timeout(duration, amount + unit);
  }

  /**
   * The limit in milliseconds, for socket options.
   *
   * @return at least 1
   */
  public int millis() {
    return (int) duration.toMillis();
  }
}
