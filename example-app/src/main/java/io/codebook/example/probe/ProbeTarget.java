package io.codebook.example.probe;

import io.codebook.example.UsageException;
import io.codebook.example.format.ControlCharacters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code probe} connects to, from a URL of the form {@code
 * ftp://[user[:password]@]host[:port][/path]} (RFC 1738 section 3.2).
 *
 * <p>User, password and path are percent-decoded, so a password with {@code @}, {@code :} or {@code
 * /} is written {@code %40}, {@code %3A} or {@code %2F}. The path names a file relative to the
 * directory the server puts the user in after login, as RFC 1738 says; a path that ends with {@code
 * /} names a directory, and a {@code ;type=} suffix is ignored. An IPv6 address is written in
 * brackets, as in {@code ftp://[::1]:2121/}.
 *
 * <p>The password is kept apart from everything that is shown: {@link #toString()} and {@link
 * #display()} leave it out, and no error message of {@link #parse(String)} repeats the URL (of a
 * URL with another scheme, only the scheme). No part may hold a control character (see {@link
 * ControlCharacters}), so what is shown and sent is what was meant.
 *
 * @param host the host name or address, without brackets
 * @param port the port, 21 unless given
 * @param user the user name, {@code anonymous} unless given
 * @param password the password from the URL, if it has one
 * @param path the decoded path without its leading slash; empty for none
 */
public record ProbeTarget(
    String host, int port, String user, Optional<String> password, String path) {
  /** The scheme a URL starts with, as RFC 3986 section 3.1 spells one, and its "://". */
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]{0,31})://");

  /** The user name when the URL has none, as RFC 1738 and every FTP client have it. */
  public static final String ANONYMOUS = "anonymous";

  /** The FTP port. */
  public static final int DEFAULT_PORT = 21;

  /**
   * Reads a URL.
   *
   * @param url the URL as typed
   * @return the target
   * @throws UsageException if the URL is not an {@code ftp://} URL with a host, or a part holds a
   *     control character; the message does not repeat the URL, which may hold a password
   */
  public static ProbeTarget parse(String url) throws UsageException {
    if (!url.toLowerCase(Locale.ROOT).startsWith("ftp://")) {
      throw new UsageException(notFtp(url));
    }
    String rest = url.substring("ftp://".length());
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    int at = authority.lastIndexOf('@');
    String user = ANONYMOUS;
    Optional<String> password = Optional.empty();
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      String rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
      user = rawUser.isEmpty() ? ANONYMOUS : decode(rawUser, "the user name");
      if (colon >= 0) {
        password = Optional.of(decode(userInfo.substring(colon + 1), "the password"));
      }
    }
    String hostPort = authority.substring(at + 1);
    String host;
    String portText = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new UsageException("the IPv6 address in the URL lacks its closing ']'");
      }
      host = hostPort.substring(1, close);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw new UsageException("unexpected text after the IPv6 address in the URL");
      }
      portText = after.isEmpty() ? "" : after.substring(1);
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      portText = colon < 0 ? "" : hostPort.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw new UsageException("the URL has no host");
    }
    withoutControls(host, "the host");
    int port = portText.isEmpty() ? DEFAULT_PORT : port(portText);
    int type = path.toLowerCase(Locale.ROOT).lastIndexOf(";type=");
    if (type >= 0) {
      path = path.substring(0, type);
    }
    return new ProbeTarget(host, port, user, password, decode(path, "the path"));
  }

  /**
   * Why a URL that does not start with {@code ftp://} cannot be probed. Only its scheme is
   * repeated, as the rest may hold a user name and password.
   */
  private static String notFtp(String url) {
    Matcher scheme = SCHEME.matcher(url);
    if (!scheme.lookingAt()) {
      return "give a URL such as ftp://user@host:21/path, or --embedded";
    }
    String given = scheme.group(1).toLowerCase(Locale.ROOT);
    String message = "only ftp:// URLs are supported; got " + given + "://...";
    if (given.equals("ftps") || given.equals("sftp")) {
      message += ": ftp-doctor speaks plain FTP, not FTPS or SFTP";
    }
    return message;
  }

  /**
   * Refuses a part of the URL that holds a control character: it would be printed (user, host and
   * path are shown) and sent in commands, where a CR or LF would end the command and start another.
   * The message does not repeat the part, which may be the password.
   */
  private static String withoutControls(String text, String what) throws UsageException {
    if (ControlCharacters.containsControl(text)) {
      throw new UsageException(
          what
              + " in the URL holds a control character, which ftp-doctor neither prints nor sends");
    }
    return text;
  }

  /**
   * Whether the path names a file to fetch, rather than nothing or a directory.
   *
   * @return {@code true} if there is a path that does not end with {@code /}
   */
  public boolean hasFile() {
    return !path.isEmpty() && !path.endsWith("/");
  }

  /**
   * The URL without the password, for showing.
   *
   * @return such as {@code ftp://demo@127.0.0.1:2121/welcome.txt}
   */
  public String display() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return "ftp://" + user + "@" + shownHost + ":" + port + "/" + path;
  }

  /** The URL without the password; the same as {@link #display()}. */
  @Override
  public String toString() {
    return display();
  }

  private static int port(String text) throws UsageException {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new UsageException("the port in the URL is not a number from 1 to 65535");
    }
    int port = Integer.parseInt(text);
    if (port < 1 || port > 65535) {
      throw new UsageException("the port in the URL is not a number from 1 to 65535");
    }
    return port;
  }

  /** Percent-decoding as in URLs: unlike {@code URLDecoder}, a plus sign stays a plus sign. */
  private static String decode(String text, String what) throws UsageException {
    if (text.indexOf('%') < 0) {
      return withoutControls(text, what);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()
            || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw new UsageException(
              what + " in the URL has a '%' that is not followed by two hex" + " digits");
        }
        bytes.write(
            Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return withoutControls(bytes.toString(StandardCharsets.UTF_8), what);
  }
}
