package io.codebook.processor.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.codebook.processor.document.HtmlTree.Element;
import io.codebook.processor.model.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter script, run by a real browser on the HTML document of 1,000 codes: the query comes
 * from the address, and the test compares what the browser hid with the codes that the spec's own
 * data says should match. Skipped where Chromium is not installed (Debian package {@code
 * chromium}).
 */
class FilterInBrowserTest {
  private static final ManyCodesSpec SPEC = new ManyCodesSpec(1_000);

  @TempDir static Path work;
  private static String page;

  private static final String NO_CHROMIUM =
      "no Chromium at " + HeadlessChromium.BINARY + " (install the Debian package 'chromium')";

  @BeforeAll
  static void writeTheDocument() throws IOException {
    if (!HeadlessChromium.isInstalled()) {
      System.err.println("FilterInBrowserTest skipped: " + NO_CHROMIUM);
      return;
    }
    Path file = work.resolve(ManyCodesSpec.NAME + ".html");
    Files.writeString(file, ReferenceDocuments.ofYaml(SPEC.yaml()).html(), UTF_8);
    page = file.toUri().toString();
  }

  @BeforeEach
  void needsChromium() {
    // Each test, not the class, is skipped, so that reports count them as skipped.
    assumeTrue(HeadlessChromium.isInstalled(), NO_CHROMIUM);
  }

  @Test
  void aNumberShowsTheCodesWhoseTextHoldsIt() throws Exception {
    assertSomeButNotAllMatch("42");
    assertFiltered("42", render("?q=42"));
  }

  @Test
  void aWordShowsTheCodesWhoseMessageHoldsIt() throws Exception {
    assertSomeButNotAllMatch("quartz");
    assertFiltered("quartz", render("?q=quartz"));
  }

  @Test
  void everyWordMustMatchAndCaseDoesNotMatter() throws Exception {
    assertSomeButNotAllMatch("EMBER quartz");
    assertTrue(
        SPEC.matching("EMBER quartz").size() < SPEC.matching("quartz").size(),
        "the second word narrows the first");
    assertFiltered("EMBER quartz", render("#q=EMBER%20quartz"));
  }

  @Test
  void aQueryNothingMatchesHidesEveryCodeAndSeries() throws Exception {
    assertEquals(List.of(), SPEC.matching("no-such-code"));
    assertFiltered("no-such-code", render("?q=no-such-code"));
  }

  @Test
  void withoutAQueryEveryCodeShows() throws Exception {
    Element dom = render("");
    assertFiltered("", dom);
    assertEquals("1,000 of 1,000 codes", count(dom));
  }

  private static void assertSomeButNotAllMatch(String query) {
    int matches = SPEC.matching(query).size();
    assertTrue(
        matches > 0 && matches < SPEC.count(),
        () -> "'" + query + "' matches " + matches + " codes");
  }

  private static Element render(String suffix) throws Exception {
    return HtmlTree.parse(HeadlessChromium.dumpDom(page + suffix, work));
  }

  /** Exactly the codes matching {@code query} show, in the sections, the contents and the count. */
  private static void assertFiltered(String query, Element dom) {
    for (String word : query.toLowerCase(Locale.ROOT).split("\\s+", -1)) {
      if (!word.isEmpty()) {
        assertNoOutcomeTextHolds(word);
      }
    }
    List<Integer> expected = SPEC.matching(query);
    List<Element> sections = codeSections(dom);
    assertEquals(SPEC.count(), sections.size(), "every code has a section");
    assertEquals(
        expected,
        idsOf(sections, e -> !isHidden(e)),
        "the code sections shown for '" + query + "'");

    Element nav = dom.find("nav").get(0);
    List<Element> entries = nav.find(e -> e.tag.equals("li") && e.find("ul").isEmpty());
    assertEquals(
        expected,
        entries.stream()
            .filter(e -> !isHidden(e))
            .map(e -> Integer.parseInt(e.find("a").get(0).attribute("href").substring(1)))
            .toList(),
        "the contents entries shown for '" + query + "'");

    for (int start : SPEC.seriesStarts()) {
      boolean any = expected.stream().anyMatch(code -> code >= start && code <= start + 999);
      String anchor = "series-" + start + "-" + (start + 999);
      Element heading = dom.find(e -> anchor.equals(e.attribute("id"))).get(0);
      assertEquals(
          !any, isHidden(heading), anchor + " hides when none of its codes match '" + query + "'");
      Element entry =
          nav.find(e -> e.tag.equals("a") && ("#" + anchor).equals(e.attribute("href")))
              .get(0)
              .parent;
      assertEquals(!any, isHidden(entry), "the contents entry of " + anchor);
    }
    NumberFormat english = NumberFormat.getIntegerInstance(Locale.US);
    assertEquals(
        english.format(expected.size()) + " of " + english.format(SPEC.count()) + " codes",
        count(dom));
    assertEquals("search", dom.find("input").get(0).attribute("type"), "the filter box");
  }

  private static String count(Element dom) {
    List<Element> status = dom.find(e -> "status".equals(e.attribute("role")));
    assertEquals(1, status.size(), "one count");
    return status.get(0).text();
  }

  private static List<Element> codeSections(Element dom) {
    return dom.find(e -> e.tag.equals("section") && e.hasClass("code"));
  }

  private static List<Integer> idsOf(List<Element> sections, Predicate<Element> which) {
    return sections.stream().filter(which).map(e -> Integer.parseInt(e.attribute("id"))).toList();
  }

  private static boolean isHidden(Element element) {
    return element.attributes.containsKey("hidden");
  }

  /**
   * {@link ManyCodesSpec#matching} leaves outcome texts out of its model of a section, so no query
   * word may be in them.
   */
  private static void assertNoOutcomeTextHolds(String word) {
    for (Outcome outcome : Outcome.values()) {
      assertFalse(
          (outcome.specWord() + ". " + outcome.meaning()).toLowerCase(Locale.ROOT).contains(word),
          word + " is in " + outcome);
    }
  }
}
