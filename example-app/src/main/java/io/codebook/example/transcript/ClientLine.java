package io.codebook.example.transcript;

import java.util.List;

/**
 * What a {@link ClientFormat} made of one line of its client's log.
 *
 * @param kind what the line is
 * @param texts the command, or the reply's lines (a Python {@code *resp*} holds a whole multi-line
 *     reply), or the client's message; for {@link Kind#REREAD}, the rest of the line to read again
 */
record ClientLine(Kind kind, List<String> texts) {
  /** What a line of a client's log is. */
  public enum Kind {
    /** A command the client sent. */
    COMMAND,
    /** One or more lines of a server reply, without the client's decoration. */
    REPLY,
    /** The client's own words about the session: context for the reader, never malformed. */
    CONTEXT,
    /** An error the client reports in its own words, with no code to explain it. */
    CLIENT_ERROR,
    /** Client output with a protocol line glued to its end: read the rest as a line of its own. */
    REREAD
  }

  /**
   * Copies the texts.
   *
   * @param kind what the line is
   * @param texts its texts
   */
  public ClientLine {
    texts = List.copyOf(texts);
  }

  static ClientLine of(Kind kind, String text) {
    return new ClientLine(kind, List.of(text));
  }

  static ClientLine context(String text) {
    return of(Kind.CONTEXT, text);
  }

  /**
   * The first text, which for all kinds but {@link Kind#REPLY} is the only one.
   *
   * @return the text
   */
  public String text() {
    return texts.get(0);
  }
}
