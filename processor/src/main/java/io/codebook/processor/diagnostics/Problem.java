package io.codebook.processor.diagnostics;

/**
 * One thing wrong with a spec: what, where, and the words a user reads.
 *
 * @param message the catalogue entry
 * @param position where in the spec; a problem with no better place points at the file's start
 * @param text the filled-in message, without tag or position
 */
public record Problem(Message message, Position position, String text) {

  public Problem {
    java.util.Objects.requireNonNull(position, "position");
  }

  /** The full line a compiler shows: tag, then position, then text. */
  public String render() {
    return message.tag() + " " + position + ": " + text;
  }
}
