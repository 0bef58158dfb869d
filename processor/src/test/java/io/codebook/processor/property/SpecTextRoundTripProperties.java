package io.codebook.processor.property;

import static io.codebook.processor.testing.SpecModel.orEmpty;
import static io.codebook.processor.testing.Texts.assertSameText;
import static io.codebook.processor.testing.Texts.assertSameTexts;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.HostileText;
import io.codebook.processor.testing.OutputChecks;
import io.codebook.processor.testing.SpecModel;
import io.codebook.processor.testing.SpecModel.AliasModel;
import io.codebook.processor.testing.SpecModel.CodeModel;
import io.codebook.processor.testing.SpecModel.GroupModel;
import io.codebook.processor.testing.SpecModel.SeriesModel;
import io.codebook.processor.testing.TestCompiler;
import io.codebook.processor.testing.Texts;
import io.codebook.processor.testing.YamlScalars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Spec text cannot inject anything into generated code or documents. For a random spec whose texts
 * are hostile (see {@link HostileText}), exactly one of two things happens:
 *
 * <ul>
 *   <li>the spec is invalid, and the compile fails with {@code [codebook:...]} errors only: no
 *       other javac error and no {@code internal-error}; or
 *   <li>the compile succeeds with {@code -Xlint:all -Xdoclint:all -Werror}, so without a warning;
 *       the generated sources are pure ASCII; every text comes back exactly at run time; and the
 *       HTML and Markdown documents are UTF-8 and hold no markup from spec text.
 * </ul>
 *
 * <p>Which of the two is expected is known, not guessed: a generated spec is valid unless the
 * generator deliberately breaks it in one of the ways of {@link Breakage}, and then the error it
 * causes must be among those reported.
 *
 * <p>Texts go into the YAML as double-quoted scalars, escaped (see {@link YamlScalars}). SnakeYAML
 * Engine carries every Java string that way, lone surrogates, U+FFFE and U+FFFF included, so no
 * text is filtered out. About half the tries write printable non-ASCII characters raw, as UTF-8,
 * instead, so that the processor's UTF-8 reading is exercised too. Characters that YAML cannot
 * carry <em>raw</em> (C0 and C1 controls other than tab, line feed, carriage return and U+0085;
 * U+FFFE; U+FFFF) are used on purpose, unescaped, by {@link Breakage#RAW_CONTROL_CHARACTER}, where
 * {@code [codebook:yaml-syntax]} is the expected outcome; bytes that are not UTF-8 (such as an
 * encoded lone surrogate) by {@link Breakage#INVALID_UTF8}, where it is {@code
 * [codebook:spec-unreadable]}.
 */
class SpecTextRoundTripProperties {
  private static final String[] OPTIONS = {"-Xlint:all", "-Xdoclint:all", "-Werror"};
  private static final String PACKAGE = "test";
  private static final String MARKER = "QQMARKERQQ";
  private static final List<byte[]> INVALID_UTF8 =
      List.of(
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800 encoded: not UTF-8
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xC0, (byte) 0x80}, // an overlong NUL
          new byte[] {(byte) 0xE6, (byte) 0xBC}); // a truncated sequence

  /** Ways to make a spec invalid, each with the diagnostic id it must cause. */
  enum Breakage {
    NONE(null),
    HOSTILE_CODE_NAME("invalid-name"),
    HOSTILE_SET_NAME("invalid-name"),
    HOSTILE_OUTCOME("invalid-outcome"),
    HOSTILE_HANDLER("invalid-name"),
    HOSTILE_FIELD_NAME("unknown-field"),
    HOSTILE_RANGE("invalid-range"),
    HOSTILE_GROUP_PATTERN("invalid-group-pattern"),
    DUPLICATE_CODE("duplicate-code"),
    CODE_OUT_OF_RANGE("code-out-of-range"),
    MISSING_MESSAGE("missing-field"),
    LIST_AS_MESSAGE("wrong-type"),
    NULL_MESSAGE("wrong-type"),
    RAW_CONTROL_CHARACTER("yaml-syntax"),
    INVALID_UTF8("spec-unreadable");

    final String id;

    Breakage(String id) {
      this.id = id;
    }
  }

  /** A generated spec, how its non-ASCII text is written, and how (if at all) it is broken. */
  record Case(SpecModel spec, boolean rawNonAscii, Breakage breakage, String hostile, int choice) {
    byte[] specBytes() {
      String yaml = spec.toYaml(rawNonAscii);
      if (breakage == Breakage.RAW_CONTROL_CHARACTER) {
        int c =
            HostileText.RAW_YAML_SYNTAX_ERRORS.get(
                choice % HostileText.RAW_YAML_SYNTAX_ERRORS.size());
        return yaml.replace(MARKER, Character.toString(c)).getBytes(UTF_8);
      }
      if (breakage == Breakage.INVALID_UTF8) {
        int at = yaml.indexOf(MARKER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(yaml.substring(0, at).getBytes(UTF_8));
        bytes.writeBytes(INVALID_UTF8.get(choice % INVALID_UTF8.size()));
        bytes.writeBytes(yaml.substring(at + MARKER.length()).getBytes(UTF_8));
        return bytes.toByteArray();
      }
      return yaml.getBytes(UTF_8);
    }

    @Override
    public String toString() {
      String yaml = spec.toYaml(false);
      return "Case[breakage="
          + breakage
          + ", rawNonAscii="
          + rawNonAscii
          + ", choice="
          + choice
          + "], spec (escaped):\n"
          + (yaml.length() > 6000
              ? yaml.substring(0, 6000) + "\n... (" + yaml.length() + " chars)"
              : yaml);
    }
  }

  private record AliasDraft(String message, String description, List<String> references) {}

  private record CodeDraft(
      String message,
      String description,
      List<String> variants,
      List<String> solutions,
      List<String> references,
      List<AliasDraft> aliases,
      String outcome) {}

  /** About 120 ms a try: each is a javac run with doclint, plus loading and calling the classes. */
  @Property(tries = 100)
  // The coverage checks below assert the mix of samples; printing it on every run is just noise.
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void specTextRoundTripsOrIsReportedAsASpecError(@ForAll("cases") Case sample) {
    Statistics.label("breakage")
        .collect(sample.breakage() == Breakage.NONE ? "none (must compile)" : "broken");
    Statistics.label("breakage")
        .coverage(coverage -> coverage.check("none (must compile)").percentage(p -> p >= 50));
    Statistics.label("breakage")
        .coverage(coverage -> coverage.check("broken").percentage(p -> p >= 5));
    Compilation compilation = compile(sample.specBytes());
    if (sample.breakage() == Breakage.NONE) {
      assertCleanCompile(compilation, sample.spec());
      assertGeneratedOutput(compilation, sample.spec());
    } else {
      assertOnlySpecErrors(compilation, sample.breakage().id);
    }
  }

  /** Where a very long single-line text goes; one compile each. */
  enum LongField {
    SET_TITLE,
    SET_DESCRIPTION,
    SET_REFERENCE,
    SERIES_TITLE,
    SERIES_DESCRIPTION,
    GROUP_TITLE,
    GROUP_DESCRIPTION,
    MESSAGE,
    DESCRIPTION,
    VARIANT,
    SOLUTION,
    REFERENCE,
    ALIAS_MESSAGE,
    ALIAS_DESCRIPTION,
    ALIAS_REFERENCE
  }

  /**
   * A 70,000-char line in each text field in turn: longer than a class-file constant can hold, and
   * with a surrogate pair where a long literal would be split. One compile per field (about a
   * second each), all fields checked even when one fails, so that a failure names every field
   * affected.
   */
  @Example
  void veryLongLinesRoundTripInEveryField() {
    String big = HostileText.longLine(70_000);
    Map<String, SpecModel> cases = new java.util.LinkedHashMap<>();
    for (LongField field : LongField.values()) {
      cases.put("a 70,000-char line in " + field, withLongText(field, big));
    }
    assertAllRoundTrip(cases);
  }

  /**
   * A small valid spec with every text field, {@code big} in {@code field} and short text
   * elsewhere.
   */
  private static SpecModel withLongText(LongField field, String big) {
    String small = "Short & <plain> text.";
    SeriesModel series =
        new SeriesModel(
            "ALL",
            "100-999",
            field == LongField.SERIES_TITLE ? big : small,
            field == LongField.SERIES_DESCRIPTION ? big : small,
            "transient");
    GroupModel group =
        new GroupModel(
            "ANY",
            "xyz",
            field == LongField.GROUP_TITLE ? big : small,
            field == LongField.GROUP_DESCRIPTION ? big : small);
    AliasModel alias =
        new AliasModel(
            "A421_0",
            field == LongField.ALIAS_MESSAGE ? big : small,
            field == LongField.ALIAS_DESCRIPTION ? big : small,
            List.of(field == LongField.ALIAS_REFERENCE ? big : small));
    CodeModel code =
        new CodeModel(
            421,
            "C421",
            field == LongField.MESSAGE ? big : small,
            field == LongField.DESCRIPTION ? big : small,
            List.of(field == LongField.VARIANT ? big : small),
            List.of(field == LongField.SOLUTION ? big : small),
            List.of(field == LongField.REFERENCE ? big : small),
            List.of(alias),
            null,
            List.of());
    return new SpecModel(
        "LongText",
        field == LongField.SET_TITLE ? big : small,
        field == LongField.SET_DESCRIPTION ? big : small,
        List.of(field == LongField.SET_REFERENCE ? big : small),
        series,
        group,
        List.of(code));
  }

  /**
   * Found by the property: a description that is only white space (spaces, tabs, line breaks)
   * becomes an empty {@code <p>}, which doclint reports, so {@code -Xdoclint:all -Werror} fails.
   */
  @Example
  void whiteSpaceDescriptionsKeepDoclintQuiet() {
    Map<String, SpecModel> cases = new java.util.LinkedHashMap<>();
    for (String blank : List.of(" ", "\t", "\n", "\r\n", "  \n  ")) {
      String shown = Texts.show(blank);
      SpecModel spec = withLongText(LongField.MESSAGE, "Message.");
      cases.put("spec description " + shown, spec.withDescription(blank));
      cases.put(
          "series description " + shown,
          spec.withSeries(new SeriesModel("ALL", "100-999", "All", blank, "transient")));
      cases.put(
          "group description " + shown, spec.withGroup(new GroupModel("ANY", "xyz", "Any", blank)));
      CodeModel code = spec.codes().get(0);
      cases.put("code description " + shown, spec.withCodes(List.of(code.withDescription(blank))));
      AliasModel alias = code.aliases().get(0);
      cases.put(
          "alias description " + shown,
          spec.withCodes(
              List.of(
                  code.withAliases(
                      List.of(
                          new AliasModel(
                              alias.name(), alias.message(), blank, alias.references()))))));
    }
    assertAllRoundTrip(cases);
  }

  /**
   * Found by the property: a reference address that the processor's link pattern accepts becomes a
   * Javadoc {@code <a href>} that doclint rejects as "invalid uri" (an error, even without {@code
   * -Werror}): a {@code %} without two hex digits, brackets outside a host, a second {@code #}, or
   * an {@code @} or {@code * /} after a {@code #}, which Javadoc escaping turns into the numeric
   * entities for 64 and 47, each with a {@code #} of its own.
   */
  @Example
  void referenceAddressesKeepDoclintQuiet() {
    Map<String, SpecModel> cases = new java.util.LinkedHashMap<>();
    for (String address :
        List.of(
            "https://x.test/a%zz",
            "https://x.test/%",
            "https://x.test/[y]",
            "https://x.test/a#b#c",
            "https://x.test/a#b@c",
            "https://x.test/#a*/b",
            "https://x.test/a%41",
            "https://x.test/a@b")) {
      SpecModel spec = withLongText(LongField.MESSAGE, "Message.");
      cases.put(
          "reference <" + address + ">",
          spec.withCodes(
              List.of(spec.codes().get(0).withReferences(List.of("Ref <" + address + ">")))));
    }
    assertAllRoundTrip(cases);
  }

  /**
   * Found by the property: after a lone high surrogate, written as a unicode escape, javac (17 and
   * 25 alike) reads the escaped backslash of the text backslash-u as the start of a unicode escape.
   * The literal then fails to compile ("illegal escape character") or, worse, compiles to other
   * text: the six chars backslash-u-0-0-2-2 come back as one quote. The two literals below are kept
   * apart for the same reason: in one literal, this very file would not compile.
   */
  @Example
  void loneHighSurrogateBeforeBackslashURoundTrips() {
    Map<String, SpecModel> cases = new java.util.LinkedHashMap<>();
    for (String text :
        List.of(
            "\uD800" + "\\u0041",
            "\uDBFF" + "\\u0022",
            "\uDBFF" + "\\u006e",
            "x\uD800" + "\\\\u0041")) {
      SpecModel spec = withLongText(LongField.MESSAGE, text);
      cases.put("message " + Texts.show(text), spec);
    }
    assertAllRoundTrip(cases);
  }

  /**
   * Compiles every case, then fails listing each one that does not compile cleanly and round-trip.
   */
  private static void assertAllRoundTrip(Map<String, SpecModel> cases) {
    Map<String, String> failures = new java.util.LinkedHashMap<>();
    cases.forEach(
        (name, spec) -> {
          try {
            Compilation compilation = compile(spec.toYaml(false).getBytes(UTF_8));
            assertCleanCompile(compilation, spec);
            assertGeneratedOutput(compilation, spec);
          } catch (AssertionError e) {
            failures.put(name, e.getMessage());
          }
        });
    if (!failures.isEmpty()) {
      StringBuilder message =
          new StringBuilder(failures.size() + " of " + cases.size() + " cases fail:");
      failures.forEach(
          (name, failure) -> message.append("\n").append(name).append(": ").append(failure));
      throw new AssertionError(message.toString());
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> text = HostileText.text();
    Arbitrary<String> optionalText = text.injectNull(0.3);
    Arbitrary<List<String>> texts = text.list().ofMaxSize(3).injectNull(0.3);
    Arbitrary<List<String>> references =
        HostileText.reference().list().ofMaxSize(3).injectNull(0.3);
    Arbitrary<AliasDraft> alias =
        Combinators.combine(text, optionalText, references).as(AliasDraft::new);
    Arbitrary<String> outcome =
        Arbitraries.of("success", "pending", "transient", "permanent").injectNull(0.4);
    Arbitrary<CodeDraft> code =
        Combinators.combine(
                text, optionalText, texts, texts, references, alias.list().ofMaxSize(2), outcome)
            .as(CodeDraft::new);
    Arbitrary<List<Integer>> numbers =
        Arbitraries.integers().between(100, 999).set().ofSize(4).map(set -> List.copyOf(set));
    Arbitrary<List<CodeDraft>> drafts = code.list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<SeriesModel> series =
        Combinators.combine(text, optionalText)
            .as(
                (title, description) ->
                    new SeriesModel("ALL", "100-999", title, description, "transient"))
            .injectNull(0.4);
    Arbitrary<GroupModel> group =
        Combinators.combine(text, optionalText)
            .as((title, description) -> new GroupModel("ANY", "xyz", title, description))
            .injectNull(0.5);
    Arbitrary<SpecModel> spec =
        Combinators.combine(
                Arbitraries.of("Hostile", "TextSet", "Q", "Zz9"),
                optionalText,
                optionalText,
                references,
                series,
                group,
                drafts,
                numbers)
            .as(SpecTextRoundTripProperties::spec);
    Arbitrary<Breakage> breakage =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(80, Arbitraries.just(Breakage.NONE)),
                Tuple.of(20, Arbitraries.of(Breakage.class).filter(b -> b != Breakage.NONE))));
    return Combinators.combine(
            spec,
            Arbitraries.of(true, false),
            breakage,
            text,
            Arbitraries.integers().between(0, 1000))
        .as(
            (model, raw, broken, hostile, choice) ->
                new Case(breakIt(model, broken, hostile, choice), raw, broken, hostile, choice));
  }

  /**
   * A valid spec: every code has a series or an outcome of its own; names are C(number) and
   * A(number)_(index).
   */
  private static SpecModel spec(
      String name,
      String title,
      String description,
      List<String> references,
      SeriesModel series,
      GroupModel group,
      List<CodeDraft> drafts,
      List<Integer> numbers) {
    List<CodeModel> codes = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      CodeDraft draft = drafts.get(i);
      int number = numbers.get(i);
      List<AliasModel> aliases = new ArrayList<>();
      for (int a = 0; a < draft.aliases().size(); a++) {
        AliasDraft alias = draft.aliases().get(a);
        aliases.add(
            new AliasModel(
                "A" + number + "_" + a, alias.message(), alias.description(), alias.references()));
      }
      String outcome = draft.outcome() == null && series == null ? "permanent" : draft.outcome();
      codes.add(
          new CodeModel(
              number,
              "C" + number,
              draft.message(),
              draft.description(),
              draft.variants(),
              draft.solutions(),
              draft.references(),
              aliases,
              outcome,
              List.of()));
    }
    return new SpecModel(name, title, description, references, series, group, codes);
  }

  /**
   * The spec broken as {@code breakage} says, using {@code hostile} text where the breakage takes
   * text.
   */
  private static SpecModel breakIt(SpecModel spec, Breakage breakage, String hostile, int choice) {
    List<CodeModel> codes = new ArrayList<>(spec.codes());
    CodeModel first = codes.get(0);
    switch (breakage) {
      case NONE -> {
        return spec;
      }
      case HOSTILE_CODE_NAME -> codes.set(0, first.withName("x" + hostile));
      case HOSTILE_SET_NAME -> {
        return spec.withName("x" + hostile);
      }
      case HOSTILE_OUTCOME -> codes.set(0, first.withOutcome("x" + hostile));
      case HOSTILE_HANDLER ->
          codes.set(
              0, first.withExtraLine("handler: " + YamlScalars.doubleQuoted("X" + hostile, false)));
      case HOSTILE_FIELD_NAME ->
          codes.set(
              0,
              first.withExtraLine(YamlScalars.doubleQuoted("zz" + hostile, false) + ": \"value\""));
      case HOSTILE_RANGE -> {
        String title = spec.series() == null ? "Series" : spec.series().title();
        return spec.withSeries(new SeriesModel("ALL", "x" + hostile, title, null, "transient"));
      }
      case HOSTILE_GROUP_PATTERN -> {
        return spec.withGroup(new GroupModel("ANY", "-" + hostile, "Group", null));
      }
      case DUPLICATE_CODE -> codes.add(first.withName("D" + first.code()));
      case CODE_OUT_OF_RANGE ->
          codes.set(0, first.withCode(choice % 2 == 0 ? -2_147_483_649L : 2_147_483_648L));
      case MISSING_MESSAGE -> codes.set(0, first.withMessage(null));
      case LIST_AS_MESSAGE ->
          codes.set(
              0,
              first
                  .withMessage(null)
                  .withExtraLine("message: [" + YamlScalars.doubleQuoted(hostile, false) + "]"));
      case NULL_MESSAGE -> codes.set(0, first.withMessage(null).withExtraLine("message: null"));
      case RAW_CONTROL_CHARACTER, INVALID_UTF8 -> codes.set(0, first.withMessage(hostile + MARKER));
    }
    return spec.withCodes(codes);
  }

  private static Compilation compile(byte[] spec) {
    Path directory;
    try {
      directory = Files.createTempDirectory("codebook-property");
      Files.write(directory.resolve("spec.yaml"), spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return TestCompiler.javac(List.of(directory.toFile()), OPTIONS)
          .compile(TestCompiler.packageInfo("spec.yaml"));
    } finally {
      try {
        Files.delete(directory.resolve("spec.yaml"));
        Files.delete(directory);
      } catch (IOException e) {
        // A temporary directory left behind is harmless.
      }
    }
  }

  private static void assertCleanCompile(
      Compilation compilation, @SuppressWarnings("unused") SpecModel spec) {
    List<Diagnostic<? extends JavaFileObject>> problems =
        compilation.diagnostics().stream()
            .filter(
                d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
            .collect(Collectors.toList());
    if (!problems.isEmpty() || compilation.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError(
          "a valid spec must compile without a warning; got:\n" + describe(problems));
    }
  }

  private static void assertOnlySpecErrors(Compilation compilation, String expectedId) {
    if (compilation.status() != Compilation.Status.FAILURE) {
      throw new AssertionError("a broken spec compiled; expected [codebook:" + expectedId + "]");
    }
    List<Diagnostic<? extends JavaFileObject>> problems =
        compilation.diagnostics().stream()
            .filter(
                d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
            .collect(Collectors.toList());
    boolean expectedSeen = false;
    for (Diagnostic<? extends JavaFileObject> problem : problems) {
      String message = problem.getMessage(Locale.ROOT);
      if (problem.getKind() != Diagnostic.Kind.ERROR
          || !message.startsWith("[codebook:")
          || message.startsWith("[codebook:internal-error]")) {
        throw new AssertionError(
            "a broken spec must cause [codebook:...] errors only; got:\n" + describe(problems));
      }
      expectedSeen |= message.startsWith("[codebook:" + expectedId + "]");
    }
    if (!expectedSeen) {
      throw new AssertionError(
          "expected [codebook:" + expectedId + "] among:\n" + describe(problems));
    }
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (shown++ == 6) {
        out.append("... and ").append(diagnostics.size() - 6).append(" more\n");
        break;
      }
      out.append(d.getKind()).append(' ');
      if (d.getSource() != null) {
        out.append(d.getSource().getName()).append(':').append(d.getLineNumber()).append(' ');
      }
      out.append(Texts.show(d.getMessage(Locale.ROOT))).append('\n');
      if (d.getSource() != null && d.getLineNumber() > 0) {
        try {
          String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
          out.append("    at: ")
              .append(Texts.show(lines[(int) d.getLineNumber() - 1]))
              .append('\n');
        } catch (IOException | RuntimeException e) {
          out.append("    (source unavailable: ").append(e).append(")\n");
        }
      }
    }
    return out.toString();
  }

  /** Sources, run-time values and documents. */
  private static void assertGeneratedOutput(Compilation compilation, SpecModel spec) {
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String text;
      try {
        text = source.getCharContent(true).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      OutputChecks.assertAscii(source.getName(), text);
      OutputChecks.assertJavadocIsInert(source.getName(), text);
    }
    assertRunTimeValues(GeneratedClasses.of(compilation), spec);
    Map<String, byte[]> output = GeneratedClasses.classOutput(compilation);
    String document = "META-INF/codebook/" + spec.name();
    byte[] html = output.get(document + ".html");
    byte[] markdown = output.get(document + ".md");
    if (html == null || markdown == null) {
      throw new AssertionError(
          "missing reference documents; class output holds " + output.keySet());
    }
    OutputChecks.assertHtmlIsInert(document + ".html", html);
    OutputChecks.assertMarkdownIsInert(document + ".md", markdown);
  }

  private static void assertRunTimeValues(GeneratedClasses classes, SpecModel spec) {
    String name = spec.name();
    Class<?> type = classes.load(PACKAGE + "." + name);
    Object[] constants = type.getEnumConstants();
    if (constants == null || constants.length != spec.codes().size()) {
      throw new AssertionError(
          name + " should be an enum of " + spec.codes().size() + " constants");
    }
    Class<?> intConstants = classes.load(PACKAGE + "." + name + "Codes");
    // aliases() and X.Alias exist only when the spec has aliases.
    boolean hasAliases = spec.codes().stream().anyMatch(c -> !c.aliases().isEmpty());
    for (Object constant : constants) {
      int number = (Integer) call(constant, "code");
      CodeModel code =
          spec.codes().stream()
              .filter(c -> c.code() == number)
              .findFirst()
              .orElseThrow(() -> new AssertionError("unexpected code " + number));
      String where = name + "." + code.name();
      assertSameText(where + " name", code.name(), ((Enum<?>) constant).name());
      assertSameText(where + ".message()", code.message(), call(constant, "message"));
      assertSameText(
          where + ".description()", orEmpty(code.description()), call(constant, "description"));
      assertSameTexts(where + ".variants()", orEmpty(code.variants()), call(constant, "variants"));
      assertSameTexts(
          where + ".solutions()", orEmpty(code.solutions()), call(constant, "solutions"));
      assertSameTexts(
          where + ".references()", orEmpty(code.references()), call(constant, "references"));
      check(
          callStatic(type, "of", number) == constant,
          where + ": of(" + number + ") returns another constant");
      check(
          staticField(intConstants, code.name()).equals(number),
          name + "Codes." + code.name() + " is not " + number);
      if (!hasAliases) {
        continue;
      }
      List<?> aliases = (List<?>) call(constant, "aliases");
      check(
          aliases.size() == code.aliases().size(),
          where + ".aliases() has " + aliases.size() + " entries");
      for (int i = 0; i < aliases.size(); i++) {
        AliasModel expected = code.aliases().get(i);
        Object alias = aliases.get(i);
        String aliasWhere = where + ".aliases()[" + i + "]";
        assertSameText(aliasWhere + ".name()", expected.name(), call(alias, "name"));
        assertSameText(aliasWhere + ".message()", expected.message(), call(alias, "message"));
        assertSameText(
            aliasWhere + ".description()",
            orEmpty(expected.description()),
            call(alias, "description"));
        assertSameTexts(
            aliasWhere + ".references()",
            orEmpty(expected.references()),
            call(alias, "references"));
        check(
            staticField(type, expected.name()) == constant,
            name + "." + expected.name() + " is not " + code.name());
        check(
            staticField(intConstants, expected.name()).equals(number),
            name + "Codes." + expected.name() + " is not " + number);
      }
    }
    // The title reaches run time only in the message of of(int) for an unlisted number.
    assertSameText(
        name + ".of(0) message",
        "Unknown code 0 in " + name + " (" + spec.expectedTitle() + ")",
        thrownMessage(type, 0));
    if (spec.series() != null) {
      Object series = classes.load(PACKAGE + "." + name + "$Series").getEnumConstants()[0];
      assertSameText(name + ".Series.title()", spec.series().title(), call(series, "title"));
      assertSameText(
          name + ".Series.description()",
          orEmpty(spec.series().description()),
          call(series, "description"));
    }
    if (spec.group() != null) {
      Object group = classes.load(PACKAGE + "." + name + "$Group").getEnumConstants()[0];
      assertSameText(name + ".Group.title()", spec.group().title(), call(group, "title"));
      assertSameText(
          name + ".Group.description()",
          orEmpty(spec.group().description()),
          call(group, "description"));
    }
  }

  private static void check(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(failure);
    }
  }

  private static Object call(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call " + method + "() on " + target.getClass().getName(), e);
    }
  }

  private static Object callStatic(Class<?> type, String method, int argument) {
    try {
      return type.getMethod(method, int.class).invoke(null, argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(
          "cannot call " + type.getName() + "." + method + "(" + argument + ")", e);
    }
  }

  private static Object staticField(Class<?> type, String field) {
    try {
      return type.getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + type.getName() + "." + field, e);
    }
  }

  private static String thrownMessage(Class<?> type, int argument) {
    try {
      type.getMethod("of", int.class).invoke(null, argument);
    } catch (InvocationTargetException e) {
      return e.getCause().getMessage();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call " + type.getName() + ".of", e);
    }
    throw new AssertionError(type.getName() + ".of(" + argument + ") did not throw");
  }
}
