package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's javadoc command on a clean consumer: javadoc runs no annotation processors, so the
 * generated types are documented only if the command compiles first.
 */
class JavadocIT {
  @Test
  void theReadmeCommandDocumentsTheGeneratedTypes() throws IOException {
    Consumer consumer = MavenConsumerIT.readmeConsumer("javadoc");
    Consumer.Run run =
        Maven.BUILD.runCommandLine(consumer, "javadoc", Readme.command("javadoc")).succeeded();
    // The javadoc plugin writes to target/site/apidocs before 3.12.0 and target/reports/apidocs
    // since.
    List<Path> packages;
    try (Stream<Path> files = Files.walk(consumer.path("target"))) {
      packages =
          files
              .filter(file -> file.endsWith("apidocs/com/example/ftp/package-summary.html"))
              .toList();
    }
    assertTrue(
        packages.size() == 1,
        () -> run.describe("wrote no single apidocs for com.example.ftp: " + packages));
    Path apidocs = packages.get(0).getParent();
    for (String page :
        List.of(
            "App.html",
            "FtpReply.html",
            "FtpReplyCodes.html",
            "FtpReplyHandler.html",
            "ShopError.html")) {
      assertTrue(
          Files.isRegularFile(apidocs.resolve(page)),
          () -> run.describe("did not document " + page));
    }
  }
}
