package io.codebook.example.transcript;

import io.codebook.example.WinsockError;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Windows Sockets error in a line of a client's log, as clients write them:
 *
 * <ul>
 *   <li>by name: {@code WSAECONNREFUSED}, or an alias of the code set such as {@code
 *       TOO_MANY_USERS} only when it starts with {@code WSA};
 *   <li>by the POSIX name of the same error that some clients (FileZilla) print, such as {@code
 *       ECONNREFUSED}, read as its Winsock twin {@code WSAECONNREFUSED};
 *   <li>by number after "Winsock", "socket" or "WSA" ({@code Winsock error 10061}, {@code Socket
 *       error = #10054}) when the code set lists it or it lies in 10000-11999, or after "error"
 *       when the number is a listed Winsock error of 10000 or more ({@code error 10060}), so that
 *       an FTP reply number after "error" is not taken for one;
 *   <li>by the words of a client that names no error at all, such as curl's {@code Connection
 *       refused} or Python's {@code Name or service not known} (see {@link NetworkFailureWords}).
 * </ul>
 */
final class WinsockMention {
  private static final Pattern NAME = Pattern.compile("\\b(WSA[A-Z0-9_]+)\\b");
  private static final Pattern POSIX_NAME = Pattern.compile("\\b(E[A-Z]{4,})\\b");
  private static final Pattern AFTER_SOCKET_WORD =
      Pattern.compile("(?i)\\b(?:winsock|socket|wsa)\\b[^0-9\\r\\n]{0,30}?#?\\s*(\\d{1,5})\\b");
  private static final Pattern AFTER_ERROR =
      Pattern.compile("(?i)\\berror\\b[^0-9\\r\\n]{0,30}?#?\\s*(\\d{5})\\b");

  /**
   * Python's numbers of POSIX errors, such as {@code socket.gaierror: [Errno 8]}: not Winsock's.
   */
  private static final Pattern POSIX_ERRNO = Pattern.compile("\\[Errno -?\\d{1,4}\\]");

  private static final Map<String, Integer> BY_NAME = names();

  private WinsockMention() {}

  /**
   * Finds the first Winsock error a line names.
   *
   * @param text the line
   * @return the error number, or empty if the line names none
   */
  public static OptionalInt find(String text) {
    Matcher name = NAME.matcher(text);
    while (name.find()) {
      Integer code = BY_NAME.get(name.group(1));
      if (code != null) {
        return OptionalInt.of(code);
      }
    }
    Matcher posix = POSIX_NAME.matcher(text);
    while (posix.find()) {
      Integer code = BY_NAME.get("WSA" + posix.group(1));
      if (code != null) {
        return OptionalInt.of(code);
      }
    }
    if (POSIX_ERRNO.matcher(text).find()) {
      return NetworkFailureWords.find(text);
    }
    Matcher number = AFTER_SOCKET_WORD.matcher(text);
    while (number.find()) {
      int code = Integer.parseInt(number.group(1));
      if (WinsockError.isKnown(code) || (code >= 10000 && code <= 11999)) {
        return OptionalInt.of(code);
      }
    }
    Matcher afterError = AFTER_ERROR.matcher(text);
    while (afterError.find()) {
      int code = Integer.parseInt(afterError.group(1));
      if (code >= 10000 && WinsockError.isKnown(code)) {
        return OptionalInt.of(code);
      }
    }
    return NetworkFailureWords.find(text);
  }

  private static Map<String, Integer> names() {
    Map<String, Integer> names = new HashMap<>();
    for (WinsockError error : WinsockError.values()) {
      names.put(error.name(), error.code());
      for (WinsockError.Alias alias : error.aliases()) {
        names.put(alias.name(), alias.code());
      }
    }
    return Map.copyOf(names);
  }
}
