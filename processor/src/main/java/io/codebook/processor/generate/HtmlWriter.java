package io.codebook.processor.generate;

import java.util.List;

/**
 * Renders a reference document as one standalone HTML page: no external assets, readable on a
 * phone and on a desktop, light or dark.
 */
final class HtmlWriter implements DocWriter {
  private static final String STYLE =
      String.join(
          "\n",
          ":root { color-scheme: light dark; --muted: #6a737d; --rule: #d0d7de; --accent: #0969da; }",
          "@media (prefers-color-scheme: dark) { :root { --muted: #9198a1; --rule: #3d444d; --accent: #4493f8; } }",
          "body { font: 16px/1.55 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; overflow-wrap: anywhere; }",
          "h1 { font-size: 1.8rem; margin-top: 0.5rem; }",
          "h2 { border-bottom: 1px solid var(--rule); padding-bottom: 0.3rem; margin-top: 2.5rem; }",
          "h3 { margin-top: 2rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }",
          "section.code { border-left: 3px solid var(--rule); padding-left: 0.9rem; }",
          "section.code:target { border-left-color: var(--accent); }",
          "a { color: var(--accent); }",
          "nav ul { padding-left: 1.2rem; }",
          ".label { font-weight: 600; }",
          ".note { color: var(--muted); }",
          "@media (max-width: 40rem) { body { font-size: 15px; padding: 0.6rem; } h1 { font-size: 1.45rem; } }");

  private final StringBuilder out = new StringBuilder();
  private int contentsDepth = -1;
  private boolean inCodeSection;

  static String escape(String raw) {
    String value = VisibleText.normalizeLineBreaks(raw);
    StringBuilder text = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (!VisibleText.isShownAsIs(c)) {
        text.append(VisibleText.placeholder(c));
      } else {
        switch (c) {
          case '\n' -> text.append("<br>");
          case '&' -> text.append("&amp;");
          case '<' -> text.append("&lt;");
          case '>' -> text.append("&gt;");
          case '"' -> text.append("&quot;");
          case '\'' -> text.append("&#39;");
          default -> text.appendCodePoint(c);
        }
      }
    }
    return text.toString();
  }

  @Override
  public void title(String text) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(text)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(text)).append("</h1>\n");
  }

  @Override
  public void heading(int level, String anchor, String text) {
    endContents();
    endCodeSection();
    if (level == 3) {
      out.append("<section class=\"code\" id=\"").append(anchor).append("\">\n<h3>").append(escape(text)).append("</h3>\n");
      inCodeSection = true;
    } else {
      out.append("<h").append(level).append(" id=\"").append(anchor).append("\">").append(escape(text)).append("</h").append(level).append(">\n");
    }
  }

  @Override
  public void paragraph(String text) {
    endContents();
    out.append("<p>").append(escape(text)).append("</p>\n");
  }

  @Override
  public void labelled(String label, String text) {
    endContents();
    out.append("<p><span class=\"label\">").append(escape(label)).append(":</span> ").append(escape(text)).append("</p>\n");
  }

  @Override
  public void list(String label, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    endContents();
    String tag = numbered ? "ol" : "ul";
    out.append("<p class=\"label\">").append(escape(label)).append(":</p>\n<").append(tag).append(">\n");
    for (String item : items) {
      out.append("<li>").append(escape(item)).append("</li>\n");
    }
    out.append("</").append(tag).append(">\n");
  }

  @Override
  public void references(String label, List<String> references) {
    if (references.isEmpty()) {
      return;
    }
    endContents();
    out.append("<p class=\"label\">").append(escape(label)).append(":</p>\n<ul>\n");
    for (String text : references) {
      Reference reference = Reference.parse(text);
      out.append("<li>");
      if (reference.url().isPresent()) {
        out.append("<a href=\"").append(escape(reference.url().get())).append("\">").append(escape(reference.label())).append("</a>");
      } else {
        out.append(escape(reference.label()));
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  @Override
  public void contentsEntry(int depth, String anchor, String text, String note) {
    if (contentsDepth < 0) {
      out.append("<nav>\n<ul>\n");
      contentsDepth = 0;
    } else if (depth > contentsDepth) {
      // A nested list belongs inside the entry above it, which therefore stays open.
      out.append("\n<ul>\n");
      contentsDepth++;
    } else {
      out.append("</li>\n");
      closeContentsTo(depth);
    }
    out.append("<li><a href=\"#").append(anchor).append("\">").append(escape(text)).append("</a>");
    if (!note.isEmpty()) {
      out.append(" <span class=\"note\">").append(escape(note)).append("</span>");
    }
  }

  private void closeContentsTo(int depth) {
    while (contentsDepth > depth) {
      out.append("</ul>\n</li>\n");
      contentsDepth--;
    }
  }

  private void endContents() {
    if (contentsDepth >= 0) {
      out.append("</li>\n");
      closeContentsTo(0);
      out.append("</ul>\n</nav>\n");
      contentsDepth = -1;
    }
  }

  private void endCodeSection() {
    if (inCodeSection) {
      out.append("</section>\n");
      inCodeSection = false;
    }
  }

  @Override
  public String finish() {
    endContents();
    endCodeSection();
    return out.append("</body>\n</html>\n").toString();
  }
}
