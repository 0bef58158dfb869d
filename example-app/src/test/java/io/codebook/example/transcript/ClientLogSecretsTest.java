package io.codebook.example.transcript;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.cli.FtpDoctorTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The logs real clients wrote against real servers ({@code client-logs/manifest.tsv}, captured by
 * {@code scripts/capture-client-logs}): {@code explain-log} shows none of their passwords, in any
 * output format, though many of the logs print them ({@code > PASS}, {@code ---> PASS}, {@code
 * Setting --password}, {@code + open -u}).
 */
class ClientLogSecretsTest {
  @Test
  void noPasswordOfARealClientLogIsShown() throws IOException, URISyntaxException {
    Path manifest =
        Path.of(
            Objects.requireNonNull(
                    getClass().getResource("/client-logs/manifest.tsv"), "client-logs/manifest.tsv")
                .toURI());
    List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split("\t"));
    int pathColumn = header.indexOf("path");
    int passwordColumn = header.indexOf("password");
    int userColumn = header.indexOf("user");
    List<String> printed = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split("\t", -1);
      Path log = manifest.resolveSibling(fields[pathColumn]);
      String password = fields[passwordColumn];
      String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
      if (text.contains(password)) {
        printed.add(fields[pathColumn]);
      }
      for (List<String> format : SecretLeakPropertyTest.formats()) {
        List<String> args = new ArrayList<>(List.of("explain-log"));
        args.addAll(format);
        args.add(log.toString());
        FtpDoctorTest.Result result = FtpDoctorTest.run(args.toArray(String[]::new));
        String all = result.out() + result.err();
        assertFalse(all.contains(password), () -> log + " " + format + ":\n" + all);
        if (format.isEmpty() && text.contains("USER " + fields[userColumn])) {
          result.assertOutContains("USER " + fields[userColumn]);
        }
      }
    }
    // curl -v, lftp -d and wget -d print the password; without them this test would prove nothing.
    assertTrue(printed.size() >= 40, () -> "logs that print their password: " + printed);
    assertTrue(printed.stream().anyMatch(path -> path.startsWith("wget/")), printed::toString);
    assertTrue(
        printed.stream().anyMatch(path -> path.startsWith("lftp-script/")), printed::toString);
  }
}
