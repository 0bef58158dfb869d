package io.codebook.example.explain;

import io.codebook.example.KnownCode;
import java.util.Locale;

/**
 * Says in words what an outcome means. Each generated code set has its own {@code Outcome} enum,
 * seen here through {@link KnownCode.Outcome}; their constants are the five outcome words of the
 * spec format, so a switch on the name covers every set, and a name outside the format is a bug.
 */
public final class OutcomeText {
  private static final String SUCCESS = "success (the request was carried out)";
  private static final String PENDING = "pending (the request is under way or needs more input)";
  private static final String TRANSIENT =
      "transient error (the same request may succeed if repeated later)";
  private static final String PERMANENT =
      "permanent error (repeating the request unchanged will fail again)";
  private static final String NONE =
      "none of its own: the code itself does not say; a protected reply (RFC 2228 §5.2) carries"
          + " another reply inside it, whose code gives the outcome";

  private OutcomeText() {}

  /**
   * Describes an outcome of either set.
   *
   * @param outcome the outcome
   * @return a short phrase, starting with the outcome's name
   */
  public static String of(KnownCode.Outcome outcome) {
    return switch (outcome.name()) {
      case "SUCCESS" -> SUCCESS;
      case "PENDING" -> PENDING;
      case "TRANSIENT" -> TRANSIENT;
      case "PERMANENT" -> PERMANENT;
      case "NONE" -> NONE;
      default -> throw new IllegalArgumentException("not an outcome of spec format 1: " + outcome);
    };
  }

  /**
   * The outcome's word in the spec format, such as {@code transient}.
   *
   * @param outcome the outcome
   * @return the constant's name in lower case
   */
  public static String word(KnownCode.Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
