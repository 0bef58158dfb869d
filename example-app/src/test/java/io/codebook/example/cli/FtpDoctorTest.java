package io.codebook.example.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.GeneratedSet;
import io.codebook.example.WinsockError;
import io.codebook.example.explain.OutcomeText;
import io.codebook.example.explain.ReplyAdvisor;
import io.codebook.example.format.MarkdownExplanationFormat;
import io.codebook.example.format.TextWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line tool, run in-process through {@link FtpDoctor#run}. */
public class FtpDoctorTest {
  /** What one run printed and returned. */
  public record Result(int status, String out, String err) {
    /** Standard output with every run of white space as one space, so wrapping does not matter. */
    public String flatOut() {
      return flat(out);
    }

    public void assertOutContains(String expected) {
      assertTrue(
          flatOut().contains(flat(expected)), () -> "missing: " + expected + "\nin:\n" + out);
    }

    public void assertNoStackTrace() {
      assertFalse(out.contains("Exception") || err.contains("Exception"), () -> out + err);
      assertFalse(err.contains("\tat "), err);
    }
  }

  public static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static String flat(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  @Test
  void explain421ShowsEverythingTheConstantKnows() {
    FtpReply reply = FtpReply.SERVICE_NOT_AVAILABLE;
    Result result = run("explain", "421");
    assertEquals(ExitCode.OK, result.status());
    assertEquals("", result.err());
    assertTrue(result.out().startsWith("421 SERVICE_NOT_AVAILABLE"), result.out());
    result.assertOutContains("FTP reply");
    result.assertOutContains(reply.message());
    result.assertOutContains(reply.description());
    result.assertOutContains(reply.series().first() + "-" + reply.series().last());
    result.assertOutContains(reply.series().title());
    result.assertOutContains(OutcomeText.of(reply.outcome()));
    result.assertOutContains(ReplyAdvisor.checkFirst(reply).orElseThrow());
    assertFalse(reply.variants().isEmpty(), "421 has variants in the spec");
    result.assertOutContains("Also worded as:");
    reply.variants().forEach(variant -> result.assertOutContains('"' + variant + '"'));
    assertFalse(reply.solutions().isEmpty(), "421 has solutions in the spec");
    for (int i = 0; i < reply.solutions().size(); i++) {
      result.assertOutContains((i + 1) + ". " + reply.solutions().get(i));
    }
    reply.references().forEach(result::assertOutContains);
  }

  @Test
  void explainInMarkdownWritesASectionPerCode() {
    FtpReply reply = FtpReply.SERVICE_NOT_AVAILABLE;
    Result result = run("explain", "--format", "markdown", "421", "299");
    assertEquals(ExitCode.OK, result.status());
    assertTrue(result.out().startsWith("## 421 `SERVICE_NOT_AVAILABLE`\n"), result.out());
    assertTrue(result.out().contains("\n## 299 "), result.out());
    assertTrue(
        result.out().contains("**" + MarkdownExplanationFormat.escape(reply.message()) + "**"));
    for (int i = 0; i < reply.solutions().size(); i++) {
      assertTrue(
          result
              .out()
              .contains(
                  "\n"
                      + (i + 1)
                      + ". "
                      + MarkdownExplanationFormat.escape(reply.solutions().get(i))
                      + "\n"),
          result.out());
    }
    assertTrue(result.out().contains("- [RFC 959"), result.out());
    assertEquals(result.out(), run("explain", "--format=md", "421", "299").out());
  }

  @Test
  void explainEveryListedCodeOfBothSets() {
    List<String> args = new ArrayList<>(List.of("explain"));
    for (FtpReply reply : FtpReply.values()) {
      args.add(Integer.toString(reply.code()));
    }
    for (WinsockError error : WinsockError.values()) {
      args.add(Integer.toString(error.code()));
    }
    Result result = run(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, result.status(), result.err());
    for (FtpReply reply : FtpReply.values()) {
      result.assertOutContains(reply.code() + " " + reply.name() + " (FTP reply)");
      result.assertOutContains(reply.message());
    }
    for (WinsockError error : WinsockError.values()) {
      result.assertOutContains(error.code() + " " + error.name() + " (Winsock error)");
      result.assertOutContains(error.message());
    }
  }

  @Test
  void explainAnUnlistedNumberOfAnFtpSeriesFromItsSeries() {
    FtpReply.Series series = FtpReply.Series.of(299);
    Result result = run("explain", "299");
    assertEquals(ExitCode.OK, result.status());
    result.assertOutContains(
        "299 is not a listed FTP reply; as a 2yz reply it means: " + series.title());
    result.assertOutContains(series.description());
    result.assertOutContains(OutcomeText.of(series.outcome()));
  }

  @Test
  void explain499FromTheTransientSeries() {
    Result result = run("explain", "499");
    assertEquals(ExitCode.OK, result.status());
    result.assertOutContains(
        "as a 4yz reply it means: " + FtpReply.Series.TRANSIENT_NEGATIVE.title());
  }

  @Test
  void explainAWinsockError() {
    WinsockError error = WinsockError.WSAECONNREFUSED;
    Result result = run("explain", "10061");
    assertEquals(ExitCode.OK, result.status());
    result.assertOutContains("10061 WSAECONNREFUSED (Winsock error)");
    result.assertOutContains(error.message());
    result.assertOutContains(error.series().title());
    error.solutions().forEach(result::assertOutContains);
  }

  /** One title for variants, for both sets, and the one the shipped reference documents use. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void otherTextsHaveOneTitleForEverySet(String format) throws IOException {
    WinsockError error = WinsockError.WSAECONNREFUSED;
    assertFalse(error.variants().isEmpty(), "10061 has variants in the spec");
    Result winsock = run("explain", "--format", format, "10061");
    assertEquals(ExitCode.OK, winsock.status(), winsock.err());
    winsock.assertOutContains("Also worded as:");
    error.variants().forEach(variant -> winsock.assertOutContains('"' + variant + '"'));

    Result ftp = run("explain", "--format", format, "421");
    ftp.assertOutContains("Also worded as:");
    for (String document : List.of("FtpReply.md", "WinsockError.html")) {
      try (InputStream in =
          FtpDoctorTest.class.getResourceAsStream("/META-INF/codebook/" + document)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Also worded as"), document);
      }
    }
  }

  @Test
  void explainNamesTheOtherMeaningsOfANumber() {
    run("explain", "522").assertOutContains("TLS_NEGOTIATION_FAILED");
    GeneratedSet.FTP
        .aliasFields()
        .forEach(
            (alias, primary) ->
                run("explain", Integer.toString(primary.code())).assertOutContains(alias));
  }

  @Test
  void explainSaysWhenACodeIsNotStandard() {
    FtpReply nonStandard =
        Arrays.stream(FtpReply.values())
            .filter(reply -> !reply.isStandard())
            .findFirst()
            .orElseThrow();
    run("explain", Integer.toString(nonStandard.code()))
        .assertOutContains("no standard defines it");
    assertFalse(run("explain", "421").out().contains("no standard defines it"));
  }

  @Test
  void aNumberInNeitherSetIsReportedWithStatus1() {
    Result result = run("explain", "12345");
    assertEquals(ExitCode.NOT_FOUND, result.status());
    result.assertOutContains("12345 is neither a listed FTP reply nor a listed Winsock error");
    assertEquals("", result.err());
  }

  @Test
  void anUnlistedNumberInAWinsockRangeNamesTheRange() {
    Result result = run("explain", "10000");
    assertEquals(ExitCode.NOT_FOUND, result.status());
    result.assertOutContains(WinsockError.Series.SOCKET.title());
  }

  @Test
  void theOtherCodesAreStillExplainedWhenOneIsUnknown() {
    Result result = run("explain", "12345", "421");
    assertEquals(ExitCode.NOT_FOUND, result.status());
    result.assertOutContains(FtpReply.SERVICE_NOT_AVAILABLE.message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "4x1",
        "9999999999",
        "-9999999999",
        "+421",
        "4 21",
        "0x1A5",
        "\u0664\u0662\u0661",
        "421.0"
      })
  void aCodeThatIsNotANumberIsAUsageError(String argument) {
    Result result = run("explain", "421", argument);
    assertEquals(ExitCode.USAGE, result.status());
    assertEquals("", result.out(), "nothing explained when an argument is wrong");
    assertTrue(result.err().contains("'" + argument + "'"), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    result.assertNoStackTrace();
  }

  @Test
  void anEmptyCodeIsAUsageError() {
    Result result = run("explain", "");
    assertEquals(ExitCode.USAGE, result.status());
    assertTrue(result.err().contains("empty"), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "explain                     | 'CODE'",
        "explain --format xml 421    | 'xml'",
        "explain --format            | '--format'",
        "explain --colour 421        | '--colour'",
        "explain --format md --format text 421 | only once",
        "docs --set gopher           | 'gopher'",
        "docs --format pdf           | 'pdf'",
        "docs extra                  | 'extra'",
        "docs --out                  | '--out'",
        "explain-log                 | 'FILE|-'",
        "explain-log a b             | 'b'",
        "probe --timeout soon        | 'soon'",
        "probe --timeout 0s          | more than 0",
        "probe --timeout 61m         | at most 1 hour",
        "probe http://example.com/   | ftp://",
        "probe sftp://example.com/   | not FTPS or SFTP",
        "probe ftp://:21/            | no host",
        "probe ftp://h:99999/        | port",
        "probe ftp://h:2x1/          | port",
        "probe --embedded ftp://h/   | not both",
        "probe --password-file f     | needs a URL",
      })
  void usageErrorsAreOneLineOnStandardError(String commandLine, String expected) {
    Result result = run(commandLine.trim().split(" +"));
    assertEquals(ExitCode.USAGE, result.status(), result.err());
    assertEquals("", result.out());
    assertTrue(
        result.err().startsWith("ftp-doctor: " + commandLine.trim().split(" ", -1)[0] + ": "),
        result.err());
    assertTrue(result.err().contains(expected), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    result.assertNoStackTrace();
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "--help", "-h"})
  void helpPrintsUsageAndSucceeds(String commandLine) {
    Result result = run(commandLine.split(" "));
    assertEquals(ExitCode.OK, result.status());
    assertEquals(FtpDoctor.usage(), result.out());
    assertEquals("", result.err());
    for (String command : List.of("explain", "explain-log", "probe", "docs", "help")) {
      assertTrue(result.out().contains("\n  " + command + " "), command + " listed");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"explain", "explain-log", "probe", "docs"})
  void everyCommandHasItsOwnHelp(String command) {
    for (String[] args :
        List.of(
            new String[] {command, "--help"},
            new String[] {command, "-h"},
            new String[] {"help", command})) {
      Result result = run(args);
      assertEquals(ExitCode.OK, result.status(), String.join(" ", args));
      assertEquals(FtpDoctor.usage(command), result.out(), String.join(" ", args));
      assertEquals("", result.err());
    }
    String usage = FtpDoctor.usage(command);
    assertTrue(usage.contains("Usage: ftp-doctor " + command + " "), usage);
    assertTrue(usage.contains("\nExit status:\n"), usage);
    assertFalse(usage.equals(FtpDoctor.usage()), "not the tool's help");
    usage.lines().forEach(line -> assertTrue(line.length() <= TextWrapper.WIDTH, line));
  }

  @Test
  void noArgumentsPrintUsageOnStandardErrorWithStatus2() {
    Result result = run();
    assertEquals(ExitCode.USAGE, result.status());
    assertEquals("", result.out());
    assertEquals(FtpDoctor.usage(), result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "explain --version", "probe -V"})
  void everyCommandTellsItsVersion(String commandLine) {
    Result result = run(commandLine.split(" "));
    assertEquals(ExitCode.OK, result.status(), result.err());
    assertTrue(result.out().startsWith("ftp-doctor "), result.out());
    assertEquals(1, result.out().lines().count(), result.out());
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    Result result = run("explian", "421");
    assertEquals(ExitCode.USAGE, result.status());
    assertTrue(
        result.err().startsWith("ftp-doctor: unknown command 'explian'\nDid you mean:"),
        result.err());
    assertTrue(result.err().contains("ftp-doctor explain"), result.err());
  }

  @Test
  void anUnknownCommandIsNamedBeforeTheUsage() {
    Result result = run("diagnose", "421");
    assertEquals(ExitCode.USAGE, result.status());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("ftp-doctor: unknown command 'diagnose'\n"), result.err());
    assertTrue(result.err().endsWith(FtpDoctor.usage()), result.err());
  }

  @Test
  void theUsageDocumentsEveryExitCode() {
    for (int status :
        new int[] {
          ExitCode.OK,
          ExitCode.NOT_FOUND,
          ExitCode.USAGE,
          ExitCode.IO_ERROR,
          ExitCode.INTERNAL_ERROR,
          ExitCode.PROBLEM_FOUND,
          ExitCode.CONNECTION_FAILED
        }) {
      assertTrue(FtpDoctor.usage().contains("\n  " + status + "   "), "exit status " + status);
    }
    assertTrue(FtpDoctor.usage("probe").contains("\n  6   "), "probe documents status 6");
    assertTrue(FtpDoctor.usage("explain-log").contains("\n  5   "), "explain-log documents 5");
    assertFalse(FtpDoctor.usage("docs").contains("\n  5   "), "docs never ends with 5");
  }

  @Test
  void anErrorMessageNeverRepeatsAPasswordFromAUrl() {
    Result result = run("probe", "ftp://bob:Sw0rdfish@h1/", "ftp://eve:Sw0rdfish@h2/");
    assertEquals(ExitCode.USAGE, result.status());
    assertFalse(result.err().contains("Sw0rdfish"), result.err());
    assertTrue(result.err().contains("ftp://eve:****@h2/"), result.err());
  }

  /** Nor from a URL of another scheme, nor one whose password holds a raw @. */
  @Test
  void anErrorMessageNeverRepeatsAPasswordFromAUrlOfAnyScheme() {
    for (String[] args :
        List.of(
            new String[] {"http://bob:Sw0rdfish@h/"},
            new String[] {"probe", "--timeout", "sftp://bob:Sw0rdfish@h/"},
            new String[] {"probe", "ftp://bob@h1/", "ftp://eve:Sw0rd@fish@h2/"})) {
      Result result = run(args);
      assertEquals(ExitCode.USAGE, result.status(), result::toString);
      assertFalse(result.err().contains("Sw0rd"), result.err());
      assertFalse(result.err().contains("fish"), result.err());
      assertTrue(result.err().contains(":****@h"), result.err());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'',                                     FtpReply.md",
    "--format html,                          FtpReply.html",
    "--set ftp --format md,                  FtpReply.md",
    "--set winsock,                          WinsockError.md",
    "--set WINSOCK --format HTML,            WinsockError.html",
    "--format=markdown --set=winsock,        WinsockError.md",
  })
  void docsWritesTheShippedDocumentUnchanged(String options, String resource) throws IOException {
    List<String> args = new ArrayList<>(List.of("docs"));
    if (!options.isEmpty()) {
      args.addAll(List.of(options.split(" ")));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(args.toArray(String[]::new), new PrintStream(out), new PrintStream(err));
    assertEquals(ExitCode.OK, status, err.toString(StandardCharsets.UTF_8));
    byte[] shipped = resource(resource);
    assertTrue(shipped.length > 0);
    assertArrayEquals(shipped, out.toByteArray());
  }

  @Test
  void docsInHtmlHasAnAnchorPerCode() {
    Result ftp = run("docs", "--format", "html");
    assertEquals(ExitCode.OK, ftp.status());
    assertTrue(ftp.out().contains("id=\"421\""));
    for (FtpReply reply : FtpReply.values()) {
      assertTrue(ftp.out().contains("id=\"" + reply.code() + "\""), reply::name);
    }
    assertTrue(run("docs", "--set", "winsock", "--format", "html").out().contains("id=\"10061\""));
  }

  @Test
  void docsWritesToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ftp.html");
    Result result = run("docs", "--format", "html", "--out", file.toString());
    assertEquals(ExitCode.OK, result.status(), result.err());
    assertEquals("", result.out());
    assertArrayEquals(resource("FtpReply.html"), Files.readAllBytes(file));
  }

  @Test
  void docsToAnUnwritablePathFailsWithStatus3(@TempDir Path dir) throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
    Path unwritable = notADirectory.resolve("ftp.md");
    Result result = run("docs", "--out", unwritable.toString());
    assertEquals(ExitCode.IO_ERROR, result.status());
    assertEquals("", result.out());
    assertTrue(result.err().contains(unwritable.toString()), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
    result.assertNoStackTrace();

    Result directory = run("docs", "--out", dir.toString());
    assertEquals(ExitCode.IO_ERROR, directory.status());
    assertTrue(directory.err().contains(dir.toString()), directory.err());
  }

  @Test
  void docsToABrokenStandardOutputFailsWithStatus3() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("pipe closed");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(
            new String[] {"docs"},
            new PrintStream(broken),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(ExitCode.IO_ERROR, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("standard output"));
  }

  @Test
  void anUnexpectedErrorIsReportedInOneLineWithStatus4() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new IllegalStateException("simulated bug");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(
            new String[] {"explain", "421"},
            new PrintStream(failing),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(ExitCode.INTERNAL_ERROR, status);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("ftp-doctor: internal error: "), message);
    assertTrue(message.contains("simulated bug"), message);
    assertEquals(1, message.lines().count(), message);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FtpDoctorTest.class.getResourceAsStream("/META-INF/codebook/" + name)) {
      assertTrue(in != null, "resource " + name + " on the class path");
      return in.readAllBytes();
    }
  }
}
