package io.codebook.processor.document;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's Chromium headless on a local file and returns the page's DOM after its scripts ran.
 * Every profile is new, and the flags keep it from reaching the network on its own.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIME_LIMIT_SECONDS = 120;

  private HeadlessChromium() {}

  static boolean isInstalled() {
    return Files.isExecutable(BINARY);
  }

  /**
   * The serialized DOM of {@code url} (a {@code file:} URL), with a fresh profile under {@code
   * work}.
   */
  static String dumpDom(String url, Path work, String... extraFlags)
      throws IOException, InterruptedException {
    if (!url.startsWith("file:")) {
      throw new IllegalArgumentException("only local files: " + url);
    }
    Path profile = Files.createTempDirectory(work, "profile");
    Path out = Files.createTempFile(work, "dom", ".html");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(List.of(extraFlags));
    command.addAll(List.of("--dump-dom", url));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "Chromium took more than " + TIME_LIMIT_SECONDS + " s on " + url + "\n" + tail(err));
    }
    String dom = Files.readString(out, UTF_8);
    if (process.exitValue() != 0 || dom.isBlank()) {
      throw new AssertionError(
          "Chromium exited with "
              + process.exitValue()
              + " and "
              + dom.length()
              + " chars of DOM on "
              + url
              + "\n"
              + tail(err));
    }
    return dom;
  }

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file, UTF_8);
    return text.substring(Math.max(0, text.length() - 3000));
  }
}
