package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged {@code ftp-doctor.jar}: its contents, and running it with {@code java -jar}. */
class FtpDoctorJarIT {
  private static Path jar;

  @TempDir
  Path work;

  @BeforeAll
  static void findJar() {
    String property = System.getProperty("ftpdoctor.jar");
    assertNotNull(property, "system property ftpdoctor.jar, set by the failsafe configuration");
    jar = Path.of(property);
    assertTrue(Files.isRegularFile(jar), "the packaged jar exists: " + jar);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FtpReply.md", "FtpReply.html", "WinsockError.md", "WinsockError.html"})
  void theReferenceDocumentsAreInTheJar(String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry entry = file.getJarEntry("META-INF/codebook/" + name);
      assertNotNull(entry, name + " in " + jar);
      try (InputStream in = file.getInputStream(entry)) {
        assertTrue(in.readAllBytes().length > 0, name + " is not empty");
      }
    }
  }

  @Test
  void theHtmlDocumentHasAnAnchorFor421() throws IOException {
    try (JarFile file = new JarFile(jar.toFile());
        InputStream in = file.getInputStream(file.getJarEntry("META-INF/codebook/FtpReply.html"))) {
      assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("id=\"421\""));
    }
  }

  @Test
  void theJarNamesItsMainClassAndNeedsNothingElse() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertEquals(FtpDoctor.class.getName(),
          file.getManifest().getMainAttributes().getValue("Main-Class"));
      assertFalse(file.getManifest().getMainAttributes().containsKey(
          new java.util.jar.Attributes.Name("Class-Path")), "no run-time dependencies");
    }
  }

  @Test
  void explain421() throws Exception {
    Run run = javaJar("explain", "421");
    assertEquals(ExitCode.OK, run.status(), run.err());
    assertTrue(run.out().contains(FtpReply.SERVICE_NOT_AVAILABLE.message()), run.out());
    assertEquals("", run.err());
  }

  @Test
  void explainANonNumber() throws Exception {
    Run run = javaJar("explain", "abc");
    assertEquals(ExitCode.USAGE, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("'abc'"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void explainAnUnknownNumber() throws Exception {
    assertEquals(ExitCode.NOT_FOUND, javaJar("explain", "12345").status());
  }

  @Test
  void docsFromTheJar() throws Exception {
    Path out = work.resolve("ftp.html");
    Run run = javaJar("docs", "--format", "html", "--out", out.toString());
    assertEquals(ExitCode.OK, run.status(), run.err());
    assertTrue(Files.readString(out).contains("id=\"421\""));
  }

  @Test
  void noArguments() throws Exception {
    Run run = javaJar();
    assertEquals(ExitCode.USAGE, run.status());
    assertTrue(run.err().startsWith("Usage: ftp-doctor"), run.err());
  }

  /** What a run of the jar printed and returned. */
  record Run(int status, String out, String err) {}

  private Run javaJar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(work, "stdout", ".txt");
    Path stderr = Files.createTempFile(work, "stderr", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 60 s");
    }
    return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
