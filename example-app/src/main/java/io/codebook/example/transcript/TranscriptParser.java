package io.codebook.example.transcript;

import io.codebook.example.FtpReply;
import io.codebook.example.format.ControlCharacters;
import io.codebook.example.format.ExplanationFormat;
import io.codebook.example.ftp.Excerpt;
import io.codebook.example.ftp.LineReader;
import io.codebook.example.ftp.Reply;
import io.codebook.example.ftp.ReplyAssembler;
import io.codebook.example.ftp.ReplyLine;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads an FTP transcript: the log window of an FTP client, or a raw capture of the control
 * connection.
 *
 * <p>Each line is first offered to the {@link ClientFormats}, which know the shapes of particular
 * clients' logs (curl, lftp, wget, tnftp, Python's ftplib, WinSCP, Windows ftp.exe): their
 * commands, replies, own messages (context, never malformed) and network failures in their own
 * words. A line no format claims is freed of the client's decoration by {@link LogLine}. Then
 * replies are put together by the same {@link ReplyAssembler} the probe uses, multi-line replies
 * included; commands are recognised by their label or, on unlabelled lines, by an FTP command word;
 * Winsock errors by {@link WinsockMention}. Anything else is reported as a malformed line, with its
 * number. Nothing in the input makes the parser fail: binary bytes, empty lines and lines of any
 * length are reported or skipped (only the first {@link LineReader#MAX_LINE_BYTES} bytes of a line
 * are read; a line with a NUL byte is reported as binary data). A lone carriage return ends a line
 * too, but line numbers count line feeds, as an editor shows them. Every line loses its terminal
 * escape sequences ({@link TerminalEscapes}, colours of a terminal capture), goes through {@link
 * SecretMasker} and has its other control characters replaced by {@link ControlCharacters} before
 * anything else reads it, so no entry holds a password or a control character.
 */
public final class TranscriptParser {
  /** The commands of RFC 959 and its extensions, to recognise commands on unlabelled lines. */
  private static final Set<String> COMMANDS =
      Set.of(
          "ABOR", "ACCT", "ADAT", "ALLO", "APPE", "AUTH", "CCC", "CDUP", "CLNT", "CONF", "CWD",
          "DELE", "ENC", "EPRT", "EPSV", "FEAT", "HELP", "HOST", "LANG", "LIST", "MDTM", "MFMT",
          "MIC", "MKD", "MLSD", "MLST", "MODE", "NLST", "NOOP", "OPTS", "PASS", "PASV", "PBSZ",
          "PORT", "PROT", "PWD", "QUIT", "REIN", "REST", "RETR", "RMD", "RNFR", "RNTO", "SITE",
          "SIZE", "SMNT", "STAT", "STOR", "STOU", "STRU", "SYST", "TYPE", "USER", "XCUP", "XCWD",
          "XMKD", "XPWD", "XRMD");

  private final List<Transcript.Entry> entries = new ArrayList<>();
  private final ReplyAssembler assembler = new ReplyAssembler();
  private final ClientFormats formats = new ClientFormats();
  private long replyStart;
  private String lastCommand = "";

  private TranscriptParser() {}

  /**
   * Reads a transcript to its end.
   *
   * @param in the transcript's bytes, UTF-8 or ISO 8859-1, line by line
   * @return everything found, in line order
   * @throws IOException only if the stream fails
   */
  public static Transcript parse(InputStream in) throws IOException {
    return new TranscriptParser().read(new LineReader(in));
  }

  /**
   * Masks what must not be shown of a command: the argument of {@code PASS} (a password) and {@code
   * ACCT} (account information).
   *
   * @param command a command as sent or logged
   * @return the command, with {@code ****} for a secret argument
   */
  public static String mask(String command) {
    String verb = new LogLine(LogLine.Source.COMMAND, command).firstWord();
    if ((verb.equals("PASS") || verb.equals("ACCT")) && command.strip().length() > verb.length()) {
      return command.strip().substring(0, verb.length()) + " ****";
    }
    return command;
  }

  private Transcript read(LineReader reader) throws IOException {
    long number = 0;
    for (LineReader.Line line = reader.readLine(); line != null; line = reader.readLine()) {
      number = line.number();
      if (line.binary()) {
        malformed(number, "binary data, not text (" + line.length() + " bytes)");
        continue;
      }
      if (line.truncated()) {
        malformed(
            number,
            "a line of "
                + line.length()
                + " bytes; only the first "
                + LineReader.MAX_LINE_BYTES
                + " are read");
      }
      // A terminal's escape sequences out first, so that a coloured line reads as it showed; then
      // masked, so that no entry, and so no report, holds a secret of the input (before the
      // replacing, which would turn a form feed between PASS and its argument into a ?); then the
      // other control characters replaced, so that no report in any format can drive a terminal.
      String masked = SecretMasker.mask(TerminalEscapes.removed(line.text()));
      accept(number, ControlCharacters.replaced(masked));
    }
    if (assembler.inMultiLineReply()) {
      unterminated("the transcript ends");
    }
    entries.sort(Comparator.comparingLong(Transcript.Entry::line));
    return new Transcript(entries, Math.max(number, reader.lineFeeds()));
  }

  private void accept(long number, String text) {
    Optional<ClientLine> claimed = formats.read(text);
    if (claimed.isPresent() && claimed.get().kind() == ClientLine.Kind.REREAD) {
      text = claimed.get().text();
      claimed = formats.read(text);
    }
    LogLine line = LogLine.of(text);
    // Inside a multi-line reply, an unlabelled line belongs to the reply, whatever it says.
    if (claimed.isEmpty()
        || (assembler.inMultiLineReply()
            && line.source() == LogLine.Source.UNMARKED
            && claimed.get().kind() != ClientLine.Kind.COMMAND
            && claimed.get().kind() != ClientLine.Kind.REPLY)) {
      accept(number, line);
    } else {
      client(number, claimed.get());
    }
  }

  private void client(long number, ClientLine line) {
    switch (line.kind()) {
      case COMMAND -> {
        if (assembler.inMultiLineReply()) {
          unterminated("the command on line " + number);
        }
        command(number, line.text().strip());
      }
      case REPLY -> line.texts().forEach(text -> serverLine(number, text));
      case CLIENT_ERROR -> clientLine(number, new LogLine(LogLine.Source.ERROR, line.text()));
      default -> clientLine(number, new LogLine(LogLine.Source.STATUS, line.text()));
    }
  }

  private void serverLine(long number, String text) {
    if (assembler.inMultiLineReply() || ReplyLine.parse(text).isPresent()) {
      assemble(number, text);
    } else if (text.isBlank()) {
      malformed(number, "a server line without a reply code or text");
    } else {
      malformed(
          number, "a server line that does not start with a reply code: " + Excerpt.quoted(text));
    }
  }

  private void accept(long number, LogLine line) {
    if (assembler.inMultiLineReply()) {
      switch (line.source()) {
        case COMMAND -> unterminated("the command on line " + number);
        case STATUS, ERROR -> {
          clientLine(number, line);
          return;
        }
        default -> {
          assemble(number, line.text());
          return;
        }
      }
    }
    switch (line.source()) {
      case COMMAND -> command(number, line.text());
      case STATUS, ERROR -> clientLine(number, line);
      default -> serverOrUnmarked(number, line);
    }
  }

  private void serverOrUnmarked(long number, LogLine line) {
    String text = line.text();
    if (text.isEmpty()) {
      if (line.source() == LogLine.Source.SERVER) {
        malformed(number, "a server line without a reply code or text");
      }
      return;
    }
    if (ReplyLine.parse(text).isPresent()) {
      assemble(number, text);
      return;
    }
    OptionalInt winsock = WinsockMention.find(text);
    if (winsock.isPresent()) {
      entries.add(new Transcript.WinsockEntry(number, winsock.getAsInt(), text));
    } else if (line.source() == LogLine.Source.UNMARKED && isCommand(line)) {
      command(number, text);
    } else if (line.source() == LogLine.Source.SERVER) {
      malformed(
          number, "a server line that does not start with a reply code: " + Excerpt.quoted(text));
    } else {
      malformed(
          number,
          "neither an FTP reply, an FTP command nor a line of a known client log: "
              + Excerpt.quoted(text));
    }
  }

  private void assemble(long number, String text) {
    boolean opening = !assembler.inMultiLineReply();
    ReplyAssembler.Step step = assembler.accept(text);
    if (opening) {
      replyStart = number;
    }
    if (step instanceof ReplyAssembler.Complete complete) {
      reply(replyStart, number, complete.reply(), true);
    }
  }

  private void reply(long first, long last, Reply reply, boolean complete) {
    if (FtpReply.Series.lookup(reply.code()).isEmpty()) {
      malformed(
          first,
          reply.code()
              + " is not an FTP reply code (replies are numbers from "
              + ExplanationFormat.ftpReplyRange()
              + "): "
              + Excerpt.quoted(reply.lines().get(0)));
      return;
    }
    entries.add(new Transcript.ReplyEntry(first, last, reply, lastCommand, complete));
  }

  private void unterminated(String before) {
    int code = assembler.openCode();
    List<String> lines = assembler.abandon();
    malformed(
        replyStart,
        "the multi-line reply "
            + code
            + " that starts here has no last line (a line"
            + " starting with '"
            + code
            + " ') before "
            + before);
    reply(replyStart, replyStart + lines.size() - 1, new Reply(code, lines, code), false);
  }

  private void command(long number, String text) {
    if (text.isEmpty()) {
      malformed(number, "a command line without a command");
      return;
    }
    lastCommand = mask(text);
    entries.add(new Transcript.CommandEntry(number, lastCommand));
  }

  private void clientLine(long number, LogLine line) {
    OptionalInt winsock = WinsockMention.find(line.text());
    if (winsock.isPresent()) {
      entries.add(new Transcript.WinsockEntry(number, winsock.getAsInt(), line.text()));
    } else if (line.source() == LogLine.Source.ERROR && !line.text().isEmpty()) {
      entries.add(new Transcript.ClientErrorEntry(number, line.text()));
    }
  }

  private static boolean isCommand(LogLine line) {
    String word = line.firstWord();
    return COMMANDS.contains(word.toUpperCase(Locale.ROOT));
  }

  private void malformed(long number, String reason) {
    int last = entries.size() - 1;
    if (last >= 0
        && entries.get(last) instanceof Transcript.MalformedEntry previous
        && previous.line() == number) {
      entries.set(last, new Transcript.MalformedEntry(number, previous.reason() + "; " + reason));
      return;
    }
    entries.add(new Transcript.MalformedEntry(number, reason));
  }
}
