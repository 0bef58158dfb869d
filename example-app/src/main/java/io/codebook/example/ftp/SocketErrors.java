package io.codebook.example.ftp;

import io.codebook.example.WinsockErrorCodes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Maps Java's network exceptions to the Windows Sockets error an FTP client on Windows shows for
 * the same failure, so that ftp-doctor can explain them from the Winsock code set on any system.
 *
 * <p>Java reports the same failures on every platform with a few exception types and messages taken
 * from the system (Linux says "Connection refused" where Windows says "Connection refused:
 * connect"); the type is checked first, then the message.
 */
public final class SocketErrors {
  private SocketErrors() {}

  /**
   * The Winsock error matching a network failure.
   *
   * @param e the failure
   * @return the Winsock error number, such as {@link WinsockErrorCodes#WSAECONNREFUSED}, or empty
   *     if the failure has no Winsock counterpart ftp-doctor knows
   */
  public static OptionalInt winsockCode(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return OptionalInt.of(WinsockErrorCodes.WSAETIMEDOUT);
    }
    if (e instanceof UnknownHostException) {
      return OptionalInt.of(WinsockErrorCodes.WSAHOST_NOT_FOUND);
    }
    if (e instanceof NoRouteToHostException) {
      return OptionalInt.of(WinsockErrorCodes.WSAEHOSTUNREACH);
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (e instanceof ConnectException || e instanceof PortUnreachableException) {
      if (message.contains("timed out")) {
        return OptionalInt.of(WinsockErrorCodes.WSAETIMEDOUT);
      }
      if (message.contains("network is unreachable")) {
        return OptionalInt.of(WinsockErrorCodes.WSAENETUNREACH);
      }
      if (message.contains("host is unreachable") || message.contains("no route")) {
        return OptionalInt.of(WinsockErrorCodes.WSAEHOSTUNREACH);
      }
      return OptionalInt.of(WinsockErrorCodes.WSAECONNREFUSED);
    }
    if (e instanceof SocketException) {
      if (message.contains("reset") || message.contains("broken pipe")) {
        return OptionalInt.of(WinsockErrorCodes.WSAECONNRESET);
      }
      if (message.contains("abort")) {
        return OptionalInt.of(WinsockErrorCodes.WSAECONNABORTED);
      }
      if (message.contains("timed out")) {
        return OptionalInt.of(WinsockErrorCodes.WSAETIMEDOUT);
      }
      if (message.contains("network is unreachable")) {
        return OptionalInt.of(WinsockErrorCodes.WSAENETUNREACH);
      }
      if (message.contains("host is unreachable")) {
        return OptionalInt.of(WinsockErrorCodes.WSAEHOSTUNREACH);
      }
    }
    return OptionalInt.empty();
  }
}
