package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.format.JsonText;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code explain-log} never prints a control character that came with the input, in any format: C0
 * controls, DEL, C1 controls (U+009B is CSI to a terminal that takes 8-bit codes) and the bidi
 * controls, which reorder what a terminal shows. Each is shown as {@code ?}, and the line is read
 * as usual.
 */
class ExplainLogControlCharactersTest {
  /** What must never be printed: the characters listed here, not through the code under test. */
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

  @TempDir Path dir;

  /**
   * A log whose lines carry control characters in every way one can: a raw byte 0x9B in a line that
   * is not UTF-8 (read as ISO 8859-1), C1 and bidi controls in UTF-8, an ESC sequence (taken out as
   * a terminal's formatting) and a lone ESC, ftplib's escapes that decode to a control character,
   * and a line that is no FTP at all.
   */
  private byte[] log() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("> RETR x\n< 550 x".getBytes(StandardCharsets.US_ASCII));
    bytes.write(0x9b);
    bytes.writeBytes("31m\n".getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(
        ("< 550 y\u0085z\n"
                + "< 550 \u202etxt.exe\n"
                + "< 550 \u001b[2Jcleared\n"
                + "< 550 lone\u001b\n"
                + "*resp* '550 a\\x9bb\\x1b[0m'\n"
                + "Error: \u2066isolated\u2069 \u007f\n"
                + "just \u009b words\n")
            .getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void noFormatPrintsAControlCharacter(String format) throws IOException {
    FtpDoctorTest.Result result = run(log(), "--format", format);
    assertEquals(ExitCode.PROBLEM_FOUND, result.status(), result.err());
    assertNoControl(result.out());
    assertNoControl(result.err());
    // Without the backslashes Markdown puts before [ and JSON before quotes.
    String unescaped = result.out().replace("\\", "");
    for (String shown :
        List.of("550 x", "550 y?z", "550 ?txt.exe", "550 cleared", "550 lone?", "550 a?b?[0m")) {
      assertTrue(unescaped.contains(shown), () -> "missing " + shown + " in\n" + result.out());
    }
  }

  @Test
  void theLinesAreReadAsUsualWithTheirControlsReplaced() throws IOException {
    FtpDoctorTest.Result result = run(log(), "--format", "json");
    Map<?, ?> json = (Map<?, ?>) JsonText.parse(result.out());
    List<?> entries = (List<?>) json.get("entries");
    assertEquals(
        List.of("command", "reply", "reply", "reply", "reply", "reply", "reply", "clientError"),
        entries.stream().map(entry -> ((Map<?, ?>) entry).get("type")).toList());
    // The raw 0x9B and "31m" after it are CSI 31m, a colour: taken out as ESC [31m would be.
    assertEquals(List.of("550 x"), ((Map<?, ?>) entries.get(1)).get("text"));
    assertEquals("?isolated? ?", ((Map<?, ?>) entries.get(7)).get("text"));
    List<?> malformed = (List<?>) json.get("malformed");
    assertEquals(1, malformed.size(), malformed::toString);
    assertTrue(
        ((Map<?, ?>) malformed.get(0)).get("reason").toString().contains("\"just ? words\""),
        malformed::toString);
  }

  /**
   * A log saved from a terminal holds its colours and title as escape sequences: they are taken out
   * before the line is read, so a coloured command is still a command and its password still
   * masked, rather than shown in a line that no longer reads as PASS.
   */
  @Test
  void aColouredLogReadsAsTheTerminalShowedItAndKeepsItsSecrets() throws IOException {
    String log =
        "\u001b]0;ftp session\u0007\u001b(B< 220 Ready\n"
            + "Command: \u001b[1mPASS hunter22\u001b[0m\n"
            + "\u001b[31m< 530 Login incorrect.\u001b[m\n"
            + "Command: PASS\fhunter33\n"
            // The 8-bit forms of the same: CSI (U+009B) and OSC (U+009D) ended by ST (U+009C).
            + "\u009d0;title\u009cCommand: \u009b1mPASS hunter44\u009b0m\n";
    FtpDoctorTest.Result result = run(log.getBytes(StandardCharsets.UTF_8));
    assertEquals(ExitCode.PROBLEM_FOUND, result.status(), result.err());
    result.assertOutContains("line 1 <- 220 Ready");
    result.assertOutContains("line 2 -> PASS ****");
    result.assertOutContains("line 3 <- 530 Login incorrect.");
    result.assertOutContains("line 4 -> PASS?****");
    result.assertOutContains("line 5 -> PASS ****");
    assertFalse(result.out().contains("hunter"), result.out());
    assertNoControl(result.out());
  }

  /**
   * A control character that a terminal shows as nothing (the SI after screen's colour reset, a
   * bell), before PASS or between it and its password, does not keep the password from being
   * masked: the line is shown with a ?, and it still reads as PASS and a password to whoever sees
   * it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void aControlCharacterBesidePassLeavesItsPasswordMasked(String format) throws IOException {
    String log =
        "\u001b[1mUSER bob\u001b[m\u000f\n"
            + "\u001b[m\u000fPASS hunter11\n"
            + "Command:\u0007 PASS hunter22\n"
            + "\u202ePASS hunter33\n"
            + "PASS\u0001hunter44\n"
            + "230 Logged in.\n";
    FtpDoctorTest.Result result = run(log.getBytes(StandardCharsets.UTF_8), "--format", format);
    assertEquals(ExitCode.OK, result.status(), result.toString());
    assertFalse(result.out().contains("hunter"), result.out());
    assertFalse(result.err().contains("hunter"), result.err());
    assertNoControl(result.out());
  }

  @Test
  void aLineWithANulByteIsStillBinaryData() throws IOException {
    FtpDoctorTest.Result result =
        run(new byte[] {'5', '5', '0', ' ', 0, 0x1b, '\n', '4', '2', '1', ' ', 'x', '\n'});
    result.assertOutContains("line 1: binary data, not text (6 bytes)");
    result.assertOutContains("line 2 <- 421 x");
    assertNoControl(result.out());
  }

  @Test
  void theFileNameIsShownWithItsControlsReplacedToo() {
    // Put together as text: the file system may not take such a name as a path.
    String name = dir + File.separator + "no\u202esuch\u001b[2J.log";
    FtpDoctorTest.Result result = FtpDoctorTest.run("explain-log", name);
    assertTrue(
        result.status() == ExitCode.IO_ERROR || result.status() == ExitCode.USAGE,
        result::toString);
    assertNoControl(result.out());
    assertNoControl(result.err());
    assertTrue(result.err().contains("no?such?[2J.log"), result.err());
  }

  private FtpDoctorTest.Result run(byte[] transcript, String... options) throws IOException {
    Path file = Files.createTempFile(dir, "transcript", ".log");
    Files.write(file, transcript);
    String[] args = new String[options.length + 2];
    args[0] = "explain-log";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    return FtpDoctorTest.run(args);
  }

  private static void assertNoControl(String output) {
    Matcher control = CONTROL.matcher(output);
    assertFalse(
        control.find(),
        () ->
            String.format(
                Locale.ROOT,
                "U+%04X at %d in:%n%s",
                (int) output.charAt(control.start()),
                control.start(),
                output));
  }
}
