package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctor;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.ftp.Excerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain-log}: transcripts of clients and raw captures, including broken ones. */
class ExplainLogTest {
  @TempDir Path dir;

  /** A FileZilla log file: labels, dates, process and session numbers. */
  private static final String FILEZILLA =
      """
      2024-05-01 12:00:00 4712 1 Status: Resolving address of ftp.example.com
      2024-05-01 12:00:00 4712 1 Status: Connecting to 192.0.2.10:21...
      2024-05-01 12:00:01 4712 1 Response: 220-Welcome to Example FTP
      2024-05-01 12:00:01 4712 1 Response: 220-Be nice.
      2024-05-01 12:00:01 4712 1 Response: 220 Ready
      2024-05-01 12:00:01 4712 1 Command: USER bob
      2024-05-01 12:00:01 4712 1 Response: 331 Password required for bob
      2024-05-01 12:00:01 4712 1 Command: PASS hunter22
      2024-05-01 12:00:02 4712 1 Response: 530 Login incorrect.
      2024-05-01 12:00:02 4712 1 Error: Critical error: Could not connect to server
      """;

  /** WS_FTP and CuteFTP: STATUS:>, COMMAND:>, ERROR:> and indented replies. */
  private static final String WS_FTP =
      """
      [12:01:02] STATUS:>  Connecting to ftp.example.com
      [12:01:03] ERROR:>   Can't connect to remote server. Socket error = #10061.
      [12:01:09] STATUS:>  Connecting to ftp.example.com
                 220 Ready
      [12:01:10] COMMAND:> USER alice
                 331 Password required
      [12:01:10] COMMAND:> PASS s3cr3t!pw
                 230 Logged in
      [12:01:11] COMMAND:> RETR missing.txt
                 550 missing.txt: No such file or directory
      """;

  /** A raw capture with arrows, a multi-line reply closed with another code, and Winsock lines. */
  private static final String RAW =
      """
      <- 220 ProFTPD Server ready.
      -> USER carol
      <- 331 Password required for carol
      -> PASS open-sesame
      <- 230-Welcome, carol
      <-  Your quota is 10 MB
      <- 250 OK
      -> CWD /pub
      [R] 550 /pub: No such file or directory
      Winsock error 10054
      WSAETIMEDOUT
      421 Too many users
      """;

  @Test
  void aFileZillaLogIsAnnotatedAndItsErrorsExplained() throws IOException {
    FtpDoctorTest.Result result = explainLog(FILEZILLA);
    assertEquals(ExitCode.PROBLEM_FOUND, result.status(), result.err());
    assertEquals("", result.err());
    String out = result.out();
    assertTrue(out.contains("lines 3-5"), "the multi-line greeting is one reply:\n" + out);
    result.assertOutContains("220 SERVICE_READY (FTP reply): " + FtpReply.SERVICE_READY.message());
    result.assertOutContains("-> PASS ****");
    assertFalse(out.contains("hunter22"), "the password is masked");
    result.assertOutContains("530 on line 9, in reply to PASS ****");
    FtpReply.NOT_LOGGED_IN.solutions().forEach(result::assertOutContains);
    result.assertOutContains(
        "Errors the client reports without a code: line 10: Critical error:"
            + " Could not connect to server");
    result.assertOutContains(
        "Summary: 3 replies, 2 commands, 0 Winsock errors, 1 client error,"
            + " 0 malformed lines; 2 errors.");
  }

  @Test
  void aWsFtpLogWithASocketErrorAndAMissingFile() throws IOException {
    FtpDoctorTest.Result result = explainLog(WS_FTP);
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    assertFalse(result.out().contains("s3cr3t!pw"), result.out());
    result.assertOutContains("10061 WSAECONNREFUSED (Winsock error): Connection refused.");
    result.assertOutContains("10061 on line 2:");
    WinsockError.WSAECONNREFUSED.solutions().forEach(result::assertOutContains);
    result.assertOutContains(
        "550 on line 10, in reply to RETR missing.txt: 'missing.txt' is not"
            + " available to RETR");
    FtpReply.FILE_UNAVAILABLE.solutions().forEach(result::assertOutContains);
    result.assertOutContains("0 malformed lines");
  }

  @Test
  void aRawCaptureWithAReplyClosedByAnotherCode() throws IOException {
    Transcript transcript = parse(RAW);
    List<Transcript.ReplyEntry> replies =
        transcript.entries().stream()
            .filter(Transcript.ReplyEntry.class::isInstance)
            .map(Transcript.ReplyEntry.class::cast)
            .toList();
    assertEquals(
        List.of(220, 331, 230, 550, 421),
        replies.stream().map(entry -> entry.reply().code()).toList());
    Transcript.ReplyEntry quirk = replies.get(2);
    assertEquals(5, quirk.line());
    assertEquals(7, quirk.lastLine());
    assertEquals(250, quirk.reply().closingCode());
    assertEquals("PASS ****", quirk.inReplyTo());
    assertEquals(
        List.of(10054, 10060),
        transcript.entries().stream()
            .filter(Transcript.WinsockEntry.class::isInstance)
            .map(entry -> ((Transcript.WinsockEntry) entry).code())
            .toList());
    assertTrue(
        transcript.entries().stream().noneMatch(Transcript.MalformedEntry.class::isInstance),
        transcript::toString);

    FtpDoctorTest.Result result = explainLog(RAW);
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    result.assertOutContains("lines 5-7 <- 230-Welcome, carol (3 lines)");
    result.assertOutContains("Note: the last line carries 250, not 230.");
    result.assertOutContains("reads the reply as 230");
    assertFalse(result.out().contains("open-sesame"), result.out());
    result.assertOutContains("421 on line 12");
    FtpReply.SERVICE_NOT_AVAILABLE.solutions().forEach(result::assertOutContains);
    WinsockError.WSAECONNRESET.solutions().forEach(result::assertOutContains);
    WinsockError.WSAETIMEDOUT.solutions().forEach(result::assertOutContains);
  }

  @Test
  void curlsProgressMeterIsNoReplyAndLineNumbersAreAnEditors() throws IOException {
    String meter = "  0     0    0     0    0     0      0      0 --:--:--  0:00:01 --:--:--     0";
    FtpDoctorTest.Result result =
        run(
            ("  % Total    % Received % Xferd  Average Speed   Time    Time"
                    + "     Time  Current\n"
                    + "\r"
                    + meter
                    + "*   Trying 127.0.0.1:21...\n"
                    + "< 220 Ready\r\n"
                    + "> USER bob\r\n"
                    + "\r"
                    + meter
                    + "\r"
                    + meter
                    + "< 331 Password required\r\n"
                    + "> PASS hunter22\r\n"
                    + "< 230 Logged in\r\n"
                    + "> RETR a.txt\r\n"
                    + "< 150 Opening\r\n"
                    + "< 226 Transfer complete\r\n"
                    + "\r100    53  100    53    0     0    451      0 --:--:-- --:--:-- --:--:--   452\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(ExitCode.OK, result.status(), result.out());
    result.assertOutContains("(11 lines)");
    result.assertOutContains("line 5         <- 331 Password required");
    result.assertOutContains("line 6         -> PASS ****");
    result.assertOutContains(
        "Summary: 5 replies, 3 commands, 0 Winsock errors, 0 client errors,"
            + " 0 malformed lines; 0 errors.");
    assertFalse(result.out().contains("<- 100"), result.out());
  }

  @Test
  void aCleanSessionExitsWithZero() throws IOException {
    FtpDoctorTest.Result result =
        explainLog(
            """
        220 Ready
        USER x
        331 Need password
        PASS y
        230 OK
        QUIT
        221 Bye
        """);
    assertEquals(ExitCode.OK, result.status(), result.out());
    result.assertOutContains(
        "Summary: 4 replies, 3 commands, 0 Winsock errors, 0 client errors,"
            + " 0 malformed lines; 0 errors. No errors.");
    assertFalse(result.out().contains("PASS y"), result.out());
  }

  @Test
  void garbageIsReportedWithLineNumbersAndNeverStopsTheRest() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("220 Ready\n\n\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'b', 'i', 'n', 0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n'});
    bytes.writeBytes(("x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(("550 " + "y".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "just some words\n999 not a reply code\nResponse: no code here\n"
            .getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("\r\n   \t\n421 Still read after all that".getBytes(StandardCharsets.UTF_8));
    FtpDoctorTest.Result result = run(bytes.toByteArray());
    assertEquals(ExitCode.PROBLEM_FOUND, result.status(), result.err());
    result.assertNoStackTrace();
    String out = result.out();
    result.assertOutContains("Malformed lines (6):");
    result.assertOutContains("line 4: binary data, not text (8 bytes)");
    result.assertOutContains(
        "line 5: a line of 100000 bytes; only the first 8192 are read;" + " neither an FTP reply");
    result.assertOutContains("line 6: a line of 100004 bytes");
    result.assertOutContains(
        "line 7: neither an FTP reply, an FTP command nor a line of a known"
            + " client log: \"just some words\"");
    result.assertOutContains("line 8: 999 is not an FTP reply code");
    result.assertOutContains("line 9: a server line that does not start with a reply code");
    result.assertOutContains("line 12 <- 421 Still read after all that");
    result.assertOutContains("550 on line 6");
    assertFalse(out.contains("x".repeat(Excerpt.LENGTH + 1)), "quotes are short");
    assertTrue(out.lines().allMatch(line -> line.length() <= 200), "no huge lines in the report");
    assertTrue(out.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control characters echoed");
  }

  @Test
  void aMultiLineReplyThatNeverEndsIsReportedAndStillExplained() throws IOException {
    Transcript transcript =
        parse(
            """
        Response: 230-Welcome
        Response:  more text
        Command: PWD
        Response: 257 "/"
        Response: 211-Features
        Response:  SIZE
        """);
    List<Transcript.Entry> entries = transcript.entries();
    assertEquals(
        List.of(
            "MalformedEntry 1",
            "ReplyEntry 1",
            "CommandEntry 3",
            "ReplyEntry 4",
            "MalformedEntry 5",
            "ReplyEntry 5"),
        entries.stream()
            .map(entry -> entry.getClass().getSimpleName() + " " + entry.line())
            .toList());
    assertTrue(
        ((Transcript.MalformedEntry) entries.get(0))
            .reason()
            .contains("before the command on" + " line 3"),
        entries.get(0)::toString);
    assertTrue(
        ((Transcript.MalformedEntry) entries.get(4)).reason().contains("the transcript ends"));
    Transcript.ReplyEntry unfinished =
        assertInstanceOf(Transcript.ReplyEntry.class, entries.get(5));
    assertFalse(unfinished.complete());
    assertEquals(211, unfinished.reply().code());
  }

  /**
   * RFC 959 answers both MKD and PWD with 257, and the spec's message for it is MKD's: after PWD
   * (or XPWD) the reply names the current directory, and nothing was created.
   */
  @Test
  void a257AfterPwdNamesTheCurrentDirectoryNotSomethingCreated() throws IOException {
    String log =
        """
        > PWD
        < 257 "/home/alice" is the current directory
        > MKD new
        < 257 "/home/alice/new" created
        > XPWD
        < 257 "/home/alice"
        """;
    FtpDoctorTest.Result result = explainLog(log);
    assertEquals(ExitCode.OK, result.status(), result.err());
    result.assertOutContains(
        "line 2 <- 257 \"/home/alice\" is the current directory"
            + " 257 PATHNAME_CREATED (FTP reply): \"PATHNAME\" is the current directory. [success]");
    result.assertOutContains(
        "line 4 <- 257 \"/home/alice/new\" created"
            + " 257 PATHNAME_CREATED (FTP reply): \"PATHNAME\" created. [success]");
    result.assertOutContains(
        "line 6 <- 257 \"/home/alice\""
            + " 257 PATHNAME_CREATED (FTP reply): \"PATHNAME\" is the current directory.");

    Path file = Files.writeString(dir.resolve("pwd.log"), log);
    for (String format : List.of("json", "markdown")) {
      FtpDoctorTest.Result formatted =
          FtpDoctorTest.run("explain-log", "--format", format, file.toString());
      // The replies' own texts end without a full stop, so these are the summaries.
      assertEquals(2, count(formatted.out(), "is the current directory."), formatted.out());
      assertEquals(1, count(formatted.out(), "created."), formatted.out());
    }
  }

  @Test
  void onlyGarbageFindsNothingAndSaysSo() throws IOException {
    FtpDoctorTest.Result result = explainLog("hello\nworld\n");
    assertEquals(ExitCode.NOT_FOUND, result.status());
    result.assertOutContains("No FTP reply, FTP command or Winsock error found.");
    result.assertOutContains("Malformed lines (2):");
    assertEquals(ExitCode.NOT_FOUND, explainLog("").status());
  }

  @Test
  void randomBytesNeverCrashIt() {
    Random random = new Random(20240501);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(4000)];
      random.nextBytes(bytes);
      for (int i = 0; i < bytes.length; i++) {
        if (random.nextInt(8) == 0) {
          bytes[i] = (byte) "\n\r -0123456789:>[]<".charAt(random.nextInt(19));
        }
      }
      int seed = round;
      FtpDoctorTest.Result result =
          assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(bytes));
      assertTrue(
          List.of(ExitCode.OK, ExitCode.NOT_FOUND, ExitCode.PROBLEM_FOUND)
              .contains(result.status()),
          () -> "round " + seed + ": " + result.err());
      result.assertNoStackTrace();
    }
  }

  @Test
  void aTranscriptIsReadFromStandardInputWithADash() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(
            new String[] {"explain-log", "-"},
            new ByteArrayInputStream("421 Too many users\n".getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());
    assertEquals(ExitCode.PROBLEM_FOUND, status, err.toString(StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("Transcript: standard input (1 line)"), text);
    assertTrue(text.contains("421 SERVICE_NOT_AVAILABLE"), text);
  }

  @Test
  void aMissingFileIsAnInputError() {
    Path missing = dir.resolve("missing.log");
    FtpDoctorTest.Result result = FtpDoctorTest.run("explain-log", missing.toString());
    assertEquals(ExitCode.IO_ERROR, result.status());
    assertEquals("", result.out());
    assertEquals(
        "ftp-doctor: cannot read " + missing + ": no such file or directory\n", result.err());
    FtpDoctorTest.Result directory = FtpDoctorTest.run("explain-log", dir.toString());
    assertEquals(ExitCode.IO_ERROR, directory.status());
    assertTrue(directory.err().contains("is a directory"), directory.err());
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private FtpDoctorTest.Result explainLog(String transcript) throws IOException {
    return run(transcript.getBytes(StandardCharsets.UTF_8));
  }

  private FtpDoctorTest.Result run(byte[] transcript) throws IOException {
    Path file = Files.createTempFile(dir, "transcript", ".log");
    Files.write(file, transcript);
    return FtpDoctorTest.run("explain-log", file.toString());
  }

  private static Transcript parse(String transcript) throws IOException {
    return TranscriptParser.parse(
        new ByteArrayInputStream(transcript.getBytes(StandardCharsets.UTF_8)));
  }
}
