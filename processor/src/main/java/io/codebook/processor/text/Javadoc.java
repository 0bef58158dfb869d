package io.codebook.processor.text;

import io.codebook.processor.model.Reference;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds Javadoc text from spec text. Spec text can contain anything, so every character that Java
 * or Javadoc would interpret is escaped, in the manner of protoc's {@code EscapeJavadoc}:
 *
 * <ul>
 *   <li>{@code *}{@code /} would end the comment, so the slash becomes the entity for 47;
 *   <li>a backslash could start a unicode escape that javac decodes before it sees the comment;
 *   <li>{@code @} could start a block tag such as {@code @deprecated}, or an inline tag;
 *   <li>{@code <} and {@code &} are HTML.
 * </ul>
 *
 * <p>Every non-ASCII character becomes a numeric entity, so generated sources are pure ASCII and
 * byte-identical whatever encoding javac writes them in. The result is passed to JavaPoet as a
 * {@code $L} argument, never as a format string, so {@code $} needs no escape.
 */
public final class Javadoc {
  /** Characters that keep an address from being a link; see {@link #linkable}. */
  private static final String NOT_IN_LINKS = "@*&\\<>\"'";

  /**
   * Escapes spec text for Javadoc. Plain are printable ASCII and the line feed, except what {@code
   * escapeSpecial} handles: HTML's {@code &}, {@code <} and {@code >}, the tag marker {@code @},
   * the backslash, and the slash and star, which are special only next to each other.
   */
  private static final Escaper ESCAPER = new Escaper("&<>@\\/*", "\n", Javadoc::escapeSpecial);

  private final StringBuilder text = new StringBuilder();
  private boolean hasTags;

  /** Escapes spec text for use anywhere in a Javadoc comment. */
  public static String escape(String raw) {
    return ESCAPER.escape(raw);
  }

  private static void escapeSpecial(StringBuilder out, int c, int previous) {
    if (c == '/' && previous == '*') {
      out.append("&#47;");
    } else if (c == '*' && previous == '/') {
      out.append("&#42;");
    } else {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '\t' -> out.append(' ');
        default -> {
          if (c < 0x80) {
            out.append((char) c);
          } else {
            // A numeric entity keeps the source ASCII; Integer.toHexString rather than a format,
            // which is slow before the JIT has compiled it.
            out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
          }
        }
      }
    }
  }

  /** Adds a paragraph of already-built Javadoc text; the first paragraph needs no {@code <p>}. */
  public Javadoc paragraph(String javadoc) {
    // A blank paragraph would be an empty <p>, which doclint rejects.
    if (javadoc.isBlank()) {
      return this;
    }
    if (text.length() > 0) {
      text.append("\n<p>");
    }
    text.append(javadoc).append('\n');
    return this;
  }

  /** Adds a block element such as {@code <pre>}, which must not sit inside a paragraph. */
  public Javadoc block(String html) {
    text.append(text.length() > 0 ? "\n" : "").append(html).append('\n');
    return this;
  }

  /** Adds a paragraph of spec text. */
  public Javadoc textParagraph(String raw) {
    return paragraph(escape(raw));
  }

  /** Adds a lead-in sentence and a bulleted list of spec texts, or nothing for an empty list. */
  public Javadoc list(String leadIn, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return this;
    }
    paragraph(leadIn);
    String tag = numbered ? "ol" : "ul";
    text.append('<').append(tag).append(">\n");
    for (String item : items) {
      text.append("  <li>").append(escape(item)).append("</li>\n");
    }
    text.append("</").append(tag).append(">\n");
    return this;
  }

  /** Adds a list of references; one that ends in {@code <https://...>} becomes a link. */
  public Javadoc references(List<Reference> references) {
    if (references.isEmpty()) {
      return this;
    }
    paragraph("References:");
    text.append("<ul>\n");
    for (Reference reference : references) {
      String label = escape(reference.label());
      text.append("  <li>")
          .append(
              linkable(reference)
                  .map(url -> "<a href=\"" + url + "\">" + label + "</a>")
                  .orElse(label))
          .append("</li>\n");
    }
    text.append("</ul>\n");
    return this;
  }

  /**
   * The address, if it can be a Javadoc link as written: doclint checks {@code href} values as URIs
   * and does not decode entities first, so an address that would need escaping in a comment
   * ({@code @}, {@code *}, {@code &}...) or that is not a valid URI is shown as text instead.
   */
  private static Optional<String> linkable(Reference reference) {
    return reference.url().filter(Javadoc::isPlainUri);
  }

  private static boolean isPlainUri(String address) {
    // A plain loop rather than a stream: this runs for every reference of every compile, mostly
    // before the JIT has compiled anything, where a stream pipeline costs many times more.
    for (int i = 0; i < address.length(); i++) {
      if (NOT_IN_LINKS.indexOf(address.charAt(i)) >= 0) {
        return false;
      }
    }
    try {
      new URI(address);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Adds a block tag such as {@code @return the code}, whose text is already Javadoc. */
  public Javadoc tag(String tag, String javadoc) {
    if (text.length() > 0 && !hasTags) {
      text.append('\n');
    }
    hasTags = true;
    text.append('@').append(tag).append(' ').append(javadoc).append('\n');
    return this;
  }

  /** The finished comment body, ready for {@code addJavadoc("$L", ...)}. */
  public String build() {
    return text.toString();
  }
}
