package io.codebook.example.transcript;

import io.codebook.example.FtpReplyCodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Error replies a client recovers from: it probes for something optional, or tries a newer command
 * first, and carries on when the server says no. They are worth a note, not a diagnosis.
 *
 * <ul>
 *   <li>A refused probe ({@code AUTH TLS}, {@code OPTS UTF8 ON}, {@code FEAT}, {@code CLNT}, {@code
 *       HOST}, {@code SITE}, {@code LANG}, {@code PBSZ}, {@code PROT}, {@code SYST} and the like)
 *       is recovered when the client sends another command after it, as lftp does when vsftpd
 *       answers {@code AUTH TLS} before login with {@code 530 Please login with USER and PASS.}
 *   <li>A refused newer or optional step of a transfer ({@code EPSV} or {@code EPRT} before {@code
 *       PASV} or {@code PORT}, {@code MLSD} before {@code LIST}, {@code SIZE} and {@code MDTM}) is
 *       recovered when a transfer completes later.
 * </ul>
 *
 * <p>421 never is: the server closes the connection with it.
 */
final class RecoveredErrors {
  private static final Set<String> PROBES =
      Set.of(
          "AUTH", "ADAT", "PBSZ", "PROT", "CCC", "OPTS", "FEAT", "CLNT", "CSID", "HOST", "SITE",
          "LANG", "SYST", "HELP", "NOOP", "STAT", "ALLO");
  private static final Set<String> TRANSFER_STEPS =
      Set.of("EPSV", "EPRT", "MLSD", "MLST", "SIZE", "MDTM", "REST");
  private static final Set<String> TRANSFERS =
      Set.of("RETR", "STOR", "STOU", "APPE", "LIST", "NLST", "MLSD");

  private RecoveredErrors() {}

  /**
   * Why an error reply does not hurt the session, if it does not.
   *
   * @param entries the transcript's entries, in line order
   * @param index the position of the error reply among them
   * @return the note for the reply, or empty if the error stands
   */
  static Optional<String> note(List<Transcript.Entry> entries, int index) {
    Transcript.ReplyEntry reply = (Transcript.ReplyEntry) entries.get(index);
    String verb = verb(reply.inReplyTo());
    if (reply.reply().code() == FtpReplyCodes.SERVICE_NOT_AVAILABLE) {
      return Optional.empty();
    }
    List<Transcript.Entry> later = entries.subList(index + 1, entries.size());
    if (PROBES.contains(verb)
        && later.stream().anyMatch(Transcript.CommandEntry.class::isInstance)) {
      return Optional.of(
          "Recovered: "
              + verb
              + " is optional; the client carries on without it,"
              + " so this is a note, not a problem.");
    }
    if (TRANSFER_STEPS.contains(verb)) {
      return later.stream()
          .filter(RecoveredErrors::completesTransfer)
          .findFirst()
          .map(
              done ->
                  "Recovered: the client manages without "
                      + verb
                      + "; the transfer on line "
                      + done.line()
                      + " completes.");
    }
    return Optional.empty();
  }

  private static boolean completesTransfer(Transcript.Entry entry) {
    return entry instanceof Transcript.ReplyEntry reply
        && (reply.reply().code() == FtpReplyCodes.CLOSING_DATA_CONNECTION
            || reply.reply().code() == FtpReplyCodes.FILE_ACTION_OKAY)
        && TRANSFERS.contains(verb(reply.inReplyTo()));
  }

  /**
   * The verb of a command as shown, in upper case.
   *
   * @param command the command, or an empty string
   * @return its first word
   */
  static String verb(String command) {
    String strip = command.strip();
    int space = strip.indexOf(' ');
    return (space < 0 ? strip : strip.substring(0, space)).toUpperCase(Locale.ROOT);
  }
}
