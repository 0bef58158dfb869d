package io.codebook.example.explain;

import io.codebook.example.FtpReplyCodes;
import io.codebook.example.KnownCode;
import io.codebook.example.WinsockErrorCodes;
import java.util.Optional;

/**
 * Short "what to check first" hints for the codes people run into most. The hints are ftp-doctor's
 * own advice; the possible solutions printed with them come from the code sets.
 */
public final class ReplyAdvisor {
  private ReplyAdvisor() {}

  /**
   * The first thing to check after a code of either set.
   *
   * @param code the code
   * @return a one-sentence hint, or empty if there is none for this code
   */
  public static Optional<String> checkFirst(KnownCode code) {
    return Optional.ofNullable(
        switch (CodeSet.of(code)) {
          case FTP -> ftpHint(code.code());
          case WINSOCK -> winsockHint(code.code());
        });
  }

  private static String ftpHint(int code) {
    switch (code) {
      case FtpReplyCodes.SERVICE_NOT_AVAILABLE:
        return "how many connections your client (and any other copy of it) holds open to this server.";
      case FtpReplyCodes.CANNOT_OPEN_DATA_CONNECTION:
        return "passive versus active mode: switch the mode, then check firewall and NAT rules for the data ports.";
      case FtpReplyCodes.TRANSFER_ABORTED:
        return "whether a firewall, proxy or antivirus program cut the data connection during the transfer.";
      case FtpReplyCodes.INSUFFICIENT_STORAGE_SPACE:
      case FtpReplyCodes.STORAGE_ALLOCATION_EXCEEDED:
        return "the free disk space and the account's quota on the server.";
      case FtpReplyCodes.NOT_LOGGED_IN:
        return "user name and password (they are case-sensitive), and whether the server requires FTPS before login.";
      case FtpReplyCodes.FILE_UNAVAILABLE:
        return "the path (case, leading slash, current directory) and the account's permissions on it.";
      case FtpReplyCodes.FILE_NAME_NOT_ALLOWED:
        return "characters in the file name that the server does not accept, and write permission on the directory.";
      default:
        return null;
    }
  }

  private static String winsockHint(int code) {
    switch (code) {
      case WinsockErrorCodes.WSAECONNRESET:
        return "firewalls, idle timeouts and the server's log: the other side or a device in between reset the connection.";
      case WinsockErrorCodes.WSAETIMEDOUT:
        return "host name and port, and whether a firewall silently drops the packets.";
      case WinsockErrorCodes.WSAECONNREFUSED:
        return "that the server runs and listens on this port (21 for FTP, 990 for implicit FTPS).";
      case WinsockErrorCodes.WSAHOST_NOT_FOUND:
        return "the spelling of the host name and the DNS settings.";
      default:
        return null;
    }
  }
}
