package io.codebook.example.transcript;

import java.util.Optional;

/**
 * The log shape of one FTP client: which of its lines are commands, replies, the client's own
 * messages, or network failures in its wording. One instance reads one log, so a format may
 * remember what it saw (a Python traceback spans lines).
 *
 * <p>Formats claim only lines in their client's own shape; the labels that many clients share
 * ({@code Response:}, {@code <---}, {@code -->} and so on) are left to {@link LogLine}.
 */
interface ClientFormat {
  /**
   * Reads one line if it has this client's shape.
   *
   * @param line the line, secrets already masked, leading white space kept
   * @param previous the line before it, or an empty string for the first line
   * @return what the line is, or empty if this client does not write lines like it
   */
  Optional<ClientLine> read(String line, String previous);
}
