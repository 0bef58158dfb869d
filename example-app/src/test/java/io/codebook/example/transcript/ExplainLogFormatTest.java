package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.format.JsonText;
import io.codebook.example.format.MarkdownExplanationFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain-log --format}: the JSON shape README.md documents, Markdown, and a wrong name. */
class ExplainLogFormatTest {
  private static final String LOG =
      """
      220 Ready
      AUTH TLS
      500 AUTH not understood
      USER bob
      331 Password required
      PASS hunter22
      530 Login incorrect.
      Winsock error 10054
      just words
      """;

  @TempDir Path dir;

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    FtpDoctorTest.Result result = run("--format", "json");
    assertEquals(ExitCode.PROBLEM_FOUND, result.status(), result.err());
    Map<?, ?> json = (Map<?, ?>) JsonText.parse(result.out());
    assertEquals(
        List.of("transcript", "lines", "exitStatus", "entries", "malformed", "summary", "errors"),
        List.copyOf(json.keySet()));
    assertEquals(9L, json.get("lines"));
    assertEquals(5L, json.get("exitStatus"));
    List<?> entries = (List<?>) json.get("entries");
    assertEquals(
        List.of("reply", "command", "reply", "command", "reply", "command", "reply", "winsock"),
        entries.stream().map(entry -> ((Map<?, ?>) entry).get("type")).toList());
    Map<?, ?> auth = (Map<?, ?>) entries.get(2);
    assertEquals(
        List.of(
            "type",
            "line",
            "lastLine",
            "code",
            "text",
            "inReplyTo",
            "complete",
            "closingCode",
            "summary",
            "problem",
            "notes"),
        List.copyOf(auth.keySet()));
    assertEquals(500L, auth.get("code"));
    assertEquals(List.of("500 AUTH not understood"), auth.get("text"));
    assertEquals("AUTH TLS", auth.get("inReplyTo"));
    assertEquals(false, auth.get("problem"));
    assertTrue(((List<?>) auth.get("notes")).get(0).toString().startsWith("Recovered: AUTH"));
    assertEquals(Map.of("type", "command", "line", 6L, "command", "PASS ****"), entries.get(5));
    Map<?, ?> winsock = (Map<?, ?>) entries.get(7);
    assertEquals(10054L, winsock.get("code"));
    assertEquals(true, winsock.get("problem"));
    assertEquals(
        List.of(
            Map.of(
                "line",
                9L,
                "reason",
                "neither an FTP reply, an FTP command nor a"
                    + " line of a known client log: \"just words\"")),
        json.get("malformed"));
    assertEquals(
        Map.of(
            "replies",
            4L,
            "commands",
            3L,
            "winsockErrors",
            1L,
            "clientErrors",
            0L,
            "malformedLines",
            1L,
            "errors",
            2L),
        json.get("summary"));
    List<?> errors = (List<?>) json.get("errors");
    Map<?, ?> login = (Map<?, ?>) errors.get(0);
    assertEquals(530L, login.get("code"));
    assertEquals(List.of(7L), login.get("lines"));
    assertEquals("PASS ****", login.get("inReplyTo"));
    assertEquals(FtpReply.NOT_LOGGED_IN.solutions(), login.get("solutions"));
    assertEquals(10054L, ((Map<?, ?>) errors.get(1)).get("code"));
    assertTrue(!result.out().contains("hunter22"), "the password is masked");
  }

  @Test
  void markdownIsATableAndTheSolutions() throws IOException {
    FtpDoctorTest.Result result = run("--format", "markdown");
    assertEquals(ExitCode.PROBLEM_FOUND, result.status(), result.err());
    result.assertOutContains("| Line | | Text | Meaning |");
    result.assertOutContains("| 7 | ← | \"530 Login incorrect.\" |");
    result.assertOutContains("### 530 on line 7, in reply to PASS \\*\\*\\*\\*");
    result.assertOutContains(
        "1. " + MarkdownExplanationFormat.escape(FtpReply.NOT_LOGGED_IN.solutions().get(0)));
    assertTrue(!result.out().contains("hunter22"), "the password is masked");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    assertEquals(ExitCode.USAGE, run("--format", "yaml").status());
  }

  private FtpDoctorTest.Result run(String... options) throws IOException {
    Path file = dir.resolve("session.log");
    Files.writeString(file, LOG, StandardCharsets.UTF_8);
    String[] args = new String[options.length + 2];
    args[0] = "explain-log";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    return FtpDoctorTest.run(args);
  }
}
