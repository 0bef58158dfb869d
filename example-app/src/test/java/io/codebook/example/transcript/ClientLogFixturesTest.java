package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.cli.ExitCode;
import io.codebook.example.cli.FtpDoctorTest;
import io.codebook.example.format.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every log in {@code client-logs/manifest.tsv}, real clients against real servers: what {@code
 * explain-log --format json} reports is compared with {@link IndependentLogReading}, a separate and
 * simpler reading of the same log, and with what the manifest says the session ended in.
 */
class ClientLogFixturesTest {
  static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
    Path manifest =
        Path.of(
            Objects.requireNonNull(
                    ClientLogFixturesTest.class.getResource("/client-logs/manifest.tsv"),
                    "manifest")
                .toURI());
    List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split("\t", -1));
    List<Arguments> fixtures = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split("\t", -1);
      fixtures.add(
          Arguments.of(
              fields[header.indexOf("path")],
              manifest.resolveSibling(fields[header.indexOf("path")]),
              fields[header.indexOf("client")],
              fields[header.indexOf("scenario")],
              fields[header.indexOf("password")],
              Integer.parseInt(fields[header.indexOf("expected_final_code")])));
    }
    assertEquals(152, fixtures.size(), "fixtures in the manifest");
    return fixtures.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void explainLogAgreesWithAnIndependentReading(
      String name, Path log, String client, String scenario, String password, int finalCode) {
    IndependentLogReading expected = IndependentLogReading.read(client, read(log));
    // Else the comparison below would prove nothing.
    assertEquals(scenario.equals("refused"), expected.replies().isEmpty(), "replies found");
    assertEquals(scenario.equals("refused"), expected.commands().isEmpty(), "commands found");
    FtpDoctorTest.Result result =
        FtpDoctorTest.run("explain-log", "--format", "json", log.toString());
    assertFalse(
        result.out().contains(password) || result.err().contains(password), "password shown");
    Map<String, Object> json = object(JsonText.parse(result.out()));
    List<Map<String, Object>> entries = objects(json.get("entries"));

    List<String> commands =
        entries.stream()
            .filter(entry -> entry.get("type").equals("command"))
            .map(entry -> (String) entry.get("command"))
            .toList();
    List<String> replies =
        entries.stream()
            .filter(entry -> entry.get("type").equals("reply"))
            .map(entry -> (String) ((List<?>) entry.get("text")).get(0))
            .toList();
    assertEquals(expected.commands(), commands, "commands");
    assertEquals(expected.replies(), replies, "replies");
    assertEquals(List.of(), json.get("malformed"), "a client's own lines are not malformed");

    List<Map<String, Object>> errors = objects(json.get("errors"));
    boolean completed = scenario.equals("good") || scenario.equals("anonymous");
    if (completed) {
      assertEquals(List.of(), errors, "a completed session has no errors");
      assertEquals(0L, json.get("exitStatus"));
      assertEquals(ExitCode.OK, result.status());
      return;
    }
    assertEquals(ExitCode.PROBLEM_FOUND, result.status());
    Map<String, Object> error =
        errors.stream()
            .filter(e -> Long.valueOf(finalCode).equals(e.get("code")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(finalCode + " not among " + errors));
    List<String> solutions =
        finalCode > 9999
            ? WinsockError.of(finalCode).solutions()
            : FtpReply.of(finalCode).solutions();
    assertEquals(solutions, error.get("solutions"));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    assertTrue(value instanceof Map, () -> "not an object: " + value);
    return (Map<String, Object>) value;
  }

  private static List<Map<String, Object>> objects(Object value) {
    assertTrue(value instanceof List, () -> "not an array: " + value);
    return ((List<?>) value).stream().map(ClientLogFixturesTest::object).toList();
  }
}
