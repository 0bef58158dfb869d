package io.codebook.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A separate consumer project, assembled under {@code target/consumers/NAME} from layers of {@code
 * src/it} (later layers add or replace files), and the processes that build and run it. Every
 * process writes to a log file of its own, which a failing assertion shows.
 */
final class Consumer {
  static final Path SOURCES = Path.of(System.getProperty("codebook.it.consumers"));
  static final Path WORK = Path.of(System.getProperty("codebook.it.work"));
  static final Path JARS = Path.of(System.getProperty("codebook.it.jars"));
  static final String VERSION = System.getProperty("codebook.it.version");
  static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  final Path dir;
  private final String name;

  private Consumer(String name) {
    this.name = name;
    this.dir = WORK.resolve(name);
  }

  /** A fresh copy of the given layers of {@code src/it}. */
  static Consumer create(String name, String... layers) {
    Consumer consumer = new Consumer(name);
    try {
      delete(consumer.dir);
      for (String layer : layers) {
        Path from = SOURCES.resolve(layer);
        try (Stream<Path> files = Files.walk(from)) {
          for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            Path to = consumer.dir.resolve(from.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return consumer;
  }

  /** Copies the just-built Codebook jars into the project, under their Maven file names. */
  Consumer withJars() {
    for (String artifact : List.of("annotations", "codes-spec", "processor")) {
      String file = jar(artifact);
      try {
        Files.copy(JARS.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  static String jar(String artifact) {
    return "codebook-" + artifact + "-" + VERSION + ".jar";
  }

  Path path(String relative) {
    return dir.resolve(relative);
  }

  String read(String relative) {
    try {
      return Files.readString(path(relative), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String relative, String text) {
    try {
      Files.createDirectories(path(relative).getParent());
      Files.writeString(path(relative), text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A shell command line, such as one taken from the README, run in the project's directory. */
  Run shell(String step, String commandLine) {
    return run(step, List.of("bash", "-c", commandLine));
  }

  /**
   * The consumer's {@code com.example.ftp.App}, which exits with 1 if generated code misbehaves.
   */
  Run runApp(String step, String... javaArguments) {
    List<String> command = new ArrayList<>();
    command.add(JAVA_HOME.resolve("bin/java").toString());
    command.addAll(Arrays.asList(javaArguments));
    return run(step, command);
  }

  Run run(String step, List<String> command) {
    Path log = WORK.resolve("logs").resolve(name + "-" + step + ".log");
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> environment = builder.environment();
      // The JDK that runs the tests compiles and runs the consumers, whatever the shell's defaults.
      environment.put("JAVA_HOME", JAVA_HOME.toString());
      environment.put(
          "PATH",
          JAVA_HOME.resolve("bin")
              + java.io.File.pathSeparator
              + environment.getOrDefault("PATH", "/usr/bin:/bin"));
      environment.remove("MAVEN_ARGS");
      environment.remove("MAVEN_OPTS");
      environment.remove("JAVA_TOOL_OPTIONS");
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(step + " did not finish in 10 minutes; log: " + log);
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      return new Run(
          step,
          String.join(" ", command),
          process.exitValue(),
          Files.readString(log, UTF_8),
          log,
          millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The result of one process. */
  record Run(String step, String command, int exit, String output, Path log, long millis) {
    /** Fails, showing the log, unless the process exited with 0. */
    Run succeeded() {
      assertTrue(exit == 0, () -> describe("exited with " + exit));
      return this;
    }

    /** Fails, showing the log, unless the process exited with anything but 0. */
    Run failed() {
      assertTrue(exit != 0, () -> describe("succeeded, but should have failed"));
      return this;
    }

    String describe(String what) {
      List<String> lines = output.lines().toList();
      List<String> tail = lines.subList(Math.max(0, lines.size() - 150), lines.size());
      return step
          + " "
          + what
          + "\ncommand: "
          + command
          + "\nlog: "
          + log
          + "\n"
          + String.join("\n", tail);
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
