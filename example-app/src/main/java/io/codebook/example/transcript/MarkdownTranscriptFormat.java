package io.codebook.example.transcript;

import io.codebook.example.diagnose.Diagnosis;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.format.MarkdownExplanationFormat;
import io.codebook.example.ftp.Excerpt;
import java.util.List;
import java.util.Map;

/**
 * {@code explain-log --format markdown}: the same report as the text, as a table of the
 * transcript's replies, commands and errors, then the malformed lines, the summary and the errors
 * with their solutions, to paste into an issue or a wiki.
 */
final class MarkdownTranscriptFormat {
  private MarkdownTranscriptFormat() {}

  static String format(SessionReview review, String name) {
    Transcript transcript = review.transcript();
    StringBuilder out = new StringBuilder();
    out.append("## Transcript: ")
        .append(escape(name))
        .append(" (")
        .append(transcript.lines())
        .append(transcript.lines() == 1 ? " line" : " lines")
        .append(")\n\n");
    out.append("| Line | | Text | Meaning |\n| --- | --- | --- | --- |\n");
    int malformed = 0;
    for (Transcript.Entry entry : transcript.entries()) {
      if (entry instanceof Transcript.ReplyEntry reply) {
        String lines =
            reply.line() == reply.lastLine()
                ? Long.toString(reply.line())
                : reply.line() + "-" + reply.lastLine();
        String meaning =
            summary(review, entry)
                + String.join(
                    "", review.notes(entry).stream().map(note -> "<br>" + escape(note)).toList());
        row(out, lines, "←", reply.reply().lines().get(0), meaning);
      } else if (entry instanceof Transcript.CommandEntry command) {
        row(out, Long.toString(command.line()), "→", command.shown(), "");
      } else if (entry instanceof Transcript.WinsockEntry winsock) {
        row(out, Long.toString(winsock.line()), "!", winsock.text(), summary(review, entry));
      } else if (entry instanceof Transcript.ClientErrorEntry error) {
        row(
            out,
            Long.toString(error.line()),
            "!",
            error.text(),
            "an error the client reports, without a code");
      } else {
        malformed++;
      }
    }
    if (malformed > 0) {
      out.append("\n### Malformed lines\n\n");
      transcript.entries().stream()
          .filter(Transcript.MalformedEntry.class::isInstance)
          .map(Transcript.MalformedEntry.class::cast)
          .limit(TranscriptReport.MAX_MALFORMED_SHOWN)
          .forEach(
              bad ->
                  out.append("- line ")
                      .append(bad.line())
                      .append(": ")
                      .append(escape(bad.reason()))
                      .append('\n'));
    }
    out.append("\n### Summary\n\n")
        .append(
            review.errorCount() == 0
                ? "No errors.\n"
                : review.errorCount() == 1 ? "1 error.\n" : review.errorCount() + " errors.\n");
    errors(out, review);
    return out.toString();
  }

  private static void errors(StringBuilder out, SessionReview review) {
    Map<String, List<Transcript.Entry>> errors = review.errors();
    for (Map.Entry<String, List<Transcript.Entry>> group : errors.entrySet()) {
      List<Transcript.Entry> entries = group.getValue();
      String where =
          "line"
              + (entries.size() == 1 ? " " : "s ")
              + String.join(
                  ", ", entries.stream().map(entry -> Long.toString(entry.line())).toList());
      if (group.getKey().isEmpty()) {
        out.append("\n### Errors the client reports without a code\n\n");
        entries.forEach(
            entry ->
                out.append("- line ")
                    .append(entry.line())
                    .append(": ")
                    .append(escape(((Transcript.ClientErrorEntry) entry).text()))
                    .append('\n'));
        continue;
      }
      Transcript.Entry first = entries.get(0);
      Diagnosis diagnosis = review.diagnosis(first);
      out.append("\n### ").append(group.getKey()).append(" on ").append(where);
      if (first instanceof Transcript.ReplyEntry reply && !reply.inReplyTo().isEmpty()) {
        out.append(", in reply to ").append(escape(reply.inReplyTo()));
      }
      out.append("\n\n")
          .append(escape(diagnosis.headline()))
          .append("\n\n")
          .append(summary(review, first))
          .append('\n');
      if (diagnosis.explanation().orElseThrow() instanceof ListedCode code
          && !code.solutions().isEmpty()) {
        out.append("\nPossible solutions:\n\n");
        for (int i = 0; i < code.solutions().size(); i++) {
          out.append(i + 1).append(". ").append(escape(code.solutions().get(i))).append('\n');
        }
      }
    }
  }

  private static void row(
      StringBuilder out, String line, String mark, String text, String meaning) {
    out.append("| ")
        .append(line)
        .append(" | ")
        .append(mark)
        .append(" | ")
        .append(escape(Excerpt.quoted(text)))
        .append(" | ")
        .append(meaning)
        .append(" |\n");
  }

  private static String summary(SessionReview review, Transcript.Entry entry) {
    return escape(review.summary(entry));
  }

  private static String escape(String text) {
    return MarkdownExplanationFormat.escape(text);
  }
}
