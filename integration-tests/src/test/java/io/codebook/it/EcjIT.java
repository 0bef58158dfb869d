package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /**
   * An interface named by {@code implement} that the generated type cannot implement: ECJ cannot
   * show a message at a package, so the text names the annotation and package.
   */
  @Test
  void anInterfaceTheSetCannotImplementIsNamedWithTheAnnotation() throws IOException {
    Consumer consumer = Consumer.create("ecj-bad-interface", "common", "bad-interface").withJars();
    Consumer.Run run = consumer.shell("ecj", ecjCommand(consumer)).failed();
    String output = run.output();
    assertTrue(
        output.contains(
            "[codebook:unimplemented-method] FtpReply cannot implement com.example.ftp.Coded: it has"
                + " no public method long number() (same name and parameters, a return type"
                + " assignable to long); FtpReply offers: int code(), String message(), "),
        () -> run.describe("does not name the missing method"));
    assertTrue(
        output.contains(
            "(in @Codebook(spec = \"io/codebook/codes/ftp-reply.yaml\") on package com.example.ftp)"),
        () -> run.describe("does not name the annotation"));
    assertFalse(output.contains("Exception"), () -> run.describe("mentions an exception"));
  }

  @Test
  void aBadSpecIsAnErrorAtItsLineAndColumn() throws IOException {
    Consumer consumer = Consumer.create("ecj-bad-spec", "bad-spec").withJars();
    Consumer.Run run = consumer.shell("ecj", ecjCommand(consumer)).failed();
    BadSpec.assertReported(consumer, run);
  }
}
