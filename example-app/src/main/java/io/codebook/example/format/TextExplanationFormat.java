package io.codebook.example.format;

import io.codebook.example.FtpReply;
import io.codebook.example.explain.ListedCode;
import io.codebook.example.explain.OtherMeaning;
import io.codebook.example.explain.OutcomeText;
import io.codebook.example.explain.UnknownCode;
import io.codebook.example.explain.UnlistedFtpReply;
import java.util.List;

/** Plain text for a terminal, wrapped to {@link TextWrapper#WIDTH} columns. */
public final class TextExplanationFormat extends SectionFormat {
  private static final String INDENT = "  ";
  private static final String ITEM_INDENT = "    ";

  /** Creates the format. */
  public TextExplanationFormat() {}

  @Override
  protected String listed(ListedCode code) {
    StringBuilder out = new StringBuilder();
    out.append(code.code())
        .append(' ')
        .append(code.name())
        .append(" (")
        .append(code.codeSet().displayName())
        .append(")\n");
    field(out, "Message: ", code.message());
    field(out, "Series:  ", code.series().range() + " " + code.series().title());
    field(out, "Outcome: ", code.outcome());
    if (!code.standard()) {
      field(out, "Standard:", "no; the code is in common use, but no standard defines it");
    }
    if (!code.description().isEmpty()) {
      out.append('\n').append(TextWrapper.wrap(code.description(), INDENT, INDENT));
    }
    code.checkFirst()
        .ifPresent(
            hint ->
                out.append('\n').append(TextWrapper.wrap("Check first: " + hint, INDENT, INDENT)));
    list(out, VARIANTS_TITLE, quoted(code.variants()), false);
    list(out, "Possible solutions:", code.solutions(), true);
    list(
        out,
        "Other meanings of " + code.code() + ":",
        code.aliases().stream().map(OtherMeaning::summary).toList(),
        false);
    list(out, "References:", code.references(), false);
    return out.toString();
  }

  @Override
  protected String unlisted(UnlistedFtpReply reply) {
    FtpReply.Series series = reply.series();
    StringBuilder out = new StringBuilder();
    out.append(
        TextWrapper.wrap(
            reply.code()
                + " is not a listed FTP reply; as a "
                + reply.replyClass()
                + " reply it means: "
                + series.title()
                + ".",
            "",
            INDENT));
    field(out, "Series: ", series.first() + "-" + series.last() + " " + series.title());
    field(out, "Outcome:", OutcomeText.of(series.outcome()));
    if (!series.description().isEmpty()) {
      out.append('\n').append(TextWrapper.wrap(series.description(), INDENT, INDENT));
    }
    out.append('\n')
        .append(
            TextWrapper.wrap(
                "Servers also use codes that no standard lists; "
                    + "the text the server sent with the code may say more.",
                INDENT,
                INDENT));
    return out.toString();
  }

  @Override
  protected String unknown(UnknownCode code) {
    StringBuilder out = new StringBuilder();
    out.append(code.code()).append(" is neither a listed FTP reply nor a listed Winsock error.\n");
    code.winsockRange()
        .ifPresent(
            range ->
                out.append(
                    TextWrapper.wrap(
                        "It lies in the Winsock range "
                            + range.range()
                            + " ("
                            + range.title()
                            + "), but no Winsock error with this number is listed.",
                        INDENT,
                        INDENT)));
    out.append(
        TextWrapper.wrap(
            "FTP replies are numbers from " + ExplanationFormat.ftpReplyRange() + ".",
            INDENT,
            INDENT));
    return out.toString();
  }

  private static List<String> quoted(List<String> texts) {
    return texts.stream().map(text -> '"' + text + '"').toList();
  }

  private static void field(StringBuilder out, String label, String value) {
    String indent = INDENT + " ".repeat(label.length() + 1);
    out.append(TextWrapper.wrap(value, INDENT + label + " ", indent));
  }

  private static void list(StringBuilder out, String title, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    out.append('\n').append(INDENT).append(title).append('\n');
    for (int i = 0; i < items.size(); i++) {
      String marker = numbered ? (i + 1) + ". " : "- ";
      out.append(
          TextWrapper.wrap(
              items.get(i), ITEM_INDENT + marker, ITEM_INDENT + " ".repeat(marker.length())));
    }
  }
}
