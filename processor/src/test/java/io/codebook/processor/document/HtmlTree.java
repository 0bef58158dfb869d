package io.codebook.processor.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, strict reader for the HTML the reference document has, as written by the processor or as
 * serialized by a browser: every element but the void ones is closed explicitly, so a tag that
 * closes anything but the innermost open element is an error rather than something to repair. The
 * JDK has no HTML parser, and this is all the tests need.
 */
final class HtmlTree {
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");
  private static final Set<String> RAW_TEXT = Set.of("script", "style");
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([A-Za-z][A-Za-z0-9]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#(\\d+)|#[xX]([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos|nbsp));");

  private HtmlTree() {}

  /** An element: its tag in lower case, its attributes with entities decoded, and its children. */
  static final class Element {
    final String tag;
    final Map<String, String> attributes;
    final Element parent;

    /** Each child is an {@link Element} or a {@link String} of decoded text. */
    final List<Object> children = new ArrayList<>();

    Element(String tag, Map<String, String> attributes, Element parent) {
      this.tag = tag;
      this.attributes = attributes;
      this.parent = parent;
    }

    String attribute(String name) {
      return attributes.get(name);
    }

    boolean hasClass(String name) {
      String classes = attributes.get("class");
      return classes != null && List.of(classes.trim().split("\\s+")).contains(name);
    }

    List<Element> elementChildren() {
      return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
    }

    /** This element's descendants, in document order, that {@code test} accepts. */
    List<Element> find(Predicate<Element> test) {
      List<Element> found = new ArrayList<>();
      for (Element child : elementChildren()) {
        if (test.test(child)) {
          found.add(child);
        }
        found.addAll(child.find(test));
      }
      return found;
    }

    List<Element> find(String tag) {
      return find(e -> e.tag.equals(tag));
    }

    /** The text of this element and its descendants, as {@code textContent} would give it. */
    String text() {
      StringBuilder text = new StringBuilder();
      for (Object child : children) {
        text.append(child instanceof Element element ? element.text() : (String) child);
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return "<" + tag + " " + attributes + ">";
    }
  }

  /** Reads {@code html} into a tree under a synthetic root whose tag is {@code #document}. */
  static Element parse(String html) {
    Element root = new Element("#document", Map.of(), null);
    Deque<Element> open = new ArrayDeque<>();
    open.push(root);
    int at = 0;
    while (at < html.length()) {
      int lt = html.indexOf('<', at);
      if (lt < 0) {
        open.peek().children.add(decode(html.substring(at)));
        break;
      }
      if (lt > at) {
        open.peek().children.add(decode(html.substring(at, lt)));
      }
      if (html.startsWith("<!--", lt)) {
        at = endOf(html, "-->", lt);
        continue;
      }
      if (html.regionMatches(true, lt, "<!DOCTYPE", 0, 9)) {
        at = endOf(html, ">", lt);
        continue;
      }
      Matcher tag = TAG.matcher(html).region(lt, html.length());
      if (!tag.lookingAt()) {
        throw new AssertionError(
            "a '<' that starts no tag at offset " + lt + ": " + around(html, lt));
      }
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      at = tag.end();
      if (tag.group(1).equals("/")) {
        Element closed = open.pop();
        if (!closed.tag.equals(name) || closed == root) {
          throw new AssertionError(
              "</" + name + "> closes " + closed + " at offset " + lt + ": " + around(html, lt));
        }
        continue;
      }
      Element element = new Element(name, attributes(tag.group(3)), open.peek());
      open.peek().children.add(element);
      if (RAW_TEXT.contains(name)) {
        int end = at;
        // Not via toLowerCase(): that can change the length of the text before, and so the index.
        while (end < html.length()
            && !html.regionMatches(true, end, "</" + name, 0, name.length() + 2)) {
          end++;
        }
        if (end == html.length()) {
          throw new AssertionError("<" + name + "> is never closed");
        }
        element.children.add(html.substring(at, end));
        at = end;
        open.push(element);
      } else if (!VOID.contains(name)) {
        open.push(element);
      }
    }
    if (open.peek() != root) {
      throw new AssertionError("still open at the end: " + open);
    }
    return root;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(text);
    while (attribute.find()) {
      String value =
          attribute.group(2) != null
              ? attribute.group(2)
              : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
      if (attributes.put(name, value == null ? "" : decode(value)) != null) {
        throw new AssertionError("attribute " + name + " given twice in: " + text);
      }
    }
    return attributes;
  }

  /** Decodes the character references the writer and browsers use; anything else stays as it is. */
  static String decode(String text) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (reference.find()) {
      String decoded;
      if (reference.group(1) != null) {
        decoded = Character.toString(Integer.parseInt(reference.group(1)));
      } else if (reference.group(2) != null) {
        decoded = Character.toString(Integer.parseInt(reference.group(2), 16));
      } else {
        decoded =
            switch (reference.group(3)) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> "\u00A0";
            };
      }
      reference.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    reference.appendTail(out);
    return out.toString();
  }

  private static int endOf(String html, String end, int from) {
    int at = html.indexOf(end, from);
    if (at < 0) {
      throw new AssertionError("no " + end + " after offset " + from);
    }
    return at + end.length();
  }

  private static String around(String html, int at) {
    return html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 60));
  }
}
