package io.codebook.example.transcript;

import io.codebook.example.FtpReply;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.diagnose.DiagnosisText;
import io.codebook.example.format.TextWrapper;
import io.codebook.example.ftp.Excerpt;
import io.codebook.example.ftp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text {@code explain-log} prints: the transcript's replies, commands and errors in order, each
 * reply annotated with its meaning; then the malformed lines; then a summary, and every error once
 * with its diagnosis and the possible solutions from the code sets. Errors the client recovered
 * from, and replies RFC 959 does not allow after their command, get a note (see {@link
 * SessionReview}).
 */
public final class TranscriptReport {
  /** The malformed lines listed at most; the rest are counted. */
  static final int MAX_MALFORMED_SHOWN = 50;

  private static final int LABEL_WIDTH = 12;
  private static final String NOTE_INDENT = " ".repeat(LABEL_WIDTH + 3);

  private final Transcript transcript;
  private final SessionReview review;
  private final List<Transcript.MalformedEntry> malformed = new ArrayList<>();
  private int replies;
  private int commands;
  private int winsockErrors;
  private int clientErrors;

  private TranscriptReport(SessionReview review) {
    this.transcript = review.transcript();
    this.review = review;
  }

  /**
   * Formats a transcript's report.
   *
   * @param transcript what the parser found
   * @param name the transcript's name for the heading, such as its file name
   * @return the report, ending with a line break
   */
  public static String format(Transcript transcript, String name) {
    return format(SessionReview.of(transcript), name);
  }

  static String format(SessionReview review, String name) {
    return new TranscriptReport(review).format(name);
  }

  /**
   * The exit status of {@code explain-log} for a transcript.
   *
   * @param transcript what the parser found
   * @return {@link ExitCode#PROBLEM_FOUND} if the transcript shows an error the client did not
   *     recover from, else {@link ExitCode#NOT_FOUND} if it holds no reply, command or error at
   *     all, else {@link ExitCode#OK}
   */
  public static int exitStatus(Transcript transcript) {
    return SessionReview.of(transcript).exitStatus();
  }

  private String format(String name) {
    StringBuilder out = new StringBuilder();
    out.append("Transcript: ")
        .append(name)
        .append(" (")
        .append(plural(transcript.lines(), "line"))
        .append(")\n\n");
    for (Transcript.Entry entry : transcript.entries()) {
      entry(out, entry);
    }
    if (!malformed.isEmpty()) {
      malformed(out);
    }
    summary(out);
    return out.toString();
  }

  private void entry(StringBuilder out, Transcript.Entry entry) {
    if (entry instanceof Transcript.ReplyEntry reply) {
      replies++;
      reply(out, reply);
    } else if (entry instanceof Transcript.CommandEntry command) {
      commands++;
      line(out, label(command.line(), command.line()), "-> " + command.shown());
    } else if (entry instanceof Transcript.WinsockEntry winsock) {
      winsockErrors++;
      line(out, label(winsock.line(), winsock.line()), "!  " + shown(winsock.text()));
      note(out, review.summary(winsock));
    } else if (entry instanceof Transcript.ClientErrorEntry clientError) {
      clientErrors++;
      line(out, label(clientError.line(), clientError.line()), "!  " + shown(clientError.text()));
      note(out, "an error the client reports, without a code");
    } else {
      malformed.add((Transcript.MalformedEntry) entry);
    }
  }

  private void reply(StringBuilder out, Transcript.ReplyEntry entry) {
    Reply reply = entry.reply();
    String first = shown(reply.lines().get(0));
    if (reply.multiLine()) {
      first += "  (" + reply.lines().size() + " lines)";
    }
    line(out, label(entry.line(), entry.lastLine()), "<- " + first);
    note(out, review.summary(entry) + " [" + outcome(reply.code()) + "]");
    if (reply.closedWithOtherCode()) {
      note(
          out,
          "Note: the last line carries "
              + reply.closingCode()
              + ", not "
              + reply.code()
              + ". RFC 959 wants a multi-line reply to end with the code it started with; some servers"
              + " differ. ftp-doctor accepts it, as most clients do, and reads the reply as "
              + reply.code()
              + ".");
    }
    if (!entry.complete()) {
      note(out, "Note: the last line of this multi-line reply is missing.");
    }
    review.notes(entry).forEach(text -> note(out, text));
  }

  private void malformed(StringBuilder out) {
    out.append('\n').append("Malformed lines (").append(malformed.size()).append("):\n");
    for (int i = 0; i < malformed.size() && i < MAX_MALFORMED_SHOWN; i++) {
      Transcript.MalformedEntry entry = malformed.get(i);
      out.append(TextWrapper.wrap("line " + entry.line() + ": " + entry.reason(), "  ", "    "));
    }
    if (malformed.size() > MAX_MALFORMED_SHOWN) {
      out.append("  ... and ").append(malformed.size() - MAX_MALFORMED_SHOWN).append(" more\n");
    }
  }

  private void summary(StringBuilder out) {
    int errorCount = review.errorCount();
    Map<String, List<Transcript.Entry>> errors = review.errors();
    out.append('\n')
        .append(
            TextWrapper.wrap(
                "Summary: "
                    + plural(replies, "reply")
                    + ", "
                    + plural(commands, "command")
                    + ", "
                    + plural(winsockErrors, "Winsock error")
                    + ", "
                    + plural(clientErrors, "client error")
                    + ", "
                    + plural(malformed.size(), "malformed line")
                    + "; "
                    + plural(errorCount, "error")
                    + ".",
                "",
                "  "));
    if (replies + commands + winsockErrors + clientErrors == 0) {
      out.append("No FTP reply, FTP command or Winsock error found.\n");
      return;
    }
    if (errorCount == 0) {
      out.append("No errors.\n");
      return;
    }
    out.append("\nErrors and possible solutions:\n");
    for (Map.Entry<String, List<Transcript.Entry>> group : errors.entrySet()) {
      if (!group.getKey().isEmpty()) {
        out.append('\n');
        codeGroup(out, group.getKey(), group.getValue());
      }
    }
    List<Transcript.Entry> withoutCode = errors.get("");
    if (withoutCode != null) {
      out.append("\nErrors the client reports without a code:\n");
      for (Transcript.Entry entry : withoutCode) {
        out.append(
            TextWrapper.wrap(
                "line " + entry.line() + ": " + shown(((Transcript.ClientErrorEntry) entry).text()),
                "  ",
                "    "));
      }
    }
  }

  /** One code's errors: where they are, and the diagnosis of the first. */
  private void codeGroup(StringBuilder out, String code, List<Transcript.Entry> entries) {
    Transcript.Entry first = entries.get(0);
    StringBuilder title = new StringBuilder(code).append(" on line ").append(first.line());
    if (first instanceof Transcript.ReplyEntry reply && !reply.inReplyTo().isEmpty()) {
      title.append(", in reply to ").append(reply.inReplyTo());
    }
    if (entries.size() > 1) {
      title.append("; again on ").append(entries.size() == 2 ? "line " : "lines ");
      for (int i = 1; i < entries.size(); i++) {
        title.append(i > 1 ? ", " : "").append(entries.get(i).line());
      }
    }
    out.append(DiagnosisText.format(review.diagnosis(first), title + ":"));
  }

  private static String outcome(int code) {
    FtpReply.Outcome outcome =
        FtpReply.lookup(code)
            .map(FtpReply::outcome)
            .orElseGet(() -> FtpReply.Series.of(code).outcome());
    return switch (outcome) {
      case SUCCESS -> "success";
      case PENDING -> "pending";
      case TRANSIENT -> "transient error";
      case PERMANENT -> "permanent error";
      case NONE -> "that of the protected reply inside it";
    };
  }

  private static String label(long first, long last) {
    return first == last ? "line " + first : "lines " + first + "-" + last;
  }

  private static void line(StringBuilder out, String label, String text) {
    out.append(String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s", label))
        .append("   ")
        .append(text)
        .append('\n');
  }

  private static void note(StringBuilder out, String text) {
    out.append(TextWrapper.wrap(text, NOTE_INDENT, NOTE_INDENT));
  }

  private static String shown(String text) {
    return Excerpt.of(text);
  }

  private static String plural(long count, String noun) {
    if (count == 1) {
      return "1 " + noun;
    }
    return count
        + " "
        + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
