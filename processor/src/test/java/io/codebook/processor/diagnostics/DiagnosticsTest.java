package io.codebook.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.testing.TestCompiler.compile;
import static io.codebook.processor.testing.TestCompiler.compileSpec;
import static io.codebook.processor.testing.TestCompiler.packageInfo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic in {@link Message}: each asserts the id, the text, the {@code
 * spec:line:column} it names, and that javac shows it on the annotated package.
 */
class DiagnosticsTest {
  /** A valid spec to start from; tests change one thing. Line numbers below refer to it. */
  private static final String HEADER = "codebook: 1\nname: Demo\n";

  private static String spec(String codes) {
    return HEADER + "codes:\n" + codes;
  }

  private static final String GOOD_CODE =
      "  - code: 200\n    name: OKAY\n    message: Okay.\n    outcome: success\n";

  /**
   * Asserts exactly one error: the full message line, reported on the @Codebook of package-info
   * line 1.
   */
  private static void assertSingleError(Compilation compilation, String expected) {
    assertSingleError(compilation, expected, 1);
  }

  /** Asserts exactly one error, holding {@code expected}, on line {@code line} of package-info. */
  private static void assertSingleError(Compilation compilation, String expected, int line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(expected)
        .inFile(onlySource(compilation))
        .onLine(line);
  }

  private static JavaFileObject onlySource(Compilation compilation) {
    return compilation.sourceFiles().get(0);
  }

  @Test
  void yamlSyntax() {
    assertSingleError(
        compileSpec(HEADER + "codes: [\n  {code: 200\n"), "[codebook:yaml-syntax] spec.yaml:");
    // A quote left open is reported where it opens, not at the end of the file.
    Compilation compilation = compileSpec("codebook: 1\nname: \"unterminated\n");
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:yaml-syntax] spec.yaml:2:7: the spec is not valid YAML: found unexpected end of"
                + " stream (while scanning a quoted scalar, noticed at 3:1); the quoted text has no"
                + " closing quote");
  }

  @Test
  void yamlSyntaxPointsAtAKeyWithoutItsSpace() {
    // SnakeYAML notices the missing space after "name:" only on the next line.
    assertSingleError(
        compileSpec("codebook: 1\nname:Errs\ntitle: T\n"),
        "[codebook:yaml-syntax] spec.yaml:2:1: the spec is not valid YAML: could not find expected"
            + " ':' (while scanning a simple key, noticed at 3:1); write each field as 'key: value',"
            + " with a space after the colon");
  }

  @Test
  void yamlSyntaxSaysToQuoteATextWithAColon() {
    assertSingleError(
        compileSpec(HEADER + "codes:\n  - code: 200\n    name: OKAY\n    message: Error: bad\n"),
        "[codebook:yaml-syntax] spec.yaml:6:19: the spec is not valid YAML: mapping values are not"
            + " allowed here; a text that holds ': ' must be quoted, as in message: \"Error: disk"
            + " full\"");
  }

  @Test
  void yamlSyntaxSaysToCheckTheIndentation() {
    assertSingleError(
        compileSpec(HEADER + "codes:\n    - code: 200\n  - code: 201\n"),
        "the spec is not valid YAML: expected <block end>, but found '<block sequence start>'"
            + " (while parsing a block mapping that starts at 1:1); check the indentation: the"
            + " fields of one entry, and the items of one list, start in the same column");
  }

  @Test
  void specNotFoundListsEveryPlaceTried() {
    Compilation compilation = compile(Map.of(), packageInfo("nowhere/missing.yaml"));
    assertSingleError(
        compilation,
        "[codebook:spec-not-found] cannot find spec 'nowhere/missing.yaml'; looked in: the class path; "
            + "the source path; no -Acodebook.specPath directories (none given)");
  }

  @Test
  void specNotFoundSuggestsTheNearMissAndWhereItIs() {
    assertSuggests(
        "shop/shop-errors.yaml",
        "shop/shop-error.yaml",
        "[codebook:spec-not-found] cannot find spec 'shop/shop-error.yaml'; looked in: the class path; "
            + "the source path; no -Acodebook.specPath directories (none given); ");
  }

  @Test
  void specNotFoundSuggestsThePathThatDiffersOnlyInCase() {
    assertSuggests("com/acme/status.yaml", "COM/Acme/status.yaml", "; ");
  }

  /**
   * Asks for {@code asked} with only {@code existing} on the class path: the one error ends, after
   * {@code before}, by suggesting {@code existing} and the directory that holds it.
   */
  private static void assertSuggests(String existing, String asked, String before) {
    java.nio.file.Path directory =
        io.codebook.processor.testing.TestCompiler.specDirectory(Map.of(existing, spec(GOOD_CODE)));
    Compilation compilation =
        io.codebook.processor.testing.TestCompiler.javac(java.util.List.of(directory.toFile()))
            .compile(packageInfo(asked));
    assertSingleError(
        compilation, before + "did you mean '" + existing + "' (in " + directory + ")?");
  }

  @Test
  void specNotFoundSaysWhereItsDirectoryIs() {
    java.nio.file.Path directory =
        io.codebook.processor.testing.TestCompiler.specDirectory(
            Map.of("shop/other.yaml", spec(GOOD_CODE)));
    Compilation compilation =
        compile(Map.of(), packageInfo("shop/missing.yaml"), "-Acodebook.specPath=" + directory);
    assertThat(compilation)
        .hadErrorContaining("; shop/ exists in " + directory + ", but holds no such file");
  }

  @Test
  void specPathOptionIsSearchedAndListed() {
    java.nio.file.Path directory =
        io.codebook.processor.testing.TestCompiler.specDirectory(
            Map.of("other.yaml", spec(GOOD_CODE)));
    Compilation missing =
        compile(Map.of(), packageInfo("missing.yaml"), "-Acodebook.specPath=" + directory);
    assertThat(missing).hadErrorContaining("-Acodebook.specPath directory " + directory);
    Compilation found =
        compile(Map.of(), packageInfo("other.yaml"), "-Acodebook.specPath=" + directory);
    assertThat(found).succeeded();
    assertThat(found).generatedSourceFile("test.Demo");
  }

  @Test
  void specThatIsNotUtf8() {
    Compilation compilation = compile(Map.of("latin1.yaml", "\u0000"), packageInfo("latin1.yaml"));
    // A NUL decodes as UTF-8 but is not allowed in YAML; the byte-level case follows.
    assertThat(compilation).hadErrorContaining("[codebook:yaml-syntax] latin1.yaml:1:1");
    java.nio.file.Path directory =
        io.codebook.processor.testing.TestCompiler.specDirectory(Map.of());
    try {
      // As an editor set to ISO-8859-1 saves "é" after a line that is UTF-8 already: the
      // column counts the two-byte "ü" as one.
      byte[] before = "codebook: 1\nname: Demo\ntitle: S\u00fcd ".getBytes(UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(before, before.length + 2);
      bytes[before.length] = (byte) 0xE9;
      bytes[before.length + 1] = '\n';
      java.nio.file.Files.write(directory.resolve("bad.yaml"), bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Compilation bad =
        io.codebook.processor.testing.TestCompiler.javac(List.of(directory.toFile()))
            .compile(packageInfo("bad.yaml"));
    assertSingleError(
        bad,
        "[codebook:spec-unreadable] bad.yaml:3:12: cannot read spec 'bad.yaml': byte 0xE9 ('\u00e9'"
            + " in ISO-8859-1) is not UTF-8; save the file as UTF-8 (found in the class path, file:");
  }

  @Test
  void aCodeRepeatedByAYamlAliasSaysSo() {
    // The alias is the anchored node itself: both copies have the anchor's position.
    Compilation compilation =
        compileSpec(
            HEADER
                + "codes:\n"
                + "  - &okay {code: 200, name: OKAY, message: Okay., outcome: success}\n"
                + "  - *okay\n");
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:duplicate-code] spec.yaml:4:18: code 200 is declared twice; the first is at"
                + " 4:18, the same entry, repeated by a YAML alias (*)");
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:duplicate-name] spec.yaml:4:29: name OKAY is used twice; the first is at"
                + " 4:29, the same entry, repeated by a YAML alias (*)");
  }

  @Test
  void theSameSpecTwiceOnOnePackage() {
    Compilation compilation =
        compile(Map.of("spec.yaml", spec(GOOD_CODE)), packageInfo("spec.yaml", "spec.yaml"));
    // Repeated, the annotations sit in a container javac cannot point into: the package line.
    assertSingleError(
        compilation,
        "[codebook:duplicate-spec] spec 'spec.yaml' is annotated twice on package test; one"
            + " @Codebook generates its types, so remove the other",
        3);
  }

  @Test
  void invalidSpecPath() {
    assertSingleError(
        compile(Map.of(), packageInfo("../escape.yaml")),
        "[codebook:invalid-spec-path] spec path '../escape.yaml' is not usable: it must be a plain resource path");
    assertSingleError(
        compile(Map.of(), packageInfo("")),
        "[codebook:invalid-spec-path] spec path '' is not usable: it is empty");
  }

  @Test
  void unsupportedVersion() {
    assertSingleError(
        compileSpec("codebook: 2\nname: Demo\ncodes: []\n"),
        "[codebook:unsupported-version] spec.yaml:1:11: unsupported spec format 'codebook: 2'; this processor reads format 1");
  }

  @Test
  void missingField() {
    assertSingleError(
        compileSpec(spec("  - code: 200\n    name: OKAY\n    outcome: success\n")),
        "[codebook:missing-field] spec.yaml:4:5: the code entry at 4:5 is missing the required field 'message'");
    assertSingleError(
        compileSpec("codebook: 1\ncodes:\n" + GOOD_CODE),
        "[codebook:missing-field] spec.yaml:1:1: the spec is missing the required field 'name'");
  }

  @Test
  void unknownFieldSuggestsTheNearestName() {
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    mesage: typo\n")),
        "[codebook:unknown-field] spec.yaml:8:5: unknown field 'mesage' in the code entry at 4:5; did you mean 'message'?");
    assertSingleError(
        compileSpec(spec(GOOD_CODE) + "colour: blue\n"),
        "[codebook:unknown-field] spec.yaml:8:1: unknown field 'colour' in the spec");
  }

  @Test
  void duplicateField() {
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    message: Again.\n")),
        "[codebook:duplicate-field] spec.yaml:8:5: field 'message' appears twice in the code entry at 4:5; the first is at 6:5");
  }

  @Test
  void wrongType() {
    assertSingleError(
        compileSpec(
            spec("  - code: abc\n    name: OKAY\n    message: Okay.\n    outcome: success\n")),
        "[codebook:wrong-type] spec.yaml:4:11: 'code' must be an integer, but is the text 'abc'");
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    variants: just one\n")),
        "[codebook:wrong-type] spec.yaml:8:15: 'variants' must be a list of texts, but is the text 'just one'");
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    standard: maybe\n")),
        "[codebook:wrong-type] spec.yaml:8:15: 'standard' must be true or false, but is the text 'maybe'");
  }

  @Test
  void invalidOutcomeSuggestsTheNearestWord() {
    assertSingleError(
        compileSpec(
            spec("  - code: 400\n    name: BUSY\n    message: Busy.\n    outcome: transeint\n")),
        "[codebook:invalid-outcome] spec.yaml:7:14: outcome 'transeint' is not one of success, pending, transient, permanent; did you mean 'transient'?");
  }

  @Test
  void invalidRange() {
    assertSingleError(
        compileSpec(
            HEADER
                + "series:\n  - name: BAD\n    range: 500-400\n    title: Bad\n    outcome: permanent\ncodes:\n"
                + GOOD_CODE),
        "[codebook:invalid-range] spec.yaml:5:12: series range '500-400' must look like 'first-last', with first <= last");
    // Negative bounds are fine, but still in order: -1 is above -5.
    assertSingleError(
        compileSpec(
            HEADER
                + "series:\n  - name: BAD\n    range: \"-1--5\"\n    title: Bad\n    outcome: permanent\ncodes:\n"
                + GOOD_CODE),
        "[codebook:invalid-range] spec.yaml:5:12: series range '-1--5' must look like 'first-last', with first <= last");
  }

  @Test
  void codeOutOfRange() {
    assertSingleError(
        compileSpec(
            spec(
                "  - code: -2147483649\n    name: TOO_LOW\n    message: No.\n    outcome: permanent\n")),
        "[codebook:code-out-of-range] spec.yaml:4:11: code -2147483649 is out of range: codes are Java ints (-2147483648 to 2147483647)");
    assertSingleError(
        compileSpec(
            spec(
                "  - code: 2147483648\n    name: HUGE\n    message: No.\n    outcome: permanent\n")),
        "[codebook:code-out-of-range] spec.yaml:4:11: code 2147483648 is out of range");
  }

  @Test
  void invalidCodeType() {
    assertSingleError(
        compileSpec(HEADER + "codeType: float\ncodes:\n" + GOOD_CODE),
        "[codebook:invalid-code-type] spec.yaml:3:11: codeType 'float' is not one of int, string");
  }

  @Test
  void codeTypeMismatch() {
    String series =
        "series:\n  - name: LOW\n    range: 100-199\n    prefix: \"1\"\n    title: Low\n";
    String stringCode = "  - code: \"100\"\n    name: OKAY\n    message: Okay.\n";
    assertSingleError(
        compileSpec(HEADER + "codeType: string\n" + series + "codes:\n" + stringCode),
        "[codebook:code-type-mismatch] spec.yaml:6:12: 'range' cannot be used with codeType string: a series of string codes has a 'prefix'");
    assertSingleError(
        compileSpec(HEADER + series + "codes:\n" + GOOD_CODE),
        "[codebook:code-type-mismatch] spec.yaml:6:13: 'prefix' cannot be used with codeType int: a series of int codes has a 'range'");
    assertSingleError(
        compileSpec(
            HEADER
                + "codeType: string\ngroups:\n  - name: ANY\n    pattern: xyz\n    title: Any\ncodes:\n"
                + stringCode),
        "[codebook:code-type-mismatch] spec.yaml:5:5: 'groups' cannot be used with codeType string: digit patterns match int codes only");
  }

  @Test
  void invalidStringCode() {
    assertSingleError(
        compileSpec(
            HEADER
                + "codeType: string\ncodes:\n  - code: \"42 01\"\n    name: BAD\n    message: Bad.\n"),
        "[codebook:invalid-string-code] spec.yaml:5:11: '42 01' is not a usable string code: use 1 to 32 ASCII letters, digits");
  }

  @Test
  void stringCodesAreUniqueAndPrefixesDisjoint() {
    String code = "  - code: \"42P01\"\n    name: A\n    message: A.\n";
    assertSingleError(
        compileSpec(
            HEADER + "codeType: string\ncodes:\n" + code + code.replace("name: A", "name: B")),
        "[codebook:duplicate-code] spec.yaml:8:11: code 42P01 is declared twice; the first is at 5:11");
    String series =
        "series:\n  - name: CLASS_4\n    prefix: \"4\"\n    title: Four\n  - name: CLASS_42\n    prefix: \"42\"\n    title: Forty-two\n";
    assertSingleError(
        compileSpec(HEADER + "codeType: string\n" + series + "codes:\n" + code),
        "[codebook:series-overlap] spec.yaml:9:13: series CLASS_42 (prefix 42) overlaps series CLASS_4 (prefix 4, at 5:5)");
  }

  @Test
  void duplicateCodeNamesTheFirst() {
    assertSingleError(
        compileSpec(
            spec(
                GOOD_CODE
                    + "  - code: 200\n    name: ALSO_OKAY\n    message: Also okay.\n    outcome: success\n")),
        "[codebook:duplicate-code] spec.yaml:8:11: code 200 is declared twice; the first is at 4:11");
  }

  /** A spec with one context, PWD, whose allows list is line 6, starting at column 13. */
  private static String withContext(String allows) {
    return HEADER
        + "contexts:\n  - name: PWD\n    title: Print directory\n    allows: "
        + allows
        + "\ncodes:\n"
        + GOOD_CODE;
  }

  @Test
  void unknownCodeInAContext() {
    assertSingleError(
        compileSpec(withContext("[200, 404]")),
        "[codebook:unknown-code] spec.yaml:6:19: context PWD allows code 404, which the spec does not declare");
  }

  @Test
  void duplicateAllowedCodeNamesTheFirst() {
    assertSingleError(
        compileSpec(withContext("[200, 200]")),
        "[codebook:duplicate-allowed-code] spec.yaml:6:19: context PWD allows code 200 twice; the first is at 6:14");
  }

  @Test
  void aContextThatAllowsNothing() {
    assertSingleError(
        compileSpec(withContext("[]")),
        "[codebook:wrong-type] spec.yaml:6:13: 'allows' must be a non-empty list of integers");
  }

  @Test
  void duplicateName() {
    assertSingleError(
        compileSpec(
            spec(
                GOOD_CODE
                    + "  - code: 201\n    name: OKAY\n    message: Okay too.\n    outcome: success\n")),
        "[codebook:duplicate-name] spec.yaml:9:11: name OKAY is used twice; the first is at 5:11");
  }

  @Test
  void namesWhoseHandlerMethodsDifferOnlyInCase() {
    assertSingleError(
        compileSpec(
            spec(
                "  - code: 1\n    name: A_1B\n    message: One.\n    outcome: success\n"
                    + "  - code: 2\n    name: A1B\n    message: Two.\n    outcome: success\n")),
        "[codebook:name-collision] spec.yaml:9:11: A1B collides with A_1B (at 5:11): their handler methods onA1b and onA1b are the same");
    assertSingleError(
        compileSpec(
            spec(
                "  - code: 1\n    name: WSAENOMORE\n    message: One.\n    outcome: success\n"
                    + "  - code: 2\n    name: WSA_E_NO_MORE\n    message: Two.\n    outcome: success\n")),
        "[codebook:name-collision] spec.yaml:9:11: WSA_E_NO_MORE collides with WSAENOMORE (at 5:11): their handler methods onWsaENoMore and onWsaenomore are the same when case is ignored");
  }

  @Test
  void aHandlerOverrideResolvesACollision() {
    Compilation compilation =
        compileSpec(
            spec(
                "  - code: 1\n    name: WSAENOMORE\n    message: One.\n    outcome: success\n"
                    + "  - code: 2\n    name: WSA_E_NO_MORE\n    message: Two.\n    outcome: success\n    handler: onNoMoreResults\n"));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.DemoHandler")
        .contentsAsUtf8String()
        .contains("default R onNoMoreResults(Demo code)");
  }

  @Test
  void invalidHandlerOverrides() {
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    handler: OnOkay\n")),
        "[codebook:invalid-name] spec.yaml:8:14: 'OnOkay' is not a valid handler method name: use a lowerCamelCase Java identifier");
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    handler: otherwise\n")),
        "[codebook:reserved-name] spec.yaml:8:14: 'otherwise' cannot be used as a handler method name: the handler already has a method of that name");
    assertSingleError(
        compileSpec(spec(GOOD_CODE + "    handler: on\n")),
        "[codebook:reserved-name] spec.yaml:8:14: 'on' cannot be used as a handler method name: the handler already has a method of that name");
  }

  @Test
  void invalidNames() {
    assertSingleError(
        compileSpec(
            spec("  - code: 1\n    name: service_ok\n    message: One.\n    outcome: success\n")),
        "[codebook:invalid-name] spec.yaml:5:11: 'service_ok' is not a valid constant name: use UPPER_SNAKE");
    assertSingleError(
        compileSpec("codebook: 1\nname: ftp-reply\ncodes:\n" + GOOD_CODE),
        "[codebook:invalid-name] spec.yaml:2:7: 'ftp-reply' is not a valid code set name: use UpperCamelCase");
  }

  @Test
  void reservedNames() {
    assertSingleError(
        compileSpec(
            spec("  - code: 1\n    name: class\n    message: One.\n    outcome: success\n")),
        "[codebook:reserved-name] spec.yaml:5:11: 'class' cannot be used as a constant name: it is a Java keyword");
    assertSingleError(
        compileSpec("codebook: 1\nname: Series\ncodes:\n" + GOOD_CODE),
        "[codebook:reserved-name] spec.yaml:2:7: 'Series' cannot be used as a code set name: generated code already uses the type name Series");
  }

  @Test
  void overlappingSeries() {
    String series =
        "series:\n  - name: LOW\n    range: 100-299\n    title: Low\n    outcome: success\n"
            + "  - name: HIGH\n    range: 200-399\n    title: High\n    outcome: permanent\n";
    assertSingleError(
        compileSpec(HEADER + series + "codes:\n" + GOOD_CODE),
        "[codebook:series-overlap] spec.yaml:9:12: series HIGH (200-399) overlaps series LOW (100-299, at 4:5)");
  }

  /** Series need not cover every code: a code outside them simply has no series. */
  @Test
  void codeOutsideEverySeriesIsAllowed() {
    String series =
        "series:\n  - name: LOW\n    range: 100-199\n    title: Low\n    outcome: success\n";
    assertThat(compileSpec(HEADER + series + "codes:\n" + GOOD_CODE)).succeededWithoutWarnings();
  }

  @Test
  void invalidGroupPattern() {
    assertSingleError(
        compileSpec(
            HEADER
                + "groups:\n  - name: BAD\n    pattern: x-z\n    title: Bad\ncodes:\n"
                + GOOD_CODE),
        "[codebook:invalid-group-pattern] spec.yaml:5:14: group pattern 'x-z' must be 1 to 10 characters");
  }

  @Test
  void overlappingGroupsNameACodeInBoth() {
    String groups =
        "groups:\n  - name: ANY\n    pattern: xyz\n    title: Any\n"
            + "  - name: SECOND_ZERO\n    pattern: x0z\n    title: Zero\n";
    assertSingleError(
        compileSpec(HEADER + groups + "codes:\n" + GOOD_CODE),
        "[codebook:group-overlap] spec.yaml:8:14: group SECOND_ZERO (x0z) overlaps group ANY (xyz, at 4:5): code 100 matches both");
  }

  @Test
  void codeOutsideEveryGroup() {
    String groups = "groups:\n  - name: CONNECTIONS\n    pattern: x2z\n    title: Connections\n";
    assertSingleError(
        compileSpec(HEADER + groups + "codes:\n" + GOOD_CODE),
        "[codebook:code-outside-group] spec.yaml:8:11: code 200 (OKAY) matches no group");
  }

  /** No outcome anywhere is allowed: the code's outcome is none. */
  @Test
  void codeWithoutAnyOutcomeIsAllowed() {
    assertThat(compileSpec(spec("  - code: 200\n    name: OKAY\n    message: Okay.\n")))
        .succeededWithoutWarnings();
  }

  @Test
  void invalidSetOutcome() {
    assertSingleError(
        compileSpec(HEADER + "outcome: sometimes\ncodes:\n" + GOOD_CODE),
        "[codebook:invalid-outcome] spec.yaml:3:10: outcome 'sometimes' is not one of success, pending, transient, permanent");
  }

  /** Past ten problems of one kind, they are folded into one message with a count and places. */
  @Test
  void manyProblemsOfOneKindAreFolded() {
    StringBuilder codes = new StringBuilder();
    for (int code = 1; code <= 500; code++) {
      codes
          .append("  - code: ")
          .append(code)
          .append("\n    name: C")
          .append(code)
          .append("\n    message: M.\n    outcome: sometimes\n");
    }
    assertSingleError(
        compileSpec(spec(codes.toString())),
        "[codebook:invalid-outcome] spec.yaml:7:14: outcome 'sometimes' is not one of success, pending, transient, permanent"
            + " (and 499 more like it, at 11:14, 15:14, 19:14, 23:14, 27:14, ...)");
  }

  @Test
  void tenProblemsOfOneKindAreEachShown() {
    StringBuilder codes = new StringBuilder();
    for (int code = 1; code <= 10; code++) {
      codes
          .append("  - code: ")
          .append(code)
          .append("\n    name: C")
          .append(code)
          .append("\n    message: M.\n    outcome: sometimes\n");
    }
    Compilation compilation = compileSpec(spec(codes.toString()));
    assertThat(compilation).hadErrorCount(10);
    assertThat(compilation)
        .hadErrorContaining("spec.yaml:43:14: outcome 'sometimes' is not one of");
  }

  @Test
  void emptyCodeSet() {
    assertSingleError(
        compileSpec(HEADER + "codes: []\n"),
        "[codebook:empty-code-set] spec.yaml:3:8: the spec declares no codes");
  }

  @Test
  void twoSpecsGeneratingOneType() {
    Compilation compilation =
        compile(
            Map.of("a.yaml", spec(GOOD_CODE), "b.yaml", spec(GOOD_CODE)),
            packageInfo("a.yaml", "b.yaml"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:duplicate-type] specs 'a.yaml' and 'b.yaml' both generate type Demo in package test")
        .inFile(onlySource(compilation))
        .onLineContaining("package test;");
  }

  /**
   * b.yaml's first type, Shop, is free, but its second, ShopCodes, is a.yaml's; b.yaml writes
   * nothing, so c.yaml's clash must name a.yaml, not b.yaml as the owner of Shop.
   */
  @Test
  void aSpecThatWritesNothingClaimsNoName() {
    String shopCodes = "codebook: 1\nname: ShopCodes\ncodes:\n" + GOOD_CODE;
    String shop = "codebook: 1\nname: Shop\ncodes:\n" + GOOD_CODE;
    Compilation compilation =
        compile(
            Map.of("a.yaml", shopCodes, "b.yaml", shop, "c.yaml", shop),
            packageInfo("a.yaml", "b.yaml", "c.yaml"));
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:duplicate-type] specs 'a.yaml' and 'b.yaml' both generate type ShopCodes");
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:duplicate-type] specs 'a.yaml' and 'c.yaml' both generate type ShopCodes");
  }

  /**
   * A hand-written type of the same name as a generated one: the compiler's Filer refuses to write
   * it.
   */
  @Test
  void outputTheCompilerRefusesToWrite() {
    JavaFileObject handWritten =
        JavaFileObjects.forSourceLines(
            "test.DemoCodes", "package test;", "final class DemoCodes {}");
    Compilation compilation =
        compile(
            Map.of("spec.yaml", spec(GOOD_CODE)), List.of(packageInfo("spec.yaml"), handWritten));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[codebook:output-failed] cannot write the output of 'spec.yaml': ")
        .inFile(compilation.sourceFiles().get(0))
        .onLine(1);
  }

  @Test
  void twoPackagesWritingOneDocument() {
    JavaFileObject other =
        JavaFileObjects.forSourceLines(
            "other.package-info",
            "@io.codebook.annotations.Codebook(spec = \"b.yaml\")",
            "package other;");
    Compilation compilation =
        io.codebook.processor.testing.TestCompiler.javac(
                List.of(
                    io.codebook.processor.testing.TestCompiler.specDirectory(
                            Map.of("a.yaml", spec(GOOD_CODE), "b.yaml", spec(GOOD_CODE)))
                        .toFile()))
            .compile(other, packageInfo("a.yaml"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:duplicate-document] specs 'b.yaml' and 'a.yaml' both write the reference document META-INF/codebook/Demo.md");
  }

  @Test
  void everyProblemOfASpecIsReportedInOneCompile() {
    String yaml =
        HEADER
            + "codes:\n"
            + "  - code: 4294967296\n    name: bad name\n    message: One.\n    outcome: nope\n"
            + "  - code: 300\n    name: OKAY\n    mesage: typo\n    outcome: success\n";
    Compilation compilation = compileSpec(yaml);
    List<String> ids =
        compilation.errors().stream()
            .map(d -> d.getMessage(null))
            .map(m -> m.substring(0, m.indexOf(']') + 1))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "[codebook:code-out-of-range]",
            "[codebook:invalid-name]",
            "[codebook:invalid-outcome]",
            "[codebook:missing-field]",
            "[codebook:unknown-field]"),
        ids.stream().sorted().toList());
    assertEquals(
        List.of(Diagnostic.Kind.ERROR), Stream.of(compilation.errors().get(0).getKind()).toList());
  }

  /**
   * A {@code package-info.java} whose {@code @Codebook} names spec.yaml and, on line 2 onwards, the
   * given {@code implement} classes, one per line, so that a message's line shows which class it is
   * about.
   */
  private static JavaFileObject implementing(String... classes) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("/** Test package. */ @io.codebook.annotations.Codebook(spec = \"spec.yaml\",");
    for (int i = 0; i < classes.length; i++) {
      lines.add(
          (i == 0 ? "    implement = {" : "        ")
              + classes[i]
              + ".class"
              + (i == classes.length - 1 ? "})" : ","));
    }
    lines.add("package test;");
    return JavaFileObjects.forSourceLines("test.package-info", lines);
  }

  private static Compilation compileImplementing(
      String yaml, JavaFileObject packageInfo, JavaFileObject... sources) {
    List<JavaFileObject> all = new java.util.ArrayList<>(List.of(packageInfo));
    all.addAll(List.of(sources));
    return compile(Map.of("spec.yaml", yaml), all);
  }

  @Test
  void implementNamesAClass() {
    Compilation compilation =
        compileImplementing(
            spec(GOOD_CODE), implementing("java.io.Serializable", "java.lang.String"));
    assertSingleError(
        compilation,
        "[codebook:not-an-interface] implement names java.lang.String, which is a class; "
            + "the generated types can implement only interfaces",
        3);
  }

  /**
   * Visibility is the compiler's to check: the class literal stands where the types are generated,
   * so the literal's access error is the one the generated code would have, and the only error.
   */
  @Test
  void anInterfaceTheGeneratedPackageCannotSeeIsTheCompilersError() {
    JavaFileObject hidden =
        JavaFileObjects.forSourceLines(
            "other.Holder",
            "package other;",
            "public class Holder {",
            "  protected interface Hook { int code(); }",
            "}");
    Compilation compilation =
        compileImplementing(spec(GOOD_CODE), implementing("other.Holder.Hook"), hidden);
    assertSingleError(compilation, "other.Holder.Hook has protected access in other.Holder", 2);
  }

  @Test
  void implementNamesAGenericInterface() {
    Compilation compilation =
        compileImplementing(spec(GOOD_CODE), implementing("java.util.function.Supplier"));
    assertSingleError(
        compilation,
        "[codebook:generic-interface] implement names java.util.function.Supplier, which has "
            + "type parameters <T>; the generated types implement only interfaces without "
            + "type parameters",
        2);
  }

  /**
   * An interface compiled in the same run: one method the set lacks, one whose return type does not
   * fit, and a nested {@code Series} whose method the generated series lacks. Each is named, with
   * what the generated type offers.
   */
  @Test
  void implementNamesAnInterfaceWhoseMethodsTheSetLacks() {
    JavaFileObject numbered =
        JavaFileObjects.forSourceLines(
            "test.Numbered",
            "package test;",
            "public interface Numbered {",
            "  int code();",
            "  long number();",
            "  Integer message();",
            "  interface Series { int first(); String range(); }",
            "}");
    String yaml =
        HEADER
            + "series:\n  - name: POSITIVE\n    range: 200-299\n    title: Positive\n"
            + "codes:\n"
            + GOOD_CODE;
    Compilation compilation =
        compileImplementing(yaml, implementing("java.io.Serializable", "test.Numbered"), numbered);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:unimplemented-method] Demo cannot implement test.Numbered: it has no public "
                + "method long number() (same name and parameters, a return type assignable to "
                + "long); Demo offers: int code(), String message(), String description(), ")
        .inFile(onlySource(compilation))
        .onLine(3);
    assertThat(compilation)
        .hadErrorContaining(
            "it has no public method Integer message() (same name and parameters, a return type "
                + "assignable to Integer)")
        .inFile(onlySource(compilation))
        .onLine(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:unimplemented-method] Demo.Series cannot implement test.Numbered.Series: it "
                + "has no public method String range() (same name and parameters, a return type "
                + "assignable to String); Demo.Series offers: int first(), int last(), ")
        .inFile(onlySource(compilation))
        .onLine(3);
    assertThat(compilation).hadErrorContaining("boolean isSuccess(), ");
    assertThat(compilation).hadErrorContaining(", String name(), int ordinal(), ");
  }

  /**
   * An interface's instance method with the signature of one of the generated type's static methods
   * cannot be inherited, default or abstract: the public {@code lookup}, the compiler's {@code
   * valueOf} of every enum, and {@code find}, the finder a small enum's index declares in the enum.
   */
  @Test
  void implementNamesAnInterfaceWhoseMethodsAStaticMethodOfTheSetWouldHide() {
    JavaFileObject finder =
        JavaFileObjects.forSourceLines(
            "test.Finder",
            "package test;",
            "public interface Finder {",
            "  default Object find(int code) { return null; }",
            "  default Object valueOf(String name) { return null; }",
            "  java.util.Optional<?> lookup(int code);",
            "  default String describe() { return \"fine\"; }",
            "}");
    Compilation compilation =
        compileImplementing(spec(GOOD_CODE), implementing("test.Finder"), finder);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:hidden-by-static] Demo cannot implement test.Finder: its method Object"
                + " find(int) has the signature of Demo's static method Demo find(int), which"
                + " Java does not let an instance method share; rename the interface's method")
        .inFile(onlySource(compilation))
        .onLine(2);
    assertThat(compilation)
        .hadErrorContaining(
            "its method Object valueOf(String) has the signature of Demo's static method Demo"
                + " valueOf(String)")
        .inFile(onlySource(compilation))
        .onLine(2);
    assertThat(compilation)
        .hadErrorContaining(
            "its method Optional<?> lookup(int) has the signature of Demo's static method"
                + " Optional<Demo> lookup(int)")
        .inFile(onlySource(compilation))
        .onLine(2);
  }

  /**
   * A nested interface for a type the set does not generate is not used, so its methods need no
   * counterpart; and an interface compiled in the same run is implemented.
   */
  @Test
  void aNestedInterfaceForATypeTheSetLacksIsIgnored() {
    JavaFileObject coded =
        JavaFileObjects.forSourceLines(
            "test.Coded",
            "package test;",
            "public interface Coded {",
            "  int code();",
            "  Enum<?> outcome();",
            "  interface Series { String range(); }",
            "}");
    Compilation compilation =
        compileImplementing(spec(GOOD_CODE), implementing("test.Coded"), coded);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Demo")
        .contentsAsUtf8String()
        .contains("public enum Demo implements Coded {");
  }

  /** A valid spec with one translation, German; its overlay is spec.de.yaml. */
  private static final String TRANSLATED = HEADER + "translations: [de]\ncodes:\n" + GOOD_CODE;

  private static final String OVERLAY_HEADER = "codebook: 1\nlanguage: de\n";

  private static Compilation compileTranslated(String overlay, String... options) {
    return compile(
        Map.of("spec.yaml", TRANSLATED, "spec.de.yaml", overlay),
        packageInfo("spec.yaml"),
        options);
  }

  @Test
  void translationNotFoundListsEveryPlaceTried() {
    Compilation compilation = compile(Map.of("spec.yaml", TRANSLATED), packageInfo("spec.yaml"));
    assertSingleError(
        compilation,
        "[codebook:translation-not-found] spec.yaml:3:16: cannot find translation 'spec.de.yaml' of"
            + " spec 'spec.yaml'; looked in: the class path; the source path; no"
            + " -Acodebook.specPath directories (none given)");
  }

  @Test
  void invalidLanguageTag() {
    assertSingleError(
        compileSpec(HEADER + "translations: [de, pt_BR]\ncodes:\n" + GOOD_CODE),
        "[codebook:invalid-language-tag] spec.yaml:3:20: 'pt_BR' is not a usable language tag:"
            + " write a lower-case language and, optionally, '-' and an upper-case region, such as"
            + " de, pt-BR or zh-CN");
  }

  @Test
  void duplicateLanguage() {
    assertSingleError(
        compileSpec(HEADER + "translations: [de, de]\ncodes:\n" + GOOD_CODE),
        "[codebook:duplicate-translation] spec.yaml:3:20: language de in translations appears"
            + " twice; the first is at 3:16");
  }

  @Test
  void duplicateTranslatedCode() {
    String entry = "  - code: 200\n    message: Gut.\n";
    assertSingleError(
        compileTranslated(OVERLAY_HEADER + "codes:\n" + entry + entry),
        "[codebook:duplicate-translation] spec.de.yaml:6:11: code 200 appears twice; the first is"
            + " at 4:11");
  }

  @Test
  void languageDifferentFromTheFileName() {
    assertSingleError(
        compileTranslated("codebook: 1\nlanguage: fr\ncodes:\n  - code: 200\n    message: Bon.\n"),
        "[codebook:language-mismatch] spec.de.yaml:2:11: language 'fr' differs from the tag 'de'"
            + " in the file name 'spec.de.yaml'");
  }

  @Test
  void unknownTranslatedCodeAndSeries() {
    Compilation compilation =
        compileTranslated(
            OVERLAY_HEADER
                + "series:\n  - name: NOPE\n    title: Nein\n"
                + "codes:\n  - code: 201\n    message: Gut.\n");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:unknown-translated] spec.de.yaml:4:11: series NOPE is not in spec"
                + " 'spec.yaml'; a translation can only translate what the spec declares")
        .inFile(onlySource(compilation))
        .onLine(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:unknown-translated] spec.de.yaml:7:11: code 201 is not in spec"
                + " 'spec.yaml'; a translation can only translate what the spec declares");
  }

  @Test
  void untranslatableField() {
    assertSingleError(
        compileTranslated(
            OVERLAY_HEADER + "codes:\n  - code: 200\n    message: Gut.\n    variants: [Gut]\n"),
        "[codebook:untranslatable-field] spec.de.yaml:6:5: 'variants' in the code entry at 4:5"
            + " cannot be translated; a translation entry may only give code, description,"
            + " message, solutions");
  }

  @Test
  void unknownFieldInATranslation() {
    assertSingleError(
        compileTranslated(OVERLAY_HEADER + "codes:\n  - code: 200\n    mesage: Gut.\n"),
        "[codebook:unknown-field] spec.de.yaml:5:5: unknown field 'mesage' in the code entry at"
            + " 4:5");
  }

  @Test
  void incompleteTranslationWarnsByDefault() {
    Compilation compilation = compileTranslated(OVERLAY_HEADER + "title: Demo auf Deutsch\n");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[codebook:incomplete-translation] spec.de.yaml:1:1: translation de lacks a message"
                + " for 1 of 1 codes: 200")
        .inFile(onlySource(compilation))
        .onLine(1);
  }

  @Test
  void incompleteTranslationIsAnErrorWhenAskedFor() {
    assertSingleError(
        compileTranslated(OVERLAY_HEADER + "codes: []\n", "-Acodebook.translations=error"),
        "[codebook:incomplete-translation] spec.de.yaml:1:1: translation de lacks a message for 1"
            + " of 1 codes: 200");
    assertThat(compileTranslated(OVERLAY_HEADER, "-Acodebook.translations=ignore"))
        .succeededWithoutWarnings();
  }

  @Test
  void invalidOptionNamesTheAllowedValues() {
    Compilation compilation = compileSpec(spec(GOOD_CODE), "-Acodebook.translations=strict");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[codebook:invalid-option] -Acodebook.translations=strict is not one of warn, error,"
                + " ignore");
  }
}
