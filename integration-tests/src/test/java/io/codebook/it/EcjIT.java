package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Eclipse's compiler, as the README says to run it: the javac command's arguments after {@code java
 * -jar ecj-VERSION.jar -17}.
 */
class EcjIT {
  private static final String ECJ_JAR =
      "ecj-" + System.getProperty("codebook.it.ecjVersion") + ".jar";

  private static String ecjCommand(Consumer consumer) throws IOException {
    Files.copy(Path.of(System.getProperty("codebook.it.ecj")), consumer.path(ECJ_JAR));
    String javac = Readme.command("javac");
    assertTrue(javac.startsWith("javac "), javac);
    return "java -jar " + ECJ_JAR + " -17 " + javac.substring("javac ".length());
  }

  @Test
  void buildsTheConsumer() throws IOException {
    Consumer consumer = Consumer.create("ecj", "common").withJars();
    consumer.shell("ecj", ecjCommand(consumer)).succeeded();
    Consumer.Run run = consumer.runApp("run", "-cp", "out", "com.example.ftp.App").succeeded();
    assertTrue(run.output().contains("consumer OK"), run.output());
  }

  @Test
  void aBadSpecIsAnErrorAtItsLineAndColumn() throws IOException {
    Consumer consumer = Consumer.create("ecj-bad-spec", "bad-spec").withJars();
    Consumer.Run run = consumer.shell("ecj", ecjCommand(consumer)).failed();
    BadSpec.assertReported(consumer, run);
  }
}
