package io.codebook.processor.packaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.annotations.Codebook;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's Maven recipe works: after a spec in the module's own resources is edited, a plain
 * {@code mvn compile} (no clean) regenerates the code, and without an edit nothing is recompiled.
 * It runs Maven on a small project that uses the packaged processor jar.
 */
class SpecEditRegenerationIT {
  private static final String POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>demo</groupId>
        <artifactId>spec-edit</artifactId>
        <version>1</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <build>
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-antrun-plugin</artifactId>
              <version>3.1.0</version>
              <executions>
                <execution>
                  <id>codebook-spec-changes</id>
                  <phase>process-resources</phase>
                  <goals><goal>run</goal></goals>
                  <configuration>
                    <target>
                      <dependset>
                        <srcfileset dir="${project.basedir}/src/main/resources" includes="**/*.yaml"/>
                        <targetfileset dir="${project.build.outputDirectory}" includes="**/package-info.class"
                                       erroronmissingdir="false"/>
                      </dependset>
                    </target>
                  </configuration>
                </execution>
              </executions>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.14.0</version>
              <configuration>
                <compilerArgs>
                  <arg>-processorpath</arg>
                  <arg>PROCESSOR_PATH</arg>
                </compilerArgs>
              </configuration>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  private static final String ONE = "codebook: 1\nname: Demo\ncodes:\n  - {code: 1, name: ONE, message: One., outcome: success}\n";
  private static final String TWO = ONE + "  - {code: 2, name: TWO, message: Two., outcome: success}\n";

  @Test
  void editingASpecRegeneratesOnAPlainCompile() throws Exception {
    Path project = Files.createTempDirectory("codebook-spec-edit");
    String processorPath = System.getProperty("codebook.processor.jar") + File.pathSeparator + location(Codebook.class);
    Files.writeString(project.resolve("pom.xml"), POM.replace("PROCESSOR_PATH", processorPath), UTF_8);
    Path annotation = project.resolve("src/main/java/io/codebook/annotations/Codebook.java");
    Files.createDirectories(annotation.getParent());
    Files.copy(Path.of(System.getProperty("codebook.annotations.source")), annotation);
    Path packageInfo = project.resolve("src/main/java/demo/package-info.java");
    Files.createDirectories(packageInfo.getParent());
    Files.writeString(packageInfo, "/** Demo. */\n@io.codebook.annotations.Codebook(spec = \"demo/codes.yaml\")\npackage demo;\n", UTF_8);
    Path spec = project.resolve("src/main/resources/demo/codes.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, ONE, UTF_8);
    Path generated = project.resolve("target/generated-sources/annotations/demo/Demo.java");

    mavenCompile(project);
    assertFalse(Files.readString(generated).contains("TWO("), "first build: one code");

    // Let the edit be visibly newer than the first build's output on file systems with coarse times.
    Thread.sleep(1_100);
    Files.writeString(spec, TWO, UTF_8);
    String log = mavenCompile(project);
    assertTrue(Files.readString(generated).contains("TWO("), "the edited spec was regenerated:\n" + log);

    String again = mavenCompile(project);
    assertTrue(again.contains("Nothing to compile"), "an unchanged spec compiles nothing:\n" + again);
  }

  private static String location(Class<?> type) throws Exception {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
  }

  private static String mavenCompile(Path project) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "compile"));
    String repository = System.getProperty("maven.repo.local");
    if (repository != null) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    Path log = Files.createTempFile("codebook-mvn", ".log");
    Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(maven.waitFor(5, TimeUnit.MINUTES), "Maven finished in time");
    String output = Files.readString(log);
    assertEquals(0, maven.exitValue(), output);
    return output;
  }
}
