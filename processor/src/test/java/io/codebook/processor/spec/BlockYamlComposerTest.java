package io.codebook.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.scale.LargeSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block reader composes exactly SnakeYAML's tree wherever it does not decline. The expectation
 * is always SnakeYAML's own tree for the same text, so nothing here restates the reader's output.
 */
class BlockYamlComposerTest {
  /** The repository root: Maven runs a module's tests in the module's directory. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void composesEverySpecInTheRepositoryAsSnakeYamlDoes() throws IOException {
    List<Path> specs = repositoryYaml();
    assertTrue(specs.size() >= 30, () -> "too few specs found under " + ROOT + ": " + specs);
    for (Path spec : specs) {
      String text = Files.readString(spec, StandardCharsets.UTF_8);
      assertSameOrDeclined(text, spec.toString());
      assertSameOrDeclined(windowsLineEnds(text), spec + " with Windows line ends");
    }
  }

  /** The shipped specs and the registries are what users' builds read: the fast path must hold. */
  @Test
  void takesTheShippedSpecsTheirTranslationsAndTheRegistries() throws IOException {
    for (Path spec : repositoryYaml()) {
      String path = ROOT.relativize(spec).toString().replace('\\', '/');
      if (path.startsWith("codes-spec/") || path.contains("/registries/")) {
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        assertTrue(YamlTrees.blockReader(text).isPresent(), () -> "declined " + path);
        // A checkout on Windows has these line ends (Git's core.autocrlf).
        assertTrue(
            YamlTrees.blockReader(windowsLineEnds(text)).isPresent(),
            () -> "declined with Windows line ends: " + path);
      }
    }
  }

  /** The benchmarks and scale tests write a code a line as flow mappings. */
  @Test
  void takesGeneratedSpecsWithACodeALine() {
    String text = LargeSpecs.spec("Big", 300);
    assertTrue(YamlTrees.blockReader(text).isPresent());
    assertSameOrDeclined(text, "generated");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 1.5\nf: .inf\ng: ~\nh: null\ni: True\nj: yes\nk: ${X}\n",
        "key: value, with colon:inside # and a comment\n# a comment line\n  # indented comment\nnext: x\n",
        "list:\n- a\n- b\nafter: 1\n",
        "list:\n  - a\n  -   b   # spaced\n  - name: x\n    message: y\n  - code: 1\n",
        "nested:\n    deep:\n       deeper: v\n    back: w\n",
        "t: \"esc \\\\ \\\" \\/ \\n \\t \\0 \\a \\b \\e \\f \\r \\v \\  \\N \\_ \\x41 \\u00e9\" # c\n",
        "s: 'it''s'\nu: 'a \"b\" # not a comment'\n",
        "f: >-\n  folded\n  text\n\n  second paragraph\n\n\n  third\nl: |\n  literal\n    indented\n\n  end\n",
        "f: >\n  clipped\n\n\nnext: 1\n",
        "seq:\n  - >-\n    in a list\n    folded\n  - |-\n    literal\n",
        "flow: [a, 'b', \"c\", 1, true, ~]\nmap: {k: v, n: 1, l: [x, y], m: {z: 'q'}}\nempty: []\nnone: {}\n",
        "codes:\n  - {code: 1, name: A, message: 'it''s', aliases: [{name: B, message: \"\\u00e9\"}]}\n",
        "200: numeric key\ntrue: boolean key\nnull: null key\nx.y-z_1: key chars\n",
        "unicode: Grüße € 中文\n",
        "a: value\n\n\n",
        "a: b\nc: d",
        "a: b\r\nl: |\r\n  one\r\n\r\n  two\r\nf: >-\r\n  x\r\n  y\r\n",
      })
  void composesWhatItTakesAsSnakeYamlDoes(String text) {
    assertTrue(YamlTrees.blockReader(text).isPresent(), "declined");
    assertSameOrDeclined(text, "example");
  }

  /**
   * What the reader leaves to SnakeYAML: rare forms, and every error, whose message is SnakeYAML's.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a:\tb\n",
        "a: b\rc: d\n",
        "\uFEFFa: b\n",
        "a: \uD83D\uDE00\n",
        "---\na: b\n",
        "%YAML 1.2\n---\na: b\n",
        "a: &x b\nc: *x\n",
        "a: !!str 1\n",
        "a: plain\n  continued\n",
        "a: \"quoted\n  continued\"\n",
        "a: |+\n  kept\n\n",
        "a: |2\n    indented\n",
        "a:\nb: c\n",
        "- a\n- b\n",
        "just a scalar\n",
        "",
        "# only a comment\n",
        "a: b: c\n",
        "a: [1, 2,]\n",
        "a: [1,\n  2]\n",
        "a: \"bad \\q escape\"\n",
        "a: b\n  c: d\n",
        "? complex\n: key\n",
        "\"quoted key\": v\n",
        "a: 1\na: 2\n  - x\n",
        "a: - b\n",
        "a: |\n\n  leading blank\n",
        "a: >\n  more\n    indented\n",
        "a: {b: }\n",
        "a: [b: c]\n",
        // A flow collection opened at the end of the text, with no line end after it.
        "code: [",
        "code: {",
        "code: [a, [",
        "code: [\n",
        "code: {b: [",
      })
  void declinesTheRest(String text) {
    assertFalse(YamlTrees.blockReader(text).isPresent(), "taken");
  }

  /** Duplicate keys are the spec reader's to report, so both readers keep them. */
  @Test
  void keepsDuplicateKeysForTheSpecReaderToReport() {
    String text = "a: 1\na: 2\n";
    assertTrue(YamlTrees.blockReader(text).isPresent());
    assertSameOrDeclined(text, "duplicates");
  }

  private static String windowsLineEnds(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  static void assertSameOrDeclined(String text, String where) {
    Optional<String> fast = YamlTrees.blockReader(text);
    if (fast.isEmpty()) {
      return;
    }
    Optional<String> snake = YamlTrees.snakeYaml(text);
    assertTrue(snake.isPresent(), () -> where + ": taken, but SnakeYAML rejects it:\n" + text);
    assertEquals(snake.get(), fast.get(), () -> where + ": a different tree for:\n" + text);
  }

  private static List<Path> repositoryYaml() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
          .filter(BlockYamlComposerTest::isSource)
          .sorted()
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isSource(Path path) {
    for (Path part : ROOT.relativize(path)) {
      String name = part.toString();
      if (name.equals("target") || name.startsWith(".") || name.equals("node_modules")) {
        return false;
      }
    }
    return true;
  }
}
