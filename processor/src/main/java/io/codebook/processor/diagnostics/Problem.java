package io.codebook.processor.diagnostics;

/**
 * One thing wrong with a spec: what, where, and the words a user reads.
 *
 * @param message the catalogue entry
 * @param position where in the spec, or {@code null} when the problem has no place in a file
 * @param text the filled-in message, without tag or position
 */
public record Problem(Message message, Position position, String text) {

  /** The full line a compiler shows: tag, then position, then text. */
  public String render() {
    return position == null
        ? message.tag() + " " + text
        : message.tag() + " " + position + ": " + text;
  }
}
