package io.codebook.processor.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.document.HtmlTree.Element;
import io.codebook.processor.testing.HostileText;
import io.codebook.processor.testing.OutputChecks;
import io.codebook.processor.testing.SpecModel;
import io.codebook.processor.testing.SpecModel.AliasModel;
import io.codebook.processor.testing.SpecModel.CodeModel;
import io.codebook.processor.testing.SpecModel.GroupModel;
import io.codebook.processor.testing.SpecModel.SeriesModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML reference document's navigation: a self-link in every heading, a way back to the
 * contents from every code, and one inline filter script that holds no spec text, on a page that is
 * complete without it.
 */
class HtmlReferenceStructureTest {
  private static final String CONTENTS = "contents";
  private static final Set<String> WRITER_TAGS =
      Set.of(
          "html", "head", "meta", "title", "style", "script", "body", "h1", "h2", "h3", "nav",
          "section", "p", "span", "ul", "ol", "li", "a", "br");

  /** A spec whose first series has no codes, so only the series itself can link back. */
  private static final String GAPS =
      String.join(
          "\n",
          "codebook: 1",
          "name: Gaps",
          "series:",
          "  - {name: UNUSED, range: 100-199, title: Unused, outcome: success}",
          "  - {name: USED, range: 200-299, title: Used, outcome: success}",
          "codes:",
          "  - {code: 200, name: FINE, message: Fine.}",
          "");

  private static List<ReferenceDocuments> documents;

  static synchronized List<ReferenceDocuments> documents() {
    if (documents == null) {
      documents =
          List.of(
              ReferenceDocuments.ofResource("specs/demo-reply.yaml"),
              ReferenceDocuments.ofResource("specs/sparse-error.yaml"),
              ReferenceDocuments.ofYaml(GAPS),
              ReferenceDocuments.ofYaml(hostileSpec().toYaml(false)));
    }
    return documents;
  }

  /** Every text of the spec holds every hostile fragment, the title and series title included. */
  static SpecModel hostileSpec() {
    String all = HostileText.everything();
    List<String> references = List.of(all, "RFC 959 <https://www.rfc-editor.org/rfc/rfc959>");
    CodeModel first =
        new CodeModel(
            421,
            "SERVICE_NOT_AVAILABLE",
            all,
            all,
            List.of(all),
            List.of(all),
            references,
            List.of(new AliasModel("OTHER_MEANING", all, all, references)),
            null,
            List.of());
    CodeModel second =
        new CodeModel(
            555, "TRICKY", all, null, null, null, null, List.of(), "permanent", List.of());
    return new SpecModel(
        "Hostile",
        all,
        all,
        references,
        new SeriesModel("ALL", "100-999", all, all, "transient"),
        new GroupModel("ANY", "xyz", all, all),
        List.of(first, second));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyHeadingLinksToItself(ReferenceDocuments document) {
    Element page = HtmlTree.parse(document.html());
    List<Element> headings = page.find(e -> e.tag.equals("h2") || e.tag.equals("h3"));
    assertTrue(
        headings.size() >= 3,
        () -> document + " has contents, a part and a code heading: " + headings);
    Set<String> ids = ids(page);
    for (Element heading : headings) {
      // A code's id is on its section, which its heading opens.
      String id =
          heading.tag.equals("h3") ? heading.parent.attribute("id") : heading.attribute("id");
      assertNotNull(id, () -> document + ": " + heading + " has no id");
      if (heading.tag.equals("h3")) {
        assertTrue(
            heading.parent.hasClass("code") && heading.parent.elementChildren().get(0) == heading,
            () -> heading + " opens its code section");
      }
      List<Element> selfLinks = heading.find(e -> e.tag.equals("a") && e.hasClass("self"));
      assertEquals(1, selfLinks.size(), () -> document + ": " + heading + " has one self-link");
      Element link = selfLinks.get(0);
      assertEquals(
          "#" + id, link.attribute("href"), () -> document + ": the self-link of " + heading);
      assertTrue(ids.contains(id), id);
      assertEquals(
          heading.children.get(heading.children.size() - 1),
          link,
          "the self-link ends the heading");
      assertEquals("#", link.text());
      assertEquals(
          "Link to this section: " + textBefore(heading, link),
          link.attribute("aria-label"),
          () -> document + ": label of " + heading);
    }
  }

  /**
   * The heading's text before its self-link, a line break read as a space, without the one space
   * before the link.
   */
  private static String textBefore(Element heading, Element link) {
    StringBuilder text = new StringBuilder();
    for (Object child : heading.children.subList(0, heading.children.indexOf(link))) {
      text.append(
          child instanceof Element e ? (e.tag.equals("br") ? " " : e.text()) : (String) child);
    }
    assertTrue(text.toString().endsWith(" "), () -> "a space before the self-link in " + heading);
    return text.substring(0, text.length() - 1);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void idsAreUnique(ReferenceDocuments document) {
    List<String> all =
        HtmlTree.parse(document.html()).find(e -> e.attributes.containsKey("id")).stream()
            .map(e -> e.attribute("id"))
            .toList();
    assertEquals(all.size(), new HashSet<>(all).size(), () -> document + " repeats an id: " + all);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyCodeEndsWithALinkBackToTheContents(ReferenceDocuments document) {
    Element page = HtmlTree.parse(document.html());
    Element contents = byId(page, CONTENTS);
    assertEquals("h2", contents.tag, "the contents heading");
    List<Element> siblings = contents.parent.elementChildren();
    assertEquals(
        "nav",
        siblings.get(siblings.indexOf(contents) + 1).tag,
        "the contents list follows its heading");
    List<Element> sections = page.find(e -> e.tag.equals("section") && e.hasClass("code"));
    assertFalse(sections.isEmpty(), document + " has code sections");
    for (Element section : sections) {
      List<Element> children = section.elementChildren();
      Element last = children.get(children.size() - 1);
      assertTrue(
          last.hasClass("back"),
          () -> document + ": code " + section.attribute("id") + " ends with " + last);
      assertEquals(
          List.of("#" + CONTENTS), last.find("a").stream().map(a -> a.attribute("href")).toList());
      assertEquals("Back to contents", last.text());
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyPartAfterTheContentsLinksBackBeforeTheNextPart(ReferenceDocuments document) {
    List<Element> body = HtmlTree.parse(document.html()).find("body").get(0).elementChildren();
    List<List<Element>> parts = new ArrayList<>();
    for (Element element : body) {
      if (element.tag.equals("h2")) {
        parts.add(new ArrayList<>());
      }
      if (!parts.isEmpty()) {
        parts.get(parts.size() - 1).add(element);
      }
    }
    for (List<Element> part : parts.subList(1, parts.size())) {
      boolean linksBack =
          part.stream()
              .anyMatch(
                  e ->
                      !e.find(
                                  a ->
                                      a.tag.equals("a")
                                          && ("#" + CONTENTS).equals(a.attribute("href"))
                                          && !a.hasClass("self"))
                              .isEmpty()
                          || e.hasClass("back"));
      assertTrue(linksBack, () -> document + ": no way back to the contents from " + part.get(0));
    }
  }

  @Test
  void aSeriesWithoutCodesLinksBackOnItsOwn() {
    List<Element> body =
        HtmlTree.parse(documents().get(2).html()).find("body").get(0).elementChildren();
    Element unused =
        body.stream()
            .filter(e -> "series-100-199".equals(e.attribute("id")))
            .findFirst()
            .orElseThrow();
    List<Element> after = body.subList(body.indexOf(unused) + 1, body.size());
    Element firstBack = after.stream().filter(e -> e.hasClass("back")).findFirst().orElseThrow();
    Element nextHeading = after.stream().filter(e -> e.tag.equals("h2")).findFirst().orElseThrow();
    assertTrue(
        after.indexOf(firstBack) < after.indexOf(nextHeading),
        "the empty series ends with a link back");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theOneScriptIsInlineAndTheSameForEverySpec(ReferenceDocuments document) {
    Element page = HtmlTree.parse(document.html());
    List<Element> scripts = page.find("script");
    assertEquals(1, scripts.size(), document + " has one script");
    Element script = scripts.get(0);
    assertEquals("head", script.parent.tag, "the script is in the head");
    assertEquals("module", script.attribute("type"));
    assertFalse(script.attributes.containsKey("src"), "the script is inline");
    String code = script.text();
    assertFalse(code.contains("<"), "nothing in the script can end it early");
    assertTrue(
        code.contains("section.code") && code.contains("URLSearchParams"),
        "the script is the filter");
    // The same text whatever the spec, the hostile one included: no spec text is in it.
    assertEquals(
        HtmlTree.parse(documents().get(0).html()).find("script").get(0).text(),
        code,
        document + "'s script");
    for (String fragment : HostileText.MARKUP) {
      if (fragment.strip().length() >= 4) {
        assertFalse(code.contains(fragment), () -> "the script contains " + fragment);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void withoutTheScriptThePageIsCompleteAndInert(ReferenceDocuments document) {
    Element page = HtmlTree.parse(document.html());
    assertTrue(
        page.find(e -> e.attributes.containsKey("hidden")).isEmpty(),
        "nothing is hidden before a script runs");
    assertTrue(
        page.find(e -> Set.of("input", "label", "button", "form").contains(e.tag)).isEmpty(),
        "the filter box exists only with the script");
    assertTrue(
        page.find(e -> e.attributes.keySet().stream().anyMatch(name -> name.startsWith("on")))
            .isEmpty(),
        "no event-handler attributes");
    // The strict parse above already failed on any '<' that starts no tag; spec text escaped, no
    // tags but the writer's own.
    Set<String> tags = new java.util.TreeSet<>();
    page.find(e -> true).forEach(e -> tags.add(e.tag));
    assertTrue(WRITER_TAGS.containsAll(tags), () -> document + " has tags of its own: " + tags);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyMarkdownCodeAndEveryPartWithoutCodesEndsWithALinkBack(ReferenceDocuments document) {
    String markdown = document.markdown();
    OutputChecks.assertMarkdownIsInert(document + ".md", markdown.getBytes(UTF_8));
    assertTrue(
        markdown.contains("\n## <a id=\"" + CONTENTS + "\"></a>Contents\n"), "the contents anchor");
    String back = "[Back to contents](#" + CONTENTS + ")";
    // Blocks that each start at a heading of level 2 or 3.
    List<String> blocks = List.of(markdown.split("\n(?=##+ )"));
    int expected = 0;
    for (int i = 1; i < blocks.size(); i++) {
      String block = blocks.get(i);
      boolean code = block.startsWith("### ");
      boolean contents = block.startsWith("## <a id=\"" + CONTENTS + "\">");
      boolean codesFollow = i + 1 < blocks.size() && blocks.get(i + 1).startsWith("### ");
      boolean needsLink = code || (!contents && !codesFollow);
      expected += needsLink ? 1 : 0;
      assertEquals(
          needsLink,
          block.endsWith("\n" + back + "\n\n") || block.endsWith("\n" + back + "\n"),
          () ->
              document
                  + ".md: "
                  + (needsLink ? "no" : "a needless")
                  + " link back at the end of: "
                  + block);
    }
    assertEquals(expected, count(markdown, back), document + ".md: links back");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static Set<String> ids(Element page) {
    Set<String> ids = new HashSet<>();
    for (Element element : page.find(e -> e.attributes.containsKey("id"))) {
      ids.add(element.attribute("id"));
    }
    return ids;
  }

  private static Element byId(Element page, String id) {
    List<Element> found = page.find(e -> id.equals(e.attribute("id")));
    assertEquals(1, found.size(), () -> "elements with id " + id);
    return found.get(0);
  }
}
