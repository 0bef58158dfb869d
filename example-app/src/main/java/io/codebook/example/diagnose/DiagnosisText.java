package io.codebook.example.diagnose;

import io.codebook.example.explain.CodeSet;
import io.codebook.example.explain.Explanation;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.UnlistedFtpReply;
import io.codebook.example.format.TextWrapper;
import io.codebook.example.ftp.ReplyMeaning;
import java.util.List;

/**
 * Diagnoses and one-line code summaries as terminal text, for {@code probe} and {@code
 * explain-log}.
 */
public final class DiagnosisText {
  private static final String INDENT = "  ";

  private DiagnosisText() {}

  /**
   * A diagnosis: its headline, then the code with its message, description and "check first" hint,
   * and the possible solutions the code set gives.
   *
   * @param diagnosis the diagnosis
   * @param title what starts the first line, such as "Diagnosis:"
   * @return the lines, each ending with a line break
   */
  public static String format(Diagnosis diagnosis, String title) {
    StringBuilder out = new StringBuilder();
    String headline = diagnosis.headline().isEmpty() ? "" : " " + diagnosis.headline();
    out.append(TextWrapper.wrap(title + headline, "", INDENT));
    diagnosis.explanation().ifPresent(explanation -> explanation(out, explanation));
    return out.toString();
  }

  /**
   * What a code is, in a few words: {@code 530 NOT_LOGGED_IN (FTP reply): Not logged in.}, or for
   * an unlisted number its series, or that it is unknown.
   *
   * @param explanation the code's explanation
   * @return one line, without a line break
   */
  public static String summary(Explanation explanation) {
    return summary(explanation, "");
  }

  /**
   * What a reply's code is, in a few words, in the light of the command it answers: after PWD, 257
   * says the current directory rather than that it was created ({@link ReplyMeaning}).
   *
   * @param explanation the code's explanation
   * @param verb the verb of the command the reply answers, in upper case, or an empty string
   * @return one line, without a line break
   */
  public static String summary(Explanation explanation, String verb) {
    if (explanation instanceof ListedCode listed) {
      return listed.code()
          + " "
          + listed.name()
          + " ("
          + listed.codeSet().displayName()
          + "): "
          + message(listed, verb);
    }
    if (explanation instanceof UnlistedFtpReply unlisted) {
      return unlisted.code()
          + " (not a listed FTP reply; a "
          + unlisted.replyClass()
          + " reply: "
          + unlisted.series().title()
          + ")";
    }
    return explanation.code() + " (neither a listed FTP reply nor a listed Winsock error)";
  }

  /**
   * A listed code's message, or the one that fits the command better.
   *
   * @param listed the code's explanation
   * @param verb the verb of the command the reply answers, in upper case, or an empty string
   * @return the message
   */
  public static String message(ListedCode listed, String verb) {
    if (listed.codeSet() != CodeSet.FTP) {
      return listed.message();
    }
    return ReplyMeaning.after(verb, listed.code()).orElse(listed.message());
  }

  private static void explanation(StringBuilder out, Explanation explanation) {
    out.append(TextWrapper.wrap(summary(explanation), INDENT, INDENT + INDENT));
    if (!(explanation instanceof ListedCode code)) {
      return;
    }
    if (!code.description().isEmpty()) {
      out.append(TextWrapper.wrap(code.description(), INDENT, INDENT));
    }
    code.checkFirst()
        .ifPresent(hint -> out.append(TextWrapper.wrap("Check first: " + hint, INDENT, INDENT)));
    List<String> solutions = code.solutions();
    if (!solutions.isEmpty()) {
      out.append(INDENT).append("Possible solutions:\n");
      for (int i = 0; i < solutions.size(); i++) {
        String marker = (i + 1) + ". ";
        out.append(
            TextWrapper.wrap(
                solutions.get(i),
                INDENT + INDENT + marker,
                INDENT + INDENT + " ".repeat(marker.length())));
      }
    }
  }
}
