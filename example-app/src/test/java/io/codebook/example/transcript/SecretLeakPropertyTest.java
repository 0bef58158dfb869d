package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.ExplainLogCommand;
import io.codebook.example.cli.FtpDoctor;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.ftp.Excerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A random secret, planted in every shape of {@link SecretShapes} in every client's log style, at
 * every place a line can take in a transcript, never reaches {@code explain-log}'s standard output
 * or standard error, in any output format; and what surrounds it is still shown.
 *
 * <p>The secret holds two random 12-character tokens, which nothing else prints, around odd
 * characters: punctuation that delimits values elsewhere, spaces, and non-ASCII letters. A token in
 * the output means a leak, whole or in part. Every line a report quotes is kept within the {@link
 * io.codebook.example.ftp.Excerpt#LENGTH} characters a report quotes, so an unmasked secret would
 * be shown: the test cannot pass by the secret being cut off.
 */
class SecretLeakPropertyTest {
  /** Characters put around and between the tokens. */
  private static final List<String> ODD =
      List.of(
          "@", ":", "/", ",", ";", "=", "%", "'", "\"", "\\", " ", "&", "?", "#", "!", "$", "*",
          "(", ")", "<", ">", "|", "~", "`", "+", "-", ".", "é", "ß", "Ω", "密", "🔑", "\u00a0");

  /**
   * A secret.
   *
   * @param text the secret
   * @param tokens the random tokens inside it
   */
  record Secret(String text, List<String> tokens) {}

  /** How clients label lines; {@code error} is {@code null} where there is no label for errors. */
  enum Style {
    FILEZILLA("Command: ", "Response: ", "Error: "),
    FILEZILLA_FILE(
        "2024-05-01 12:00:01 4712 1 Command: ",
        "2024-05-01 12:00:01 4712 1 Response: ",
        "2024-05-01 12:00:01 4712 1 Error: "),
    WS_FTP("[12:01:10] COMMAND:> ", "           ", "[12:01:10] ERROR:>   "),
    WINSCP(
        "> 2024-05-01 12:00:00.123 ", "< 2024-05-01 12:00:00.123 ", "! 2024-05-01 12:00:00.123 "),
    BRACKETS("[C] ", "[R] ", "[E] "),
    ARROWS("-> ", "<- ", "Error: "),
    LFTP_DEBUG("---> ", "<--- ", "Error: "),
    CURL_VERBOSE("> ", "< ", "Error: "),
    RAW("", "", null);

    final String command;
    final String reply;
    final String error;

    Style(String command, String reply, String error) {
      this.command = command;
      this.reply = reply;
      this.error = error;
    }
  }

  @Provide
  Arbitrary<Secret> secrets() {
    Arbitrary<String> token = Arbitraries.strings().alpha().numeric().ofLength(12);
    Arbitrary<String> edge = odd(0, 1);
    return Combinators.combine(edge, token, odd(1, 2), token, edge)
        .as(
            (before, first, between, second, after) ->
                new Secret(before + first + between + second + after, List.of(first, second)));
  }

  private static Arbitrary<String> odd(int min, int max) {
    return Arbitraries.of(ODD)
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 40)
  void noSecretReachesAnyOutput(@ForAll("secrets") Secret secret) throws IOException {
    for (Style style : Style.values()) {
      PlantedLog log = plant(style, secret.text());
      Assume.that(log.shown().stream().allMatch(text -> text.length() <= Excerpt.LENGTH));
      for (List<String> format : formats()) {
        List<String> args = new ArrayList<>(List.of("explain-log"));
        args.addAll(format);
        args.add("-");
        FtpDoctorTest.Result result = run(args, log.text());
        String where = style + " " + format + ":\n" + result.out() + result.err();
        assertEquals(ExitCode.PROBLEM_FOUND, result.status(), where);
        String all = result.out() + result.err();
        for (String token : secret.tokens()) {
          assertFalse(all.contains(token), () -> "token " + token + " shown in " + where);
        }
        for (String hidden : log.hidden()) {
          assertFalse(FtpDoctorTest.flat(all).contains(FtpDoctorTest.flat(hidden)), where);
        }
        if (format.isEmpty()) {
          log.kept().forEach(result::assertOutContains);
        }
      }
      // The entries every format is made from hold no secret either, multi-line replies included.
      String entries = TranscriptParser.parse(bytes(log.text())).toString();
      secret
          .tokens()
          .forEach(token -> assertFalse(entries.contains(token), style + ": " + entries));
    }
  }

  /**
   * A log with secrets.
   *
   * @param text the log
   * @param kept what the text report must show
   * @param hidden what no output may show
   * @param shown the texts the report quotes, without their labels
   */
  record PlantedLog(String text, List<String> kept, List<String> hidden, List<String> shown) {}

  /** A realistic session with every shape as a command, an error, a bare line and in replies. */
  static PlantedLog plant(Style style, String secret) {
    List<String> lines = new ArrayList<>();
    List<String> kept =
        new ArrayList<>(
            List.of(
                "-> USER bob",
                "<- 331 Password required for bob",
                "-> PWD",
                "<- 257 \"/home/bob\" is the current directory",
                "-> CWD /pub"));
    List<String> hidden = new ArrayList<>(List.of(secret));
    List<String> shown = new ArrayList<>();
    UnaryOperator<String> command = text -> style.command + text;
    UnaryOperator<String> reply = text -> style.reply + text;
    lines.addAll(
        List.of(
            reply.apply("220 ProFTPD Server ready."),
            command.apply("USER bob"),
            reply.apply("331 Password required for bob")));
    List<SecretShapes.Planted> planted = new ArrayList<>();
    for (SecretShapes.Shape shape : SecretShapes.ALL) {
      SecretShapes.Planted p = shape.plant().apply(secret);
      planted.add(p);
      kept.add(p.kept());
      hidden.add(p.hidden());
      // A set: in a log without labels, a command and a bare line are the same line.
      Set<String> placed = new LinkedHashSet<>(List.of(command.apply(p.line()), p.line()));
      if (style.error != null) {
        placed.add(style.error + p.line());
      }
      if (shape.inReplies()) {
        placed.add(reply.apply("530 " + p.line()));
      }
      lines.addAll(placed);
      placed.forEach(line -> shown.add(LogLine.of(line).text()));
    }
    lines.addAll(
        List.of(
            reply.apply("230 User bob logged in"),
            command.apply("PWD"),
            reply.apply("257 \"/home/bob\" is the current directory"),
            command.apply("CWD /pub"),
            reply.apply("250 CWD command successful"),
            reply.apply("211-Status of bob")));
    // Inside a multi-line reply: the text report shows only its first line, other formats may not.
    planted.forEach(p -> lines.add(reply.apply(" " + p.line())));
    lines.addAll(
        List.of(
            reply.apply("211 End of status"), command.apply("QUIT"), reply.apply("221 Goodbye.")));
    return new PlantedLog(String.join("\n", lines) + "\n", kept, hidden, shown);
  }

  /**
   * The output formats of {@code explain-log}: none to choose from means the text report only;
   * otherwise the default and every value of {@code --format}.
   */
  static List<List<String>> formats() {
    OptionSpec option =
        new CommandLine(new ExplainLogCommand()).getCommandSpec().findOption("--format");
    List<List<String>> formats = new ArrayList<>(List.of(List.of()));
    if (option != null) {
      assertTrue(option.completionCandidates() != null, "--format without a list of values");
      option.completionCandidates().forEach(value -> formats.add(List.of("--format", value)));
      assertTrue(formats.size() > 1, "--format lists no values");
    }
    return formats;
  }

  private static FtpDoctorTest.Result run(List<String> args, String log) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        FtpDoctor.run(
            args.toArray(String[]::new),
            bytes(log),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());
    return new FtpDoctorTest.Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
