package io.codebook.example.ftp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts FTP replies together from lines, for the probe's control connection and for transcripts
 * alike.
 *
 * <p>A line that starts with three digits and a space is a whole reply. Three digits and a hyphen
 * open a multi-line reply; every following line belongs to it, whatever it starts with, until a
 * line that starts with three digits and a space. RFC 959 wants that last line to repeat the first
 * code, and asks servers to indent other lines that start with digits; a last line with another
 * code is accepted all the same (a quirk of real servers) and reported through {@link
 * Reply#closedWithOtherCode()}. A line with three digits and a hyphen inside a multi-line reply is
 * part of it, whatever its code.
 */
public final class ReplyAssembler {
  /** What one line did. */
  public sealed interface Step {}

  /**
   * The line completed a reply.
   *
   * @param reply the reply
   */
  public record Complete(Reply reply) implements Step {}

  /** The line opened or continued a multi-line reply, which needs more lines. */
  public record Continued() implements Step {}

  /** The line is not part of a reply: outside a multi-line reply, it does not start with a code. */
  public record NotAReply() implements Step {}

  private static final Continued CONTINUED = new Continued();
  private static final NotAReply NOT_A_REPLY = new NotAReply();

  private final List<String> pending = new ArrayList<>();
  private int pendingCode = -1;

  /** Creates an assembler outside any reply. */
  public ReplyAssembler() {}

  /**
   * Takes the next line.
   *
   * @param line the line, without its line break
   * @return whether the line completed a reply, continued one or is no reply at all
   */
  public Step accept(String line) {
    Optional<ReplyLine> parsed = ReplyLine.parse(line);
    if (pendingCode < 0) {
      if (parsed.isEmpty()) {
        return NOT_A_REPLY;
      }
      ReplyLine first = parsed.get();
      if (!first.opensMultiLine()) {
        return new Complete(new Reply(first.code(), List.of(line), first.code()));
      }
      pendingCode = first.code();
      pending.add(line);
      return CONTINUED;
    }
    pending.add(line);
    if (parsed.isPresent() && !parsed.get().opensMultiLine()) {
      Reply reply = new Reply(pendingCode, pending, parsed.get().code());
      reset();
      return new Complete(reply);
    }
    return CONTINUED;
  }

  /**
   * Whether a multi-line reply is open and waits for its last line.
   *
   * @return {@code true} inside a multi-line reply
   */
  public boolean inMultiLineReply() {
    return pendingCode >= 0;
  }

  /**
   * The code the open multi-line reply started with.
   *
   * @return the code, or -1 outside a multi-line reply
   */
  public int openCode() {
    return pendingCode;
  }

  /**
   * Gives up the open multi-line reply, for example at the end of the input, and returns its lines.
   *
   * @return the lines received so far, or an empty list outside a multi-line reply
   */
  public List<String> abandon() {
    List<String> lines = List.copyOf(pending);
    reset();
    return lines;
  }

  private void reset() {
    pending.clear();
    pendingCode = -1;
  }
}
