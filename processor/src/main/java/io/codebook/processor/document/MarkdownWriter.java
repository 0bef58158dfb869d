package io.codebook.processor.document;

import io.codebook.processor.model.Reference;
import io.codebook.processor.text.Escaper;
import io.codebook.processor.text.VisibleText;
import java.util.List;

/** Renders a reference document as CommonMark with GitHub's inline-HTML anchors. */
final class MarkdownWriter implements DocWriter {
  /** Characters that mean something anywhere in a line. */
  private static final String SPECIAL = "\\`*_[]|~";

  /**
   * Characters that, after nothing or only digits at the start of a line, would start a list, a
   * heading or an ordered list.
   */
  private static final String LINE_START_MARKERS = "-+#=.)";

  /** Plain are printable ASCII and the tab, except HTML's markup and {@link #SPECIAL}. */
  private static final Escaper ESCAPER =
      new Escaper(
          "&<>" + SPECIAL,
          "\t",
          new Escaper.Special() {
            @Override
            public void append(StringBuilder out, int c, int previous) {
              switch (c) {
                case '\n' -> out.append("<br>");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                  if (c < 0x80 && SPECIAL.indexOf(c) >= 0) {
                    out.append('\\').append((char) c);
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            }

            /** Brackets escaped, or the placeholder could read as a link. */
            @Override
            public String placeholder(int codePoint) {
              return VisibleText.placeholder(codePoint).replace("[", "\\[").replace("]", "\\]");
            }
          });

  private final StringBuilder out = new StringBuilder();
  private boolean inContents;

  static String escape(String raw) {
    return escapeLineStart(ESCAPER.escape(raw));
  }

  /**
   * Escapes a marker at the start, after any digits: {@code 1.} becomes {@code 1\.}. A scan rather
   * than a regular expression, since every text of the document passes here.
   */
  private static String escapeLineStart(String text) {
    int digits = 0;
    while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits < text.length() && LINE_START_MARKERS.indexOf(text.charAt(digits)) >= 0) {
      return text.substring(0, digits) + '\\' + text.substring(digits);
    }
    return text;
  }

  @Override
  public void title(String text) {
    out.append("# ").append(escape(text)).append("\n\n");
  }

  @Override
  public void heading(int level, String anchor, String text) {
    endContents();
    out.append("#".repeat(level))
        .append(' ')
        .append("<a id=\"")
        .append(anchor)
        .append("\"></a>")
        .append(escape(text))
        .append("\n\n");
  }

  @Override
  public void paragraph(String text) {
    endContents();
    out.append(escape(text)).append("\n\n");
  }

  @Override
  public void labelled(String label, String text) {
    endContents();
    out.append("**").append(escape(label)).append(":** ").append(escape(text)).append("\n\n");
  }

  @Override
  public void list(String label, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    endContents();
    out.append("**").append(escape(label)).append(":**\n\n");
    for (int i = 0; i < items.size(); i++) {
      out.append(numbered ? (i + 1) + ". " : "- ").append(escape(items.get(i))).append('\n');
    }
    out.append('\n');
  }

  @Override
  public void references(String label, List<Reference> references) {
    if (references.isEmpty()) {
      return;
    }
    endContents();
    out.append("**").append(escape(label)).append(":**\n\n");
    for (Reference reference : references) {
      out.append("- ");
      if (reference.url().isPresent()) {
        out.append('[')
            .append(escape(reference.label()))
            .append("](<")
            .append(reference.url().get())
            .append(">)");
      } else {
        out.append(escape(reference.label()));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  @Override
  public void contentsEntry(int depth, String anchor, String text, String note) {
    inContents = true;
    out.append("  ".repeat(depth))
        .append("- [")
        .append(escape(text))
        .append("](#")
        .append(anchor)
        .append(')');
    if (!note.isEmpty()) {
      out.append(' ').append(escape(note));
    }
    out.append('\n');
  }

  @Override
  public void backTo(String anchor, String text) {
    endContents();
    out.append('[').append(escape(text)).append("](#").append(anchor).append(")\n\n");
  }

  private void endContents() {
    if (inContents) {
      out.append('\n');
      inContents = false;
    }
  }

  @Override
  public String finish() {
    endContents();
    return out.toString();
  }
}
