package io.codebook.example.transcript;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Every line shape that carries a password, each planting a given secret the way its tool writes
 * it: percent-encoded in a URL, shell-quoted on a command line, escaped in JSON and Python's {@code
 * repr}, raw where the tool prints it raw.
 */
final class SecretShapes {
  private SecretShapes() {}

  /**
   * One planted secret.
   *
   * @param line the line
   * @param kept the line as it must read once masked: the secret gone, the rest there
   * @param hidden the secret as written in the line, which must never be shown
   */
  record Planted(String line, String kept, String hidden) {}

  /**
   * A shape.
   *
   * @param name for messages
   * @param inReplies whether a server could repeat the line in a reply; a client's own command such
   *     as {@code user bob secret} is never sent, so never repeated
   * @param plant makes the line for a secret
   */
  record Shape(String name, boolean inReplies, Function<String, Planted> plant) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Shape> ALL =
      List.of(
          raw("PASS command", "PASS "),
          raw("ACCT command", "ACCT "),
          raw("wget -d --password", "Setting --password (password) to "),
          raw("wget -d --ftp-password", "Setting --ftp-password (ftppassword) to "),
          new Shape(
              "ftp URL",
              true,
              s ->
                  new Planted(
                      "ftp://bob:" + percent(s) + "@ftp.example.com/pub/",
                      "ftp://bob:****@ftp.example.com/pub/",
                      percent(s))),
          new Shape(
              "https URL",
              true,
              s ->
                  new Planted(
                      "https://bob:" + percent(s) + "@example.org:8443/",
                      "https://bob:****@example.org:8443/",
                      percent(s))),
          word("wget --password=", "wget --password=", "", " ftp://h/f"),
          word("wget --ftp-password=", "wget --ftp-password=", "", " ftp://h/f"),
          word("lftp -u", "lftp -u ", "bob,", " h"),
          word("lftp open -u", "lftp :~> open -u ", "bob,", " h"),
          word("lftp user", "lftp :~> user bob ", "", ""),
          new Shape("user command", false, s -> wordPlanted("user bob ", "", s, "")),
          new Shape(
              "lftp user:secret@host",
              true,
              s -> {
                String word = shell("bob:" + s + "@h");
                String kept = word.startsWith("'") ? "'bob:****@h'" : "bob:****@h";
                return new Planted("lftp " + word, "lftp " + kept, word);
              }),
          word("curl -u", "curl -u ", "bob:", " ftp://h/"),
          word("curl --user", "curl --user ", "bob:", " ftp://h/"),
          new Shape("ftplib *cmd*", true, s -> ftplib("*cmd* ", s, "")),
          new Shape("ftplib *put*", true, s -> ftplib("*put* ", s, "\r\n")),
          word("password=", "password=", "", ""),
          word("passwd=", "passwd=", "", ""),
          word("pass=", "pass=", "", ""),
          word("pwd=", "pwd=", "", ""),
          word("FTP_PASSWORD=", "FTP_PASSWORD=", "", ""),
          new Shape(
              "password: value",
              true,
              s -> {
                // A value that starts with a quote is a quoted string, as in YAML.
                boolean quoted = s.startsWith("'") || s.startsWith("\"");
                String value = quoted ? "\"" + json(s) + "\"" : s;
                return new Planted(
                    "Password: " + value, "Password: " + (quoted ? "\"****\"" : "****"), value);
              }),
          new Shape(
              "JSON field",
              true,
              s ->
                  new Planted(
                      "{\"user\":\"bob\",\"password\":\"" + json(s) + "\"}",
                      "{\"user\":\"bob\",\"password\":\"****\"}",
                      json(s))),
          new Shape(
              ".netrc",
              true,
              s -> {
                boolean quoted = s.chars().anyMatch(c -> " \t'\"\\".indexOf(c) >= 0);
                String value = quoted ? "\"" + json(s) + "\"" : s;
                return new Planted(
                    "machine h login bob password " + value,
                    "machine h login bob password " + (quoted ? "\"****\"" : "****"),
                    value);
              }),
          new Shape(
              "FileZilla <Pass>",
              true,
              s -> new Planted("<Pass>" + xml(s) + "</Pass>", "<Pass>****</Pass>", xml(s))),
          new Shape(
              "Authorization header",
              false,
              s -> {
                String basic =
                    Base64.getEncoder().encodeToString(("b:" + s).getBytes(StandardCharsets.UTF_8));
                return new Planted(
                    "Authorization: Basic " + basic, "Authorization: Basic ****", basic);
              }));

  /** A tool that prints the secret as it is, up to the end of the line. */
  private static Shape raw(String name, String before) {
    return new Shape(name, true, s -> new Planted(before + s, before + "****", s));
  }

  /** A command-line word: the secret, after {@code inWord}, shell-quoted if it must be. */
  private static Shape word(String name, String before, String inWord, String after) {
    return new Shape(name, true, s -> wordPlanted(before, inWord, s, after));
  }

  private static Planted wordPlanted(String before, String inWord, String s, String after) {
    String word = shell(inWord + s);
    String kept = word.startsWith("'") ? "'" + inWord + "****'" : inWord + "****";
    return new Planted(before + word + after, before + kept + after, word);
  }

  private static Planted ftplib(String label, String s, String lineEnd) {
    String repr = pythonRepr("PASS " + s + lineEnd);
    char quote = repr.charAt(0);
    return new Planted(label + repr, label + quote + "PASS ****" + quote, repr);
  }

  /** POSIX shell quoting, only where needed, as a user types it. */
  static String shell(String s) {
    boolean plain =
        !s.isEmpty()
            && s.chars()
                .allMatch(
                    c ->
                        c < 0x80 && (Character.isLetterOrDigit(c) || "@%+=:,./_-".indexOf(c) >= 0));
    return plain ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /**
   * Percent-encoding of what cannot stay in a URL's user info; {@code @} and {@code :} stay raw.
   */
  static String percent(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(" /?#%".indexOf(c) >= 0 ? String.format("%%%02X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  /** Python 3's {@code repr} of a str, as ftplib's debug output prints commands. */
  static String pythonRepr(String s) {
    char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append(c);
          } else if (c != ' ' && (Character.isSpaceChar(c) || Character.isISOControl(c))) {
            out.append(String.format(c < 0x100 ? "\\x%02x" : "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
