package io.codebook.processor.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.palantir.javapoet.JavaFile;
import io.codebook.annotations.Codebook;
import io.codebook.processor.CodebookProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs another JDK's {@code javac} as a process, with the processor on its processor path as a
 * consumer's build would put it: the processor's classes and its run-time dependencies, found from
 * the classes the test JVM loaded them from (the test class path may be a surefire manifest jar, so
 * {@code java.class.path} is not to be trusted).
 */
public final class ExternalJavac {
  /** The JDK 25 this machine may have; tests that need it skip when it is absent. */
  public static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  private ExternalJavac() {}

  /** The outcome of one run. */
  public record Result(int exitCode, String stdout, String stderr, List<String> command) {
    /** Everything a failure message needs. */
    public String describe() {
      return "exit code "
          + exitCode
          + "\ncommand: "
          + String.join(" ", command)
          + "\nstderr:\n"
          + stderr
          + "\nstdout:\n"
          + stdout;
    }
  }

  /** The {@code javac} launcher of {@code jdk}. */
  public static Path javac(Path jdk) {
    return jdk.resolve("bin").resolve("javac");
  }

  /** The processor's classes, the annotation, JavaPoet and SnakeYAML Engine. */
  public static List<File> processorPath() {
    Set<File> path = new LinkedHashSet<>();
    for (Class<?> type :
        List.of(CodebookProcessor.class, Codebook.class, JavaFile.class, LoadSettings.class)) {
      path.add(locationOf(type));
    }
    return List.copyOf(path);
  }

  /** Where {@code type} was loaded from: a jar or a class directory. */
  public static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles, with the JDK at {@code jdk}, a {@code package-info.java} of package {@code test}
   * annotated with {@code specPaths}, looking the specs up in {@code specRoot} on the class path.
   * Output goes to {@code outputDirectory}.
   */
  public static Result compilePackage(
      Path jdk, Path specRoot, List<String> specPaths, Path outputDirectory, List<String> options) {
    try {
      Path sources = Files.createTempDirectory("codebook-javac-src");
      Path packageInfo = sources.resolve("test").resolve("package-info.java");
      Files.createDirectories(packageInfo.getParent());
      StringBuilder source = new StringBuilder("/** Test package. */\n");
      for (String spec : specPaths) {
        source.append("@io.codebook.annotations.Codebook(spec = \"").append(spec).append("\")\n");
      }
      source.append("package test;\n");
      Files.writeString(packageInfo, source, UTF_8);
      List<String> command = new ArrayList<>();
      command.add(javac(jdk).toString());
      command.addAll(options);
      command.add("-processorpath");
      command.add(join(processorPath()));
      command.add("-classpath");
      command.add(join(List.of(locationOf(Codebook.class), specRoot.toFile())));
      command.add("-d");
      command.add(outputDirectory.toString());
      command.add(packageInfo.toString());
      try {
        return run(command, sources);
      } finally {
        Files.deleteIfExists(packageInfo);
        Files.deleteIfExists(packageInfo.getParent());
        Files.deleteIfExists(sources);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String join(List<File> files) {
    return files.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator));
  }

  /** Runs {@code command}, with its output in files so that neither stream can block it. */
  public static Result run(List<String> command, Path workDirectory) {
    try {
      Path out = Files.createTempFile("codebook-javac", ".out");
      Path err = Files.createTempFile("codebook-javac", ".err");
      try {
        Process process =
            new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("javac did not finish in 180 s: " + String.join(" ", command));
        }
        // Lenient decoding: javac writes in the platform encoding, and a failure message must not
        // fail.
        return new Result(
            process.exitValue(),
            new String(Files.readAllBytes(out), UTF_8),
            new String(Files.readAllBytes(err), UTF_8),
            command);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while javac ran", e);
    }
  }
}
