package io.codebook.example.ftp;

import io.codebook.example.FtpReply;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether RFC 959 (section 5.4, as the generated {@link FtpReply.Context}) lets a command be
 * answered with a code, in the words both {@code probe} and {@code explain-log} use.
 */
public final class ReplySequence {
  private ReplySequence() {}

  /**
   * A note for a reply RFC 959 does not allow after a command, such as "550 is not a reply RFC 959
   * allows for PWD (§5.4 allows 257, 421, 500, 501, 502, 550).".
   *
   * @param verb the command's verb in upper case, or {@code CONNECTION} for the greeting
   * @param code the reply's code
   * @return the note, or empty if the command has no RFC 959 context, the context allows the code,
   *     or the reply is a protected one (6yz), which may wrap any reply
   */
  public static Optional<String> note(String verb, int code) {
    return FtpReply.Context.lookup(verb)
        .filter(context -> !context.allows(code))
        .filter(context -> !isProtected(code))
        .map(
            context ->
                code
                    + " is not a reply RFC 959 allows for "
                    + (context == FtpReply.Context.CONNECTION ? "the greeting" : verb)
                    + " (§5.4 allows "
                    + context.allowed().stream()
                        .map(allowed -> String.valueOf(allowed.code()))
                        .collect(Collectors.joining(", "))
                    + ").");
  }

  /** A reply with no outcome of its own: a protected reply, which may wrap any other. */
  private static boolean isProtected(int code) {
    FtpReply.Outcome outcome =
        FtpReply.lookup(code)
            .map(FtpReply::outcome)
            .or(() -> FtpReply.Series.lookup(code).map(FtpReply.Series::outcome))
            .orElse(FtpReply.Outcome.SUCCESS);
    return outcome == FtpReply.Outcome.NONE;
  }
}
