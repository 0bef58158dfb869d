package io.codebook.processor.release;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.ExternalJavac;
import io.codebook.processor.testing.HostileText;
import io.codebook.processor.testing.SpecModel;
import io.codebook.processor.testing.SpecModel.AliasModel;
import io.codebook.processor.testing.SpecModel.CodeModel;
import io.codebook.processor.testing.SpecModel.GroupModel;
import io.codebook.processor.testing.SpecModel.SeriesModel;
import io.codebook.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated code compiles with every lint and doclint check as an error at {@code --release} 11, 17
 * and 21, and with JDK 25's javac, for the test specs (translations included) and for a spec of
 * hostile text.
 *
 * <p>Releases 11 and 17 run in this JVM through compile-testing. Release 21 cannot: the test JVM is
 * a JDK 17, whose javac knows releases up to 17 only ({@code error: release version 21 not
 * supported}), so release 21 is compiled by JDK 25's javac, run as a process with {@code --release
 * 21} (so {@link #compilesAtRelease21} is also the JDK 25 run at release 21). Should the tests run
 * on a JDK 21 or newer, release 21 runs in process instead. JDK 25 tests are skipped only when
 * {@link ExternalJavac#JDK_25} is absent.
 */
class JavaReleaseMatrixTest {
  private static final String[] LINT = {"-Xlint:all", "-Xdoclint:all", "-Werror"};
  private static final List<String> SPECS =
      List.of(
          "specs/demo-reply.yaml",
          "specs/sparse-error.yaml",
          "specs/negative-codes.yaml",
          "specs/partial-series.yaml",
          "specs/string-codes.yaml",
          "specs/localised.yaml");
  private static final String HOSTILE_SPEC = "hostile/hostile.yaml";

  /** The types and documents generated for {@link #SPECS}. */
  private static final List<String> SHIPPED_SETS =
      List.of(
          "DemoReply", "SparseError", "SignedResult", "PartialSeries", "StateCode", "Localised");

  static Stream<Arguments> releasesAndSpecs() {
    return Stream.of(11, 17)
        .flatMap(release -> SPECS.stream().map(spec -> Arguments.of(release, spec)));
  }

  @ParameterizedTest(name = "--release {0}, {1}")
  @MethodSource("releasesAndSpecs")
  void compilesInProcessWithEveryLint(int release, String spec) {
    Compilation compilation =
        TestCompiler.javac(List.of(TestCompiler.testResources()), withRelease(release))
            .compile(TestCompiler.packageInfo(spec));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "--release {0}, hostile text")
  @ValueSource(ints = {11, 17})
  void hostileSpecCompilesInProcessWithEveryLint(int release, @TempDir Path specRoot)
      throws IOException {
    writeHostileSpec(specRoot);
    Compilation compilation =
        TestCompiler.javac(List.of(specRoot.toFile()), withRelease(release))
            .compile(TestCompiler.packageInfo(HOSTILE_SPEC));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void compilesAtRelease21(@TempDir Path output) {
    if (Runtime.version().feature() >= 21) {
      for (String spec : SPECS) {
        Compilation compilation =
            TestCompiler.javac(List.of(TestCompiler.testResources()), withRelease(21))
                .compile(TestCompiler.packageInfo(spec));
        assertThat(compilation).succeededWithoutWarnings();
      }
      return;
    }
    assumeJdk25();
    ExternalJavac.Result result =
        ExternalJavac.compilePackage(
            ExternalJavac.JDK_25,
            TestCompiler.testResources().toPath(),
            SPECS,
            output,
            options("21"));
    assertCleanRun(result);
    assertClassFilesFor(output, SHIPPED_SETS, 65);
  }

  @ParameterizedTest(name = "JDK 25 javac {0}")
  @ValueSource(strings = {"(default release)", "--release 11", "--release 17"})
  void compilesWithJdk25(String release, @TempDir Path output) {
    assumeJdk25();
    ExternalJavac.Result result =
        ExternalJavac.compilePackage(
            ExternalJavac.JDK_25,
            TestCompiler.testResources().toPath(),
            SPECS,
            output,
            options(releaseNumber(release)));
    assertCleanRun(result);
    assertClassFilesFor(output, SHIPPED_SETS, majorVersion(releaseNumber(release)));
  }

  /**
   * JDK 25's doclint is stricter than JDK 17's (it wants a comment on a nested class's default
   * constructor, private ones included), so the shapes with parts, which only the golden cases
   * compile in process, are compiled by it too: as a parted enum and as a class.
   */
  @ParameterizedTest(name = "JDK 25 javac, {0}")
  @ValueSource(
      strings = {
        "-Acodebook.internal.maxPartBytes=200",
        "-Acodebook.internal.maxPartBytes=1 -Acodebook.internal.maxEnumBytes=1"
      })
  void compilesWithJdk25InEveryShape(String shapeOptions, @TempDir Path output) {
    assumeJdk25();
    List<String> options = new ArrayList<>(List.of(shapeOptions.split(" ")));
    options.addAll(options(null));
    ExternalJavac.Result result =
        ExternalJavac.compilePackage(
            ExternalJavac.JDK_25, TestCompiler.testResources().toPath(), SPECS, output, options);
    assertCleanRun(result);
    assertClassFilesFor(output, SHIPPED_SETS, majorVersion(null));
  }

  @ParameterizedTest(name = "JDK 25 javac {0}, hostile text")
  @ValueSource(strings = {"(default release)", "--release 11"})
  void hostileSpecCompilesWithJdk25(String release, @TempDir Path specRoot, @TempDir Path output)
      throws IOException {
    assumeJdk25();
    writeHostileSpec(specRoot);
    ExternalJavac.Result result =
        ExternalJavac.compilePackage(
            ExternalJavac.JDK_25,
            specRoot,
            List.of(HOSTILE_SPEC),
            output,
            options(releaseNumber(release)));
    assertCleanRun(result);
    assertClassFilesFor(output, List.of("Hostile"), majorVersion(releaseNumber(release)));
  }

  private static void assumeJdk25() {
    assumeTrue(
        Files.isExecutable(ExternalJavac.javac(ExternalJavac.JDK_25)),
        "no JDK 25 at " + ExternalJavac.JDK_25);
  }

  private static String[] withRelease(int release) {
    List<String> options = new ArrayList<>(List.of("--release", Integer.toString(release)));
    options.addAll(List.of(LINT));
    return options.toArray(String[]::new);
  }

  /** The release of a test name such as {@code --release 11}, or {@code null} for the JDK's own. */
  private static String releaseNumber(String name) {
    return name.startsWith("--release ") ? name.substring("--release ".length()) : null;
  }

  private static List<String> options(String release) {
    List<String> options = new ArrayList<>();
    if (release != null) {
      options.add("--release");
      options.add(release);
    }
    options.addAll(List.of(LINT));
    return options;
  }

  /** The class-file major version javac writes for {@code release}, or JDK 25's own (69). */
  private static int majorVersion(String release) {
    return (release == null ? 25 : Integer.parseInt(release)) + 44;
  }

  private static void assertCleanRun(ExternalJavac.Result result) {
    assertEquals(0, result.exitCode(), result::describe);
    assertEquals("", result.stderr(), () -> "javac wrote to stderr:\n" + result.describe());
  }

  /**
   * Each set's enum, int constants and handler exist with the expected class-file version, and so
   * do its documents.
   */
  private static void assertClassFilesFor(Path output, List<String> sets, int majorVersion) {
    for (String set : sets) {
      for (String type : List.of(set, set + "Codes", set + "Handler")) {
        Path classFile = output.resolve("test").resolve(type + ".class");
        assertTrue(Files.isRegularFile(classFile), () -> "javac wrote no " + classFile);
        try {
          byte[] bytes = Files.readAllBytes(classFile);
          int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
          assertEquals(majorVersion, major, () -> classFile + " has the wrong class-file version");
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
      for (String document : List.of(set + ".md", set + ".html")) {
        Path file = output.resolve("META-INF").resolve("codebook").resolve(document);
        assertTrue(Files.isRegularFile(file), () -> "the processor wrote no " + file);
      }
    }
  }

  /**
   * Writes a spec whose every text field holds every hostile fragment at once (see {@link
   * HostileText#everything()}), whose variants hold each fragment on its own, and whose references
   * include links. It avoids texts that are only white space (those are checked by the property
   * test), so it is valid and should compile cleanly.
   */
  private static void writeHostileSpec(Path specRoot) throws IOException {
    String all = HostileText.everything();
    List<String> each = new ArrayList<>();
    each.addAll(HostileText.MARKUP);
    each.addAll(HostileText.SPECIAL_CHARACTERS);
    each.addAll(HostileText.SCRIPTS);
    List<String> references =
        List.of(
            all,
            "RFC 959 " + all.substring(0, 40) + " <https://www.rfc-editor.org/rfc/rfc959>",
            "<https://example.org/a?b=c&d=e'f(g)*h+i,j;k=l:m~o_p.q-r>");
    AliasModel alias = new AliasModel("OTHER_MEANING", all, all, references);
    CodeModel code =
        new CodeModel(
            421,
            "SERVICE_NOT_AVAILABLE",
            all,
            all,
            each,
            List.of(all, HostileText.longLine(70_000)),
            references,
            List.of(alias),
            null,
            List.of());
    CodeModel second =
        new CodeModel(
            555, "TRICKY", all, null, null, null, null, List.of(), "permanent", List.of());
    SpecModel spec =
        new SpecModel(
            "Hostile",
            all,
            all,
            references,
            new SeriesModel("ALL", "100-999", all, all, "transient"),
            new GroupModel("ANY", "xyz", all, all),
            List.of(code, second));
    Path file = specRoot.resolve(HOSTILE_SPEC);
    Files.createDirectories(file.getParent());
    Files.write(file, spec.toYaml(false).getBytes(UTF_8));
  }
}
