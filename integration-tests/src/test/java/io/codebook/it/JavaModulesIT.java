package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The common consumer as a named module that {@code requires static io.codebook.annotations},
 * compiled with {@code -Xlint:all -Werror}, and run from the module path.
 */
class JavaModulesIT {
  @Test
  void mavenBuildsTheModuleWithTheReadmeSnippet() {
    Consumer consumer = MavenConsumerIT.readmeConsumer("modules-maven", "modules");
    // Lint as errors is the consumer's own choice, added to the README's configuration.
    String pom = consumer.read("pom.xml");
    String release = "<release>17</release>";
    assertTrue(pom.contains(release), "the README's compiler configuration gives " + release);
    consumer.write(
        "pom.xml",
        pom.replace(
            release,
            release + "<compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs>"));
    Maven.BUILD.run(consumer, "package", "package").succeeded();
    Consumer.Run run =
        consumer
            .runApp(
                "run",
                "--module-path",
                "target/readme-consumer-1.jar",
                "--module",
                "com.example.ftp/com.example.ftp.App")
            .succeeded();
    assertTrue(run.output().contains("consumer OK"), run.output());
  }

  @Test
  void javacBuildsTheModuleWithTheReadmeCommand() {
    Consumer consumer = Consumer.create("modules-javac", "common", "modules").withJars();
    consumer.shell("javac", Readme.command("javac-modules")).succeeded();
    Consumer.Run run =
        consumer
            .runApp(
                "run", "--module-path", "out", "--module", "com.example.ftp/com.example.ftp.App")
            .succeeded();
    assertTrue(run.output().contains("consumer OK"), run.output());
  }
}
