package io.codebook.example.explain;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;

/**
 * Says in words what an outcome means. Each generated code set has its own {@code Outcome} enum;
 * the switches below are exhaustive, so a new outcome in a spec fails the build here instead of
 * being missed.
 */
public final class OutcomeText {
  private static final String SUCCESS = "success (the request was carried out)";
  private static final String PENDING = "pending (the request is under way or needs more input)";
  private static final String TRANSIENT =
      "transient error (the same request may succeed if repeated later)";
  private static final String PERMANENT =
      "permanent error (repeating the request unchanged will fail again)";
  private static final String NONE_FTP =
      "none of its own: a protected reply (RFC 2228 §5.2) carries another reply inside it,"
          + " whose code gives the outcome";

  private OutcomeText() {}

  /**
   * Describes the outcome of an FTP reply.
   *
   * @param outcome the outcome
   * @return a short phrase, starting with the outcome's name
   */
  public static String of(FtpReply.Outcome outcome) {
    return switch (outcome) {
      case SUCCESS -> SUCCESS;
      case PENDING -> PENDING;
      case TRANSIENT -> TRANSIENT;
      case PERMANENT -> PERMANENT;
      case NONE -> NONE_FTP;
    };
  }

  /**
   * Describes the outcome of a Winsock error.
   *
   * @param outcome the outcome
   * @return a short phrase, starting with the outcome's name
   */
  public static String of(WinsockError.Outcome outcome) {
    return switch (outcome) {
      case SUCCESS -> SUCCESS;
      case PENDING -> PENDING;
      case TRANSIENT -> TRANSIENT;
      case PERMANENT -> PERMANENT;
    };
  }
}
