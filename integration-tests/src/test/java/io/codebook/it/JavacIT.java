package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The README's plain javac command, exactly as written, with the processor jar alone on the
 * processor path.
 */
class JavacIT {
  @Test
  void theReadmeCommandBuildsTheConsumer() {
    Consumer consumer = Consumer.create("javac", "common").withJars();
    consumer.shell("javac", Readme.command("javac")).succeeded();
    Consumer.Run run = consumer.runApp("run", "-cp", "out", "com.example.ftp.App").succeeded();
    assertTrue(run.output().contains("consumer OK"), run.output());
  }

  @Test
  void aBadSpecIsAnErrorAtItsLineAndColumn() {
    Consumer consumer = Consumer.create("javac-bad-spec", "bad-spec").withJars();
    Consumer.Run run = consumer.shell("javac", Readme.command("javac")).failed();
    BadSpec.assertReported(consumer, run);
  }
}
