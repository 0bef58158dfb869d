package io.codebook.example.ftp;

import java.util.List;

/**
 * A complete FTP reply: one line, or the lines of a multi-line reply (RFC 959 section 4.2).
 *
 * <p>RFC 959 says the last line of a multi-line reply repeats the code of the first. Some servers
 * close with another code; {@link ReplyAssembler} accepts that, as Apache Commons Net and most
 * clients do, and the reply keeps both: {@link #code()} is the first line's, the one the reply was
 * opened with, and {@link #closingCode()} the last line's.
 *
 * @param code the code of the first line
 * @param lines the lines as received, without line breaks; at least one
 * @param closingCode the code of the last line; the same as {@code code} unless the server closed a
 *     multi-line reply with another code
 */
public record Reply(int code, List<String> lines, int closingCode) {
  /**
   * Checks and copies the parts.
   *
   * @param code the code of the first line
   * @param lines the lines as received
   * @param closingCode the code of the last line
   */
  public Reply {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a reply has at least one line");
    }
  }

  /**
   * Whether the reply spans more than one line.
   *
   * @return {@code true} for a multi-line reply
   */
  public boolean multiLine() {
    return lines.size() > 1;
  }

  /**
   * Whether the last line carries another code than the first, which RFC 959 does not allow but
   * some servers do.
   *
   * @return {@code true} if the codes differ
   */
  public boolean closedWithOtherCode() {
    return closingCode != code;
  }

  /**
   * The text of the first line after the code and its separator, such as "Service ready" for {@code
   * 220 Service ready}.
   *
   * @return the text, possibly empty
   */
  public String text() {
    return ReplyLine.parse(lines.get(0)).map(ReplyLine::text).orElse(lines.get(0));
  }
}
