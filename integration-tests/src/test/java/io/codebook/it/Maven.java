package io.codebook.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Maven installation that builds consumers: the one running this build, or the newest 3.9
 * unpacked by the dependency plugin. Consumers resolve Codebook from their own local repository,
 * where the invoker plugin installed the reactor's artifacts, and third-party artifacts from the
 * outer build's local repository first (read as a file:// repository), then from Maven Central.
 */
enum Maven {
  BUILD("codebook.it.mavenHome", "codebook.it.mavenVersion"),
  MAVEN_3_9("codebook.it.maven39Home", "codebook.it.maven39Version");

  private final String homeProperty;
  private final String versionProperty;

  Maven(String homeProperty, String versionProperty) {
    this.homeProperty = homeProperty;
    this.versionProperty = versionProperty;
  }

  /** The version that {@code mvn -V} prints first, as {@code Apache Maven VERSION}. */
  String version() {
    return System.getProperty(versionProperty);
  }

  Path home() {
    return Path.of(System.getProperty(homeProperty));
  }

  /**
   * Runs {@code mvn -B} with the consumers' settings; the arguments follow, as a user would type
   * them.
   */
  Consumer.Run run(Consumer consumer, String step, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "sh",
                home().resolve("bin/mvn").toString(),
                "-B",
                "-V",
                "-s",
                settings().toString()));
    command.addAll(List.of(arguments));
    return consumer.run(step, command);
  }

  /**
   * Just the {@code mvn} arguments of a README command such as {@code mvn compile javadoc:javadoc}.
   */
  Consumer.Run runCommandLine(Consumer consumer, String step, String commandLine) {
    if (!commandLine.startsWith("mvn ")) {
      throw new AssertionError("not a Maven command: " + commandLine);
    }
    return run(consumer, step, commandLine.substring(4).strip().split("\\s+"));
  }

  private static synchronized Path settings() {
    Path settings = Consumer.WORK.resolve("settings.xml");
    String outer = Path.of(System.getProperty("codebook.it.outerRepo")).toUri().toString();
    String repository =
        """
              <id>outer-local</id>
              <url>%s</url>
              <!-- A local repository keeps no checksums; without this every artifact warns. -->
              <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
              <!-- Codebook's own snapshots come only from the consumers' repository. -->
              <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(outer);
    String xml =
        """
        <settings>
          <localRepository>%s</localRepository>
          <profiles>
            <profile>
              <id>outer-local</id>
              <repositories>
                <repository>
        %s        </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
        %s        </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>outer-local</activeProfile>
          </activeProfiles>
        </settings>
        """
            .formatted(System.getProperty("codebook.it.repo"), repository, repository);
    try {
      Files.createDirectories(settings.getParent());
      Files.writeString(settings, xml, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return settings;
  }
}
