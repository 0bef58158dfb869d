package io.codebook.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged {@code ftp-doctor.jar}: its contents, and running it with {@code java -jar}. */
class FtpDoctorJarIT {
  /** An attribute that makes a browser fetch or go to a URL, and the start of its value. */
  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile("\\b(src|href|srcset|data|poster|action)\\s*=\\s*['\"]?([^'\"\\s>]*)");

  private static Path jar;

  @TempDir Path work;

  @BeforeAll
  static void findJar() {
    String property = System.getProperty("ftpdoctor.jar");
    assertNotNull(property, "system property ftpdoctor.jar, set by the failsafe configuration");
    jar = Path.of(property);
    assertTrue(Files.isRegularFile(jar), "the packaged jar exists: " + jar);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FtpReply.md", "FtpReply.html", "WinsockError.md", "WinsockError.html"})
  void theReferenceDocumentsAreInTheJar(String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry entry = file.getJarEntry("META-INF/codebook/" + name);
      assertNotNull(entry, name + " in " + jar);
      try (InputStream in = file.getInputStream(entry)) {
        assertTrue(in.readAllBytes().length > 0, name + " is not empty");
      }
    }
  }

  @Test
  void theHtmlDocumentHasAnAnchorFor421() throws IOException {
    try (JarFile file = new JarFile(jar.toFile());
        InputStream in = file.getInputStream(file.getJarEntry("META-INF/codebook/FtpReply.html"))) {
      assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("id=\"421\""));
    }
  }

  /** The HTML documents, for parameterized tests. */
  static List<String> htmlDocuments() {
    return List.of("FtpReply.html", "WinsockError.html");
  }

  @ParameterizedTest
  @MethodSource("htmlDocuments")
  void theHtmlDocumentIsReadableOnAPhone(String name) throws IOException {
    String html = document(name);
    assertTrue(html.startsWith("<!DOCTYPE html>"), name);
    assertTrue(html.contains("<meta name=\"viewport\""), name + " has a viewport meta element");
    assertTrue(html.contains("<meta charset=\"utf-8\">"), name + " declares its encoding");
  }

  @ParameterizedTest
  @MethodSource("htmlDocuments")
  void theHtmlDocumentLoadsNothingFromOutside(String name) throws IOException {
    String html = document(name);
    String lower = html.toLowerCase(Locale.ROOT);
    // The document's one script, its code filter, is inline: it loads nothing.
    assertFalse(
        Pattern.compile("<script[^>]*\\ssrc\\s*=").matcher(lower).find(), name + " loads a script");
    assertFalse(
        Pattern.compile("<link[^>]*stylesheet").matcher(lower).find(),
        name + " links a style sheet");
    assertFalse(lower.contains("@import"), name + " imports a style sheet");
    assertFalse(
        Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(lower).find(),
        name + " loads a URL from its style sheet");
    List<String> external = new ArrayList<>();
    int links = 0;
    Matcher tags = Pattern.compile("<([a-z][a-z0-9]*)\\b([^>]*)>").matcher(lower);
    while (tags.find()) {
      Matcher attributes = URL_ATTRIBUTE.matcher(tags.group(2));
      while (attributes.find()) {
        String value = attributes.group(2);
        boolean outside =
            value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//");
        boolean referenceLink = tags.group(1).equals("a") && attributes.group(1).equals("href");
        if (outside && referenceLink) {
          links++;
        } else if (outside) {
          external.add(tags.group());
        }
      }
    }
    assertTrue(external.isEmpty(), () -> name + " loads from outside: " + external);
    assertTrue(links > 0, name + " links its references");
  }

  @Test
  void theFtpHtmlHasATableOfContentsBySeries() throws IOException {
    String nav = nav(document("FtpReply.html"));
    List<String> expected =
        List.of(
            "series-100-199",
            "series-200-299",
            "series-300-399",
            "series-400-499",
            "series-500-599",
            "series-600-699");
    assertEquals(expected, seriesLinks(nav));
    for (String id : expected) {
      assertEquals(1, count(document("FtpReply.html"), "id=\"" + id + "\""), id);
    }
    for (FtpReply reply : FtpReply.values()) {
      assertTrue(
          nav.contains("href=\"#" + reply.code() + "\""), () -> "contents link " + reply.code());
    }
  }

  @Test
  void theWinsockHtmlHasATableOfContentsBySeries() throws IOException {
    String html = document("WinsockError.html");
    List<String> expected = new ArrayList<>();
    for (WinsockError.Series series : WinsockError.Series.values()) {
      expected.add("series-" + series.first() + "-" + series.last());
    }
    assertEquals(expected, seriesLinks(nav(html)));
    for (String id : expected) {
      assertEquals(1, count(html, "id=\"" + id + "\""), id);
    }
  }

  @Test
  void theFtpHtmlHasOneSectionPerReplyWithItsEscapedMessage() throws IOException {
    String html = document("FtpReply.html");
    Map<Integer, String> messages = new HashMap<>();
    for (FtpReply reply : FtpReply.values()) {
      messages.put(reply.code(), reply.message());
    }
    assertSectionPerCode(html, messages);
  }

  @Test
  void theWinsockHtmlHasOneSectionPerErrorWithItsEscapedMessage() throws IOException {
    String html = document("WinsockError.html");
    Map<Integer, String> messages = new HashMap<>();
    for (WinsockError error : WinsockError.values()) {
      messages.put(error.code(), error.message());
    }
    assertSectionPerCode(html, messages);
  }

  @Test
  void theHtmlEscapesMarkupInMessages() throws IOException {
    // 257's message quotes PATHNAME; a raw quote inside the text would be left as it is.
    String message = FtpReply.PATHNAME_CREATED.message();
    assertTrue(message.contains("\""), message);
    assertTrue(document("FtpReply.html").contains(">" + html(message) + "<"), message);
    assertEquals("&amp;&lt;&gt;&quot;&#39;", html("&<>\"'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FtpReply.md", "WinsockError.md"})
  void theMarkdownHasAnAnchorPerCode(String name) throws IOException {
    String markdown = document(name);
    int[] codes =
        name.startsWith("Ftp")
            ? Arrays.stream(FtpReply.values()).mapToInt(FtpReply::code).toArray()
            : Arrays.stream(WinsockError.values()).mapToInt(WinsockError::code).toArray();
    assertTrue(codes.length > 60, name);
    List<Integer> missing = new ArrayList<>();
    for (int code : codes) {
      if (count(markdown, "<a id=\"" + code + "\"></a>") != 1) {
        missing.add(code);
      }
    }
    assertTrue(missing.isEmpty(), () -> name + " lacks exactly one anchor for " + missing);
  }

  /** Each code has exactly one section, with its id, and no section is for anything else. */
  private static void assertSectionPerCode(String html, Map<Integer, String> messages) {
    Map<Integer, String> sections = new HashMap<>();
    Matcher section =
        Pattern.compile("<section\\b[^>]*\\bid=\"(\\d+)\"[^>]*>(.*?)</section>", Pattern.DOTALL)
            .matcher(html);
    while (section.find()) {
      int code = Integer.parseInt(section.group(1));
      assertFalse(sections.containsKey(code), "two sections for " + code);
      sections.put(code, section.group(2));
    }
    assertEquals(
        new TreeSet<>(messages.keySet()), new TreeSet<>(sections.keySet()), "one section per code");
    assertEquals(count(html, "<section"), sections.size(), "every section is a code's");
    messages.forEach(
        (code, message) -> {
          assertEquals(1, count(html, "id=\"" + code + "\""), "id " + code);
          assertTrue(
              sections.get(code).contains(html(message)),
              () -> code + "'s section lacks its message: " + html(message));
        });
  }

  /** The document's {@code nav} element. */
  private static String nav(String html) {
    int start = html.indexOf("<nav");
    int end = html.indexOf("</nav>");
    assertTrue(start >= 0 && end > start, "the document has a nav element");
    return html.substring(start, end);
  }

  /** The series anchors a table of contents links to, in order. */
  private static List<String> seriesLinks(String nav) {
    List<String> links = new ArrayList<>();
    Matcher link = Pattern.compile("href=\"#(series-[^\"]+)\"").matcher(nav);
    while (link.find()) {
      links.add(link.group(1));
    }
    return links;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  /** Escapes text as the HTML document must: {@code & < > " '}. */
  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** A reference document, read from the packaged jar. */
  private static String document(String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry entry = file.getJarEntry("META-INF/codebook/" + name);
      assertNotNull(entry, name + " in " + jar);
      try (InputStream in = file.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void theJarNamesItsMainClassAndNeedsNothingElse() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertEquals(
          FtpDoctor.class.getName(), file.getManifest().getMainAttributes().getValue("Main-Class"));
      assertFalse(
          file.getManifest()
              .getMainAttributes()
              .containsKey(new java.util.jar.Attributes.Name("Class-Path")),
          "no run-time dependencies");
    }
  }

  @Test
  void explain421() throws Exception {
    Run run = javaJar("explain", "421");
    assertEquals(ExitCode.OK, run.status(), run.err());
    assertTrue(run.out().contains(FtpReply.SERVICE_NOT_AVAILABLE.message()), run.out());
    assertEquals("", run.err());
  }

  @Test
  void explainANonNumber() throws Exception {
    Run run = javaJar("explain", "abc");
    assertEquals(ExitCode.USAGE, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("'abc'"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void explainAnUnknownNumber() throws Exception {
    assertEquals(ExitCode.NOT_FOUND, javaJar("explain", "12345").status());
  }

  @Test
  void docsFromTheJar() throws Exception {
    Path out = work.resolve("ftp.html");
    Run run = javaJar("docs", "--format", "html", "--out", out.toString());
    assertEquals(ExitCode.OK, run.status(), run.err());
    assertTrue(Files.readString(out).contains("id=\"421\""));
  }

  @Test
  void noArguments() throws Exception {
    Run run = javaJar();
    assertEquals(ExitCode.USAGE, run.status());
    assertTrue(run.err().startsWith("Usage: ftp-doctor"), run.err());
  }

  @Test
  void theJarBundlesItsDependenciesWithoutSignatures() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      for (String entry :
          List.of(
              "picocli/CommandLine.class",
              "org/apache/ftpserver/FtpServerFactory.class",
              "org/apache/mina/core/IoUtil.class",
              "org/slf4j/LoggerFactory.class",
              "org/slf4j/impl/StaticLoggerBinder.class",
              "META-INF/LICENSE",
              "META-INF/NOTICE")) {
        assertNotNull(file.getJarEntry(entry), entry + " in the jar");
      }
      List<String> unwanted =
          file.stream()
              .map(JarEntry::getName)
              .filter(
                  name ->
                      name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")
                          || name.endsWith("module-info.class"))
              .toList();
      assertEquals(List.of(), unwanted);
    }
  }

  @Test
  void probeEmbeddedIsTheMainJobAndRunsInSeconds() throws Exception {
    long started = System.nanoTime();
    Run run = javaJar("probe", "--embedded");
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(ExitCode.OK, run.status(), run.out() + run.err());
    assertEquals("", run.err(), "nothing on standard error: FtpServer's logging is silenced");
    assertTrue(run.out().contains("-> PASS ****"), run.out());
    assertTrue(run.out().contains("\nResult: OK"), run.out());
    assertTrue(run.out().contains("Stopped the embedded server"), run.out());
    assertTrue(millis < 30_000, "took " + millis + " ms");
  }

  @Test
  void explainLogReadsStandardInput() throws Exception {
    Path transcript =
        Files.writeString(
            work.resolve("session.log"),
            "Response: 220 Ready\nCommand: USER bob\nResponse: 331 Password\nCommand: PASS x1y2z3\n"
                + "Response: 530 Login incorrect\n");
    Run run = javaJar(transcript.toFile(), "explain-log", "-");
    assertEquals(ExitCode.PROBLEM_FOUND, run.status(), run.err());
    assertTrue(run.out().contains("530 NOT_LOGGED_IN"), run.out());
    assertFalse(run.out().contains("x1y2z3"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"explain", "explain-log", "probe", "docs"})
  void everyCommandHasHelp(String command) throws Exception {
    Run run = javaJar(command, "--help");
    assertEquals(ExitCode.OK, run.status(), run.err());
    assertTrue(
        run.out().startsWith(FtpDoctor.usage(command).lines().findFirst().orElseThrow()),
        run.out());
    assertTrue(run.out().contains("Exit status:"), run.out());
  }

  /** What a run of the jar printed and returned. */
  record Run(int status, String out, String err) {}

  private Run javaJar(String... args) throws IOException, InterruptedException {
    return javaJar(nullFile(), args);
  }

  private Run javaJar(java.io.File input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The assertions are on English texts; ftp-doctor's --lang defaults to the JVM's locale.
    command.add("-Duser.language=en");
    command.add("-Duser.country=US");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(work, "stdout", ".txt");
    Path stderr = Files.createTempFile(work, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(input))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 60 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
