package io.codebook.example.format;

import io.codebook.example.FtpReply;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.OutcomeText;
import io.codebook.example.explain.Reference;
import io.codebook.example.explain.UnknownCode;
import io.codebook.example.explain.UnlistedFtpReply;
import java.util.List;

/** A short Markdown section per code, to paste into an issue, a wiki or a chat. */
public final class MarkdownExplanationFormat extends SectionFormat {
  /** Creates the format. */
  public MarkdownExplanationFormat() {}

  /**
   * Escapes the characters that would otherwise start Markdown markup.
   *
   * @param text plain text
   * @return the text with a backslash before each such character
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  protected String listed(ListedCode code) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(code.code()).append(" `").append(code.name()).append("`\n\n");
    out.append("**").append(escape(code.message())).append("**\n\n");
    out.append(code.codeSet().displayName())
        .append(", series ")
        .append(code.series().range())
        .append(' ')
        .append(escape(code.series().title()))
        .append(". Outcome: ")
        .append(escape(code.outcome()))
        .append(".\n");
    if (!code.standard()) {
      out.append("\nNot defined by any standard; the code is in common use.\n");
    }
    if (!code.description().isEmpty()) {
      out.append('\n').append(escape(code.description())).append('\n');
    }
    code.checkFirst()
        .ifPresent(hint -> out.append("\n**Check first:** ").append(escape(hint)).append('\n'));
    list(
        out,
        VARIANTS_TITLE,
        code.variants().stream().map(v -> "\"" + escape(v) + "\"").toList(),
        false);
    list(
        out,
        "Possible solutions:",
        code.solutions().stream().map(MarkdownExplanationFormat::escape).toList(),
        true);
    list(
        out,
        "Other meanings of " + code.code() + ":",
        code.aliases().stream()
            .map(
                a ->
                    '`'
                        + a.name()
                        + "`: "
                        + escape(a.message())
                        + (a.standard() ? "" : " (not defined by a standard)"))
            .toList(),
        false);
    list(
        out,
        "References:",
        code.references().stream().map(MarkdownExplanationFormat::link).toList(),
        false);
    return out.toString();
  }

  @Override
  protected String unlisted(UnlistedFtpReply reply) {
    FtpReply.Series series = reply.series();
    StringBuilder out = new StringBuilder();
    out.append("## ").append(reply.code()).append(" (not listed)\n\n");
    out.append(reply.code())
        .append(" is not a listed FTP reply; as a ")
        .append(reply.replyClass())
        .append(" reply it means: **")
        .append(escape(series.title()))
        .append("** (")
        .append(series.first())
        .append('-')
        .append(series.last())
        .append("). Outcome: ")
        .append(escape(OutcomeText.of(series.outcome())))
        .append(".\n");
    if (!series.description().isEmpty()) {
      out.append('\n').append(escape(series.description())).append('\n');
    }
    return out.toString();
  }

  @Override
  protected String unknown(UnknownCode code) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(code.code()).append(" (unknown)\n\n");
    out.append(code.code()).append(" is neither a listed FTP reply nor a listed Winsock error.");
    code.winsockRange()
        .ifPresent(
            range ->
                out.append(" It lies in the Winsock range ")
                    .append(range.range())
                    .append(" (")
                    .append(escape(range.title()))
                    .append("), but no Winsock error with this number is listed."));
    out.append(" FTP replies are numbers from ")
        .append(ExplanationFormat.ftpReplyRange())
        .append(".\n");
    return out.toString();
  }

  private static String link(String entry) {
    Reference reference = Reference.parse(entry);
    return reference
        .url()
        .map(url -> "[" + escape(reference.title()) + "](<" + url + ">)")
        .orElseGet(() -> escape(reference.title()));
  }

  private static void list(StringBuilder out, String title, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    out.append("\n**").append(title).append("**\n\n");
    for (int i = 0; i < items.size(); i++) {
      out.append(numbered ? (i + 1) + ". " : "- ").append(items.get(i)).append('\n');
    }
  }
}
