package io.codebook.processor.document;

import io.codebook.processor.model.Reference;
import io.codebook.processor.text.Escaper;
import java.util.List;

/**
 * Renders a reference document as one standalone HTML page: no external assets, readable on a phone
 * and on a desktop, light or dark. Every heading links to itself, every code section links back to
 * the contents, and a small inline script adds a filter box for the codes.
 */
final class HtmlWriter implements DocWriter {
  /** Plain are printable ASCII and the tab, except HTML's markup and quote characters. */
  private static final Escaper ESCAPER =
      new Escaper(
          "&<>\"'",
          "\t",
          (out, c, previous) -> {
            switch (c) {
              case '\n' -> out.append("<br>");
              case '&' -> out.append("&amp;");
              case '<' -> out.append("&lt;");
              case '>' -> out.append("&gt;");
              case '"' -> out.append("&quot;");
              case '\'' -> out.append("&#39;");
              default -> out.appendCodePoint(c);
            }
          });

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
          "a.self { margin-left: 0.4rem; color: var(--muted); text-decoration: none; font-weight: normal; }",
          "@media (hover: hover) { a.self { opacity: 0; } h2:hover a.self, h3:hover a.self, a.self:focus { opacity: 1; } }",
          ".back { font-size: 0.9rem; }",
          ".filter input { font: inherit; padding: 0.3rem 0.5rem; margin-left: 0.4rem; width: 14rem; max-width: 100%; box-sizing: border-box; }",
          ".filter .note { white-space: nowrap; }",
          "[hidden] { display: none !important; }",
          "@media (max-width: 40rem) { body { font-size: 15px; padding: 0.6rem; } h1 { font-size: 1.45rem; } }");

  /**
   * Adds the filter box and narrows the codes, their contents entries and the series left without
   * codes to those whose visible text has every word typed. It reads everything from the page, so
   * no spec text is ever inside the script; it has no {@code <}, so nothing in it can end the
   * element early. A module runs after the page is parsed, and a browser too old for modules simply
   * shows the whole page, which is complete without the script. The query can come from {@code
   * ?q=...} or {@code #q=...}, and typing writes it to {@code #q=...}, so a filtered view can be
   * shared.
   */
  private static final String FILTER_SCRIPT =
      String.join(
          "\n",
          "const sections = Array.from(document.querySelectorAll('section.code'));",
          "const nav = document.querySelector('nav');",
          "if (nav && sections.length) {",
          "  const visibleText = node => {",
          "    if (node.nodeType !== 1) return node.textContent;",
          "    if (node.matches('.self, .back')) return '';",
          "    if (node.tagName === 'BR') return ' ';",
          "    return Array.from(node.childNodes, visibleText).join('');",
          "  };",
          "  const texts = sections.map(section => visibleText(section).toLowerCase());",
          "  const entries = new Map();",
          "  for (const link of nav.querySelectorAll('a[href^=\"#\"]')) entries.set(link.getAttribute('href').slice(1), link.parentElement);",
          "  const codeEntries = new Set(sections.map(section => entries.get(section.id)));",
          "  const seriesEntries = Array.from(nav.querySelectorAll('li')).filter(entry => !codeEntries.has(entry));",
          "  const parts = [];",
          "  for (const element of document.body.children) {",
          "    if (element.tagName === 'H2') parts.push({heading: element, others: [], codes: []});",
          "    else if (parts.length) (element.matches('section.code') ? parts[parts.length - 1].codes : parts[parts.length - 1].others).push(element);",
          "  }",
          "  const codeParts = parts.filter(part => !part.others.includes(nav));",
          "  const format = n => String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',');",
          "  const input = document.createElement('input');",
          "  input.type = 'search';",
          "  input.placeholder = 'number or word';",
          "  const label = document.createElement('label');",
          "  label.append('Filter codes', input);",
          "  const count = document.createElement('span');",
          "  count.className = 'note';",
          "  count.setAttribute('role', 'status');",
          "  const box = document.createElement('p');",
          "  box.className = 'filter';",
          "  box.append(label, ' ', count);",
          "  nav.before(box);",
          "  const apply = () => {",
          "    const words = input.value.toLowerCase().split(/\\s+/).filter(word => word);",
          "    let shown = 0;",
          "    sections.forEach((section, i) => {",
          "      const match = words.every(word => texts[i].includes(word));",
          "      section.hidden = !match;",
          "      const entry = entries.get(section.id);",
          "      if (entry) entry.hidden = !match;",
          "      if (match) shown++;",
          "    });",
          "    for (const entry of seriesEntries) entry.hidden = words.length > 0 && !entry.querySelector('li:not([hidden])');",
          "    for (const part of codeParts) {",
          "      const empty = words.length > 0 && part.codes.every(section => section.hidden);",
          "      part.heading.hidden = empty;",
          "      for (const other of part.others) other.hidden = empty;",
          "    }",
          "    count.textContent = format(shown) + ' of ' + format(sections.length) + (sections.length === 1 ? ' code' : ' codes');",
          "  };",
          "  const fromAddress = () => {",
          "    const query = location.hash.startsWith('#q=') ? location.hash.slice(1) : location.search;",
          "    return new URLSearchParams(query).get('q') || '';",
          "  };",
          "  const remember = () => {",
          "    const address = new URL(location.href);",
          "    if (address.searchParams.has('q')) address.searchParams.delete('q');",
          "    address.hash = input.value ? 'q=' + encodeURIComponent(input.value) : '';",
          "    try {",
          "      history.replaceState(null, '', address.href);",
          "    } catch (refused) {",
          "      // Some browsers keep a file: address as it is; the filter works all the same.",
          "    }",
          "  };",
          "  input.addEventListener('input', () => {",
          "    apply();",
          "    remember();",
          "  });",
          "  addEventListener('hashchange', () => {",
          "    if (location.hash.startsWith('#q=')) {",
          "      input.value = fromAddress();",
          "      apply();",
          "      return;",
          "    }",
          "    // A link to a code the filter hides shows every code again, so that it leads somewhere.",
          "    const target = document.getElementById(location.hash.slice(1));",
          "    if (target && target.closest('[hidden]')) {",
          "      input.value = '';",
          "      apply();",
          "      target.scrollIntoView();",
          "    }",
          "  });",
          "  input.value = fromAddress();",
          "  apply();",
          "}");

  private final StringBuilder out = new StringBuilder();

  /** The {@code lang} of the page, a BCP 47 tag such as {@code en} or {@code he}. */
  private final String language;

  /** Whether the page's language is written from right to left. */
  private final boolean rightToLeft;

  /** A page in English. */
  HtmlWriter() {
    this("en", false);
  }

  /** A page in the language of {@code language}, a well-formed tag (it is written as is). */
  HtmlWriter(String language, boolean rightToLeft) {
    this.language = language;
    this.rightToLeft = rightToLeft;
  }

  /**
   * The text of the latest second-level heading, ready for an attribute: it names the contents list
   * after it.
   */
  private String sectionTitle = "";

  private int contentsDepth = -1;
  private boolean inCodeSection;

  static String escape(String raw) {
    return ESCAPER.escape(raw);
  }

  @Override
  public void title(String text) {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(language))
        .append(rightToLeft ? "\" dir=\"rtl" : "")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(text))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n")
        .append("<script type=\"module\">\n")
        .append(FILTER_SCRIPT)
        .append("\n</script>\n</head>\n<body>\n")
        .append("<h1>")
        .append(escape(text))
        .append("</h1>\n");
  }

  @Override
  public void heading(int level, String anchor, String text) {
    endContents();
    endCodeSection();
    if (level == 3) {
      // The section carries the id, so that :target marks the whole code.
      out.append("<section class=\"code\" id=\"").append(anchor).append("\">\n<h3>");
      inCodeSection = true;
    } else {
      out.append("<h").append(level).append(" id=\"").append(anchor).append("\">");
      sectionTitle = attribute(text);
    }
    out.append(escape(text))
        .append(" <a class=\"self\" href=\"#")
        .append(anchor)
        .append("\" aria-label=\"Link to this section: ")
        .append(attribute(text))
        .append("\">#</a></h")
        .append(level)
        .append(">\n");
  }

  /** Spec text for an attribute value, where a line break cannot be markup. */
  private static String attribute(String raw) {
    // escape() turns a "<" of the text into "&lt;", so every "<br>" it returns stands for a line
    // break.
    return escape(raw).replace("<br>", " ");
  }

  @Override
  public void paragraph(String text) {
    endContents();
    out.append("<p>").append(escape(text)).append("</p>\n");
  }

  @Override
  public void labelled(String label, String text) {
    endContents();
    out.append("<p><span class=\"label\">")
        .append(escape(label))
        .append(":</span> ")
        .append(escape(text))
        .append("</p>\n");
  }

  @Override
  public void list(String label, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    endContents();
    String tag = numbered ? "ol" : "ul";
    out.append("<p class=\"label\">")
        .append(escape(label))
        .append(":</p>\n<")
        .append(tag)
        .append(">\n");
    for (String item : items) {
      out.append("<li>").append(escape(item)).append("</li>\n");
    }
    out.append("</").append(tag).append(">\n");
  }

  @Override
  public void references(String label, List<Reference> references) {
    if (references.isEmpty()) {
      return;
    }
    endContents();
    out.append("<p class=\"label\">").append(escape(label)).append(":</p>\n<ul>\n");
    for (Reference reference : references) {
      out.append("<li>");
      if (reference.url().isPresent()) {
        out.append("<a href=\"")
            .append(escape(reference.url().get()))
            .append("\">")
            .append(escape(reference.label()))
            .append("</a>");
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
      out.append("<nav aria-label=\"").append(sectionTitle).append("\">\n<ul>\n");
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

  @Override
  public void backTo(String anchor, String text) {
    endContents();
    out.append("<p class=\"back\"><a href=\"#")
        .append(anchor)
        .append("\">")
        .append(escape(text))
        .append("</a></p>\n");
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
