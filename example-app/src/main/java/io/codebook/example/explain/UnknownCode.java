package io.codebook.example.explain;

import java.util.Optional;

/**
 * A number that is neither a listed FTP reply, inside an FTP reply series, nor a listed Winsock
 * error.
 *
 * @param code the number
 * @param winsockRange the specific Winsock range the number lies in (socket, name resolution, QoS
 *     ...), if any; the broad range of reused Windows system errors is left out, because it says
 *     nothing
 */
public record UnknownCode(int code, Optional<SeriesSummary> winsockRange) implements Explanation {
  /**
   * Always {@code false}: the number could not be explained.
   *
   * @return {@code false}
   */
  @Override
  public boolean found() {
    return false;
  }
}
