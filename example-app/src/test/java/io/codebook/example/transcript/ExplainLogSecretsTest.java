package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code explain-log} on real clients' logs that hold a password: it never shows it. */
class ExplainLogSecretsTest {
  private static final String SECRET = "tiger-lily-42";

  @TempDir Path dir;

  static Stream<Arguments> logs() {
    return Stream.of(
        log(
            "FileZilla",
            """
            Status: Connecting to ftp://bob:tiger-lily-42@ftp.example.com/pub/
            Response: 220 Ready
            Command: USER bob
            Response: 331 Password required for bob
            Command: PASS tiger-lily-42
            Response: 530 Login incorrect.
            Error: Could not connect to ftp://bob:tiger-lily-42@ftp.example.com/pub/
            wget --ftp-password=tiger-lily-42 ftp://ftp.example.com/pub/
            """,
            "-> USER bob",
            "-> PASS ****",
            "530 on line 6, in reply to PASS ****",
            "!  Could not connect to ftp://bob:****@ftp.example.com/pub/",
            "\"wget --ftp-password=**** ftp://ftp.example.com/pub/\""),
        log(
            "Python ftplib, debug level 2",
            """
            *cmd* 'USER bob'
            *put* 'USER bob\\r\\n'
            *get* '331 Please specify the password.\\r\\n'
            *cmd* 'PASS tiger-lily-42'
            *put* 'PASS tiger-lily-42\\r\\n'
            *get* '530 Login incorrect.\\r\\n'
            """,
            "-> USER bob",
            "-> PASS ****"),
        log(
            "wget -d",
            """
            Setting --ftp-user (ftpuser) to bob
            Setting --ftp-password (ftppassword) to tiger-lily-42
            DEBUG output created by Wget 1.21.3 on linux-gnu.
            --> PASS tiger-lily-42
            530 Login incorrect.
            """,
            "-> PASS ****",
            "530 on line 5, in reply to PASS ****"),
        log(
            "curl -v",
            """
            $ curl -v -u bob:tiger-lily-42 ftp://ftp.example.com/pub/
            < 220 Ready
            > USER bob
            > PASS tiger-lily-42
            < 530 Login incorrect.
            """,
            "\"$ curl -v -u bob:**** ftp://ftp.example.com/pub/\"",
            "-> USER bob",
            "-> PASS ****"),
        log(
            "lftp -d",
            """
            $ lftp -u bob,tiger-lily-42 ftp.example.com
            lftp bob@ftp.example.com:~> user bob tiger-lily-42
            lftp bob@ftp.example.com:~> open ftp://bob:tiger-lily-42@ftp.example.com
            lftp bob@ftp.example.com:~> open bob:tiger-lily-42@ftp.example.com
            ---> PASS tiger-lily-42
            <--- 530 Login incorrect.
            """,
            "\"$ lftp -u bob,**** ftp.example.com\"",
            "\"lftp bob@ftp.example.com:~> user bob ****\"",
            "\"lftp bob@ftp.example.com:~> open ftp://bob:****@ftp.example.com\"",
            "\"lftp bob@ftp.example.com:~> open bob:****@ftp.example.com\""),
        log(
            "a server that repeats the command",
            """
            220 Ready
            PASS tiger-lily-42
            500 'PASS tiger-lily-42': command not understood.
            PWD
            257 "/home/bob" is the current directory
            """,
            "<- 500 'PASS ****': command not understood.",
            "-> PWD",
            "<- 257 \"/home/bob\" is the current directory"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void thePasswordIsNeverShownAndTheRestIs(String client, String log, List<String> kept)
      throws IOException {
    FtpDoctorTest.Result result = explainLog(log);
    assertFalse((result.out() + result.err()).contains(SECRET), result.out() + result.err());
    assertFalse(result.out().contains("tiger"), "no part of it either");
    kept.forEach(result::assertOutContains);
  }

  /**
   * Lines the text report does not show are masked as well, for any other report made from them.
   */
  @Test
  void theEntriesHoldNoSecretEvenWhereTheReportDoesNotLook() throws IOException {
    Transcript transcript =
        TranscriptParser.parse(
            new ByteArrayInputStream(
                """
        Response: 230-Welcome bob
        Response:  your settings: "password": "tiger-lily-42"
        Response: 230 Logged in
        Status: Saving password=tiger-lily-42
        """
                    .getBytes(StandardCharsets.UTF_8)));
    Transcript.ReplyEntry reply = (Transcript.ReplyEntry) transcript.entries().get(0);
    assertEquals(
        List.of("230-Welcome bob", "your settings: \"password\": \"****\"", "230 Logged in"),
        reply.reply().lines());
    assertFalse(transcript.toString().contains(SECRET), transcript::toString);
  }

  @Test
  void aFileNameWithAPasswordIsMaskedInTheHeadingAndInErrors() throws IOException {
    Path file = dir.resolve("password=" + SECRET);
    Files.writeString(file, "220 Ready\n");
    FtpDoctorTest.Result result = FtpDoctorTest.run("explain-log", file.toString());
    assertEquals(ExitCode.OK, result.status(), result.err());
    assertTrue(
        result.out().startsWith("Transcript: " + dir.resolve("password=****") + " (1 line)"),
        result.out());

    Path missing = dir.resolve("old-password=" + SECRET + ".log");
    FtpDoctorTest.Result error = FtpDoctorTest.run("explain-log", missing.toString());
    assertEquals(ExitCode.IO_ERROR, error.status());
    assertEquals(
        "ftp-doctor: cannot read "
            + dir.resolve("old-password=****")
            + ": no such file or directory\n",
        error.err());
  }

  private static Arguments log(String client, String log, String... kept) {
    assertTrue(log.contains(SECRET), client);
    return Arguments.of(client, log, List.of(kept));
  }

  private FtpDoctorTest.Result explainLog(String log) throws IOException {
    Path file = Files.createTempFile(dir, "transcript", ".log");
    Files.writeString(file, log);
    return FtpDoctorTest.run("explain-log", file.toString());
  }
}
