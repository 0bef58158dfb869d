package io.codebook.example.transcript;

import io.codebook.example.ftp.Reply;
import java.util.List;

/**
 * What {@link TranscriptParser} found in an FTP transcript, in the order of the lines.
 *
 * @param entries the replies, commands, errors and malformed lines, in line order
 * @param lines how many lines the transcript has
 */
public record Transcript(List<Entry> entries, long lines) {
  /**
   * Copies the entries.
   *
   * @param entries the entries
   * @param lines the number of lines
   */
  public Transcript {
    entries = List.copyOf(entries);
  }

  /** One thing found in the transcript. */
  public sealed interface Entry
      permits ReplyEntry, CommandEntry, WinsockEntry, ClientErrorEntry, MalformedEntry {
    /**
     * The line the entry starts on, counted from 1.
     *
     * @return the line number
     */
    long line();
  }

  /**
   * A reply of the server.
   *
   * @param line the line of the reply's first line
   * @param lastLine the line of its last line; the same as {@code line} for a one-line reply
   * @param reply the reply, its lines without the client's decoration
   * @param inReplyTo the command before it, as shown (passwords masked), or an empty string before
   *     the first command
   * @param complete {@code false} for a multi-line reply whose last line never came
   */
  public record ReplyEntry(
      long line, long lastLine, Reply reply, String inReplyTo, boolean complete) implements Entry {}

  /**
   * A command of the client.
   *
   * @param line the line
   * @param shown the command as it may be shown: the argument of {@code PASS} and {@code ACCT}, and
   *     any other secret {@link SecretMasker} finds, is masked as {@code ****}
   */
  public record CommandEntry(long line, String shown) implements Entry {}

  /**
   * A Windows Sockets error the client reports.
   *
   * @param line the line
   * @param code the error number
   * @param text the line without the client's decoration
   */
  public record WinsockEntry(long line, int code, String text) implements Entry {}

  /**
   * An error message of the client that names no code, such as FileZilla's "Could not connect to
   * server".
   *
   * @param line the line
   * @param text the message without the client's decoration
   */
  public record ClientErrorEntry(long line, String text) implements Entry {}

  /**
   * A line that could not be read as anything, or a reply that breaks the rules.
   *
   * @param line the line
   * @param reason what is wrong, for the user, quoting at most the start of the line
   */
  public record MalformedEntry(long line, String reason) implements Entry {}
}
