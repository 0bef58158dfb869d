package io.codebook.example.transcript;

import io.codebook.example.format.ControlCharacters;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the secrets in a line of a log with {@link #MASK}, so that a report quoting the line
 * cannot repeat them. {@code explain-log} applies it to every line as it is read, before anything
 * else sees the line.
 *
 * <p>Masked, in any case unless said otherwise:
 *
 * <ul>
 *   <li>the argument of {@code PASS} and {@code ACCT}: at the start of a line after any decoration
 *       {@link LogLine} knows, after a reply code (a server repeating the command), after {@code :}
 *       or {@code >}, and inside quotes, such as Python ftplib's {@code *cmd* 'PASS secret'};
 *   <li>the password of a URL of any scheme, {@code scheme://user:secret@host}; user and host stay;
 *   <li>command-line options: {@code --password=}, {@code --ftp-password}, any {@code --...pass},
 *       {@code --...password} or {@code --...passwd}; the part after {@code :} or {@code ,} of
 *       {@code -u}, {@code --user} and {@code --proxy-user} (curl, lftp); wget's debug line {@code
 *       Setting --password (password) to secret};
 *   <li>lftp and BSD ftp: {@code user NAME SECRET} (lower-case {@code user}: the FTP command {@code
 *       USER} takes only a name, which may hold spaces), {@code lftp user:secret@host} and {@code
 *       open user:secret@host};
 *   <li>fields: {@code password}, {@code passwd}, {@code passphrase} (also as the end of a longer
 *       name such as {@code ftp_password}) with {@code =} or {@code :}; {@code pass} and {@code
 *       pwd} with {@code =}, or with {@code :} when the name is quoted, because {@code PASS:} and
 *       {@code PWD:} start server messages; JSON and Python strings as values; XML elements such as
 *       FileZilla's {@code <Pass>}; {@code .netrc} lines; HTTP {@code Authorization} headers.
 * </ul>
 *
 * <p>Where a secret ends is read the way the tool that wrote it would: a quoted string ends at its
 * closing quote, a command-line word at unquoted white space (with shell quoting), and a value that
 * may hold spaces at the end of the line. When in doubt more is masked, never less.
 */
public final class SecretMasker {
  /** What a secret is replaced with, whatever its length. */
  public static final String MASK = "****";

  private static final Pattern AFTER_DELIMITER =
      Pattern.compile("[:>][ \\t]*(?=(?i:PASS|ACCT)\\s)");

  private static final Pattern REPLY_CODE = Pattern.compile("\\d{3}[ -][ \\t]*");
  private static final Pattern QUOTED_COMMAND = Pattern.compile("(['\"])(?=(?i:PASS|ACCT)\\s)");
  private static final Pattern URL_USER =
      Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s/?#@:]*:");
  private static final Pattern WGET_SETTING =
      Pattern.compile("(?i)\\bSetting\\s+--?[\\w-]*pass[\\w-]*\\s+\\([\\w-]*\\)\\s+to\\s");

  /** Not after "Setting ": wget's debug line names the option, and the value comes later. */
  private static final Pattern PASSWORD_OPTION =
      Pattern.compile("(?i)(?<![\\w-])(?<!Setting\\s)--[\\w-]*?pass(?:word|wd)?(?![\\w-])(=|\\s+)");

  private static final Pattern USER_OPTION =
      Pattern.compile("(?<![\\w-])(?:-u|--(?:proxy-)?user(?![\\w-]))[=\\s]*");
  private static final Pattern LFTP = Pattern.compile("(?i)(?<![\\w-])lftp(?![\\w-])");
  private static final Pattern OPEN = Pattern.compile("(?i)open\\s");

  /** Case-sensitive: only the lower-case client command takes a password. */
  private static final Pattern USER_COMMAND = Pattern.compile("(?:^|[>;'\"])\\s*user\\s+");

  private static final Pattern ANY_USER_COMMAND = Pattern.compile("(?<![\\w-])user\\s+");
  private static final Pattern FIELD =
      Pattern.compile(
          "(?i)(password|passwd|passphrase|(?<![a-z0-9])(?:pass|pwd))(['\"]?)(\\s*)([=:])(\\s*)");
  private static final Pattern NETRC = Pattern.compile("(?i)(?<![\\w-])machine\\s+\\S");
  private static final Pattern NETRC_FIELD =
      Pattern.compile("(?i)(?<![\\w-])(?:password|passwd|account)\\s+");
  private static final Pattern XML_ELEMENT =
      Pattern.compile("(?i)<(?:[\\w-]+:)?(?:pass|password|passwd|pwd|passphrase)(?:\\s[^>]*)?>");
  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?i)(?<![\\w-])(?:proxy-)?authorization:\\s*(?:[a-z]+\\s+)?");

  private final String line;

  /** Where the line's text starts after the decoration {@link LogLine} takes off. */
  private final int textStart;

  private final BitSet masked = new BitSet();

  private SecretMasker(String line) {
    this.line = line;
    this.textStart = line.length() - LogLine.of(line).text().length();
  }

  /**
   * Masks the secrets of one line.
   *
   * @param line a line of a log or transcript, without its line break
   * @return the line with every secret replaced by {@link #MASK}; a line without secrets unchanged
   */
  public static String mask(String line) {
    // Substring checks first: most lines of a log hold none of these words, and a search for one
    // costs far less than running the patterns that need it.
    String lower = line.toLowerCase(Locale.ROOT);
    boolean pass = lower.contains("pass") || lower.contains("pwd");
    boolean command = pass || lower.contains("acct");
    boolean url = lower.contains("://");
    boolean option = pass || lower.contains("-u");
    boolean client = lower.contains("user") || lower.contains("lftp") || lower.contains("open");
    boolean field = pass || lower.contains("machine") || lower.contains("authorization");
    if (!(command || url || option || client || field)) {
      return line;
    }
    SecretMasker masker = new SecretMasker(line);
    if (command) {
      masker.commands();
    }
    if (url) {
      masker.urls();
    }
    if (option) {
      masker.options();
    }
    if (client) {
      masker.clientCommands();
    }
    if (field) {
      masker.fields();
    }
    return masker.result();
  }

  private void commands() {
    command(textStart);
    Matcher code = REPLY_CODE.matcher(line).region(textStart, line.length());
    if (code.lookingAt()) {
      command(code.end());
    }
    for (Matcher m = AFTER_DELIMITER.matcher(line); m.find(); ) {
      command(m.end());
    }
    // A control character before PASS or ACCT: a terminal shows nothing in its place (the SI that
    // ends screen's colour reset, a bell) and the report a ?, so the command still reads as one.
    for (int i = 0; i < line.length(); i++) {
      if (ControlCharacters.isControl(line.charAt(i))) {
        int at = i + 1;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
          at++;
        }
        command(at);
      }
    }
    for (Matcher m = QUOTED_COMMAND.matcher(line); m.find(); ) {
      int argument = m.end() + "PASS ".length();
      int close = line.lastIndexOf(m.group(1).charAt(0));
      mark(argument, close >= argument ? close : line.length());
    }
  }

  /**
   * PASS or ACCT at {@code at}: everything after the verb and one blank is the secret. A control
   * character counts as the blank, as it shows as one (or as a ?) and a server may take it as one.
   */
  private void command(int at) {
    boolean verb =
        line.regionMatches(true, at, "PASS", 0, 4) || line.regionMatches(true, at, "ACCT", 0, 4);
    if (verb
        && at + 4 < line.length()
        && (isSpace(line.charAt(at + 4)) || ControlCharacters.isControl(line.charAt(at + 4)))) {
      mark(at + 5, line.length());
    }
  }

  /** White space of any kind, no-break space included, so that no separator hides a password. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A URL's password: from the user info's first colon to the last {@code @} before the path. */
  private void urls() {
    for (Matcher m = URL_USER.matcher(line); m.find(); ) {
      int end = m.end();
      while (end < line.length() && " \t/?#".indexOf(line.charAt(end)) < 0) {
        end++;
      }
      int at = line.lastIndexOf('@', end - 1);
      if (at >= m.end()) {
        mark(m.end(), at);
      }
    }
  }

  private void options() {
    for (Matcher m = WGET_SETTING.matcher(line); m.find(); ) {
      mark(m.end(), line.length());
    }
    for (Matcher m = PASSWORD_OPTION.matcher(line); m.find(); ) {
      // "--ask-password --user=bob": a following option is not a value.
      if (m.group(1).equals("=") || !line.startsWith("--", m.end())) {
        markWord(m.end(), ShellWords.end(line, m.end()));
      }
    }
    for (Matcher m = USER_OPTION.matcher(line); m.find(); ) {
      int end = ShellWords.end(line, m.end());
      int separator = m.end();
      while (separator < end && ":,".indexOf(line.charAt(separator)) < 0) {
        separator++;
      }
      if (separator < end) {
        boolean quoted = ShellWords.isQuoted(line, m.end(), end);
        mark(separator + 1, quoted ? end - 1 : end);
      }
    }
  }

  /** lftp's and BSD ftp's own commands, typed at their prompt or given on lftp's command line. */
  private void clientCommands() {
    boolean lftp = LFTP.matcher(line).find();
    boolean open = OPEN.matcher(line).region(textStart, line.length()).lookingAt();
    if (lftp || open) {
      for (int start = ShellWords.skipBlanks(line, 0); start < line.length(); ) {
        int end = ShellWords.end(line, start);
        siteWithPassword(start, end);
        start = ShellWords.skipBlanks(line, end);
      }
    }
    Matcher m = (lftp ? ANY_USER_COMMAND : USER_COMMAND).matcher(line);
    m.region(lftp ? 0 : textStart, line.length());
    while (m.find()) {
      int name = ShellWords.end(line, m.end());
      int secret = ShellWords.skipBlanks(line, name);
      if (name > m.end() && secret > name) {
        markWord(secret, ShellWords.end(line, secret));
      }
    }
  }

  /** A word {@code user:secret@host} that is not a URL (those are masked by {@link #urls()}). */
  private void siteWithPassword(int start, int end) {
    String word = line.substring(start, end);
    int colon = word.indexOf(':');
    int at = word.lastIndexOf('@');
    if (!word.contains("://") && colon >= 0 && at > colon) {
      mark(start + colon + 1, start + at);
    }
  }

  private void fields() {
    for (Matcher m = FIELD.matcher(line); m.find(); ) {
      field(m);
    }
    if (NETRC.matcher(line).find()) {
      for (Matcher m = NETRC_FIELD.matcher(line); m.find(); ) {
        markWord(m.end(), ShellWords.end(line, m.end()));
      }
    }
    for (Matcher m = XML_ELEMENT.matcher(line); m.find(); ) {
      int close = line.indexOf('<', m.end());
      mark(m.end(), close < 0 ? line.length() : close);
    }
    for (Matcher m = AUTHORIZATION.matcher(line); m.find(); ) {
      mark(m.end(), line.length());
    }
  }

  private void field(Matcher m) {
    String key = m.group(1);
    String keyQuote = m.group(2);
    boolean quotedKey =
        !keyQuote.isEmpty() && m.start() > 0 && line.charAt(m.start() - 1) == keyQuote.charAt(0);
    boolean shortKey = key.length() <= 4;
    boolean colon = m.group(4).equals(":");
    if (shortKey && colon && !quotedKey) {
      return;
    }
    int value = m.end();
    // Inside a secret found already, such as "PASS =x", the field is part of that secret.
    if (value >= line.length() || masked.get(value)) {
      return;
    }
    // "PWD=/home/bob" is the shell's working directory, not a password.
    if (key.equals("PWD") && "/~".indexOf(line.charAt(value)) >= 0) {
      return;
    }
    char first = line.charAt(value);
    boolean spaced = !m.group(3).isEmpty() || !m.group(5).isEmpty();
    if (!colon && !spaced) {
      markWord(value, ShellWords.end(line, value));
    } else if ((first == '"' || first == '\'')
        && endsValue(ShellWords.stringEnd(line, value) + 1)) {
      mark(value + 1, ShellWords.stringEnd(line, value));
    } else {
      mark(value, line.length());
    }
  }

  /**
   * Whether a quoted value really ended: the line ends or goes on with what follows a value in
   * JSON, Python or a list. Otherwise the quote was part of a raw secret, and the whole rest is
   * masked.
   */
  private boolean endsValue(int afterQuote) {
    int next = ShellWords.skipBlanks(line, afterQuote);
    return afterQuote <= line.length()
        && (next >= line.length() || ",;}])".indexOf(line.charAt(next)) >= 0);
  }

  /**
   * A command-line word; a word in quotes keeps them, so the line still reads as it was written.
   */
  private void markWord(int start, int end) {
    if (ShellWords.isQuoted(line, start, end)) {
      mark(start + 1, end - 1);
    } else {
      mark(start, end);
    }
  }

  private void mark(int from, int to) {
    if (from < to) {
      masked.set(from, to);
    }
  }

  private String result() {
    if (masked.isEmpty()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      if (masked.get(i)) {
        out.append(MASK);
        i = masked.nextClearBit(i);
      } else {
        int next = masked.nextSetBit(i);
        int end = next < 0 ? line.length() : next;
        out.append(line, i, end);
        i = end;
      }
    }
    return out.toString();
  }
}
