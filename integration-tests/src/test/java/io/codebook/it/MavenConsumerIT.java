package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Maven project whose POM is the README's snippet, built by the Maven running this build and by
 * the newest Maven 3.9.
 */
class MavenConsumerIT {
  private static final String SPEC = "src/main/resources/com/example/shop/shop-errors.yaml";

  /** The common consumer with a POM made of the README's Maven snippet, as the README gives it. */
  static Consumer readmeConsumer(String name, String... moreLayers) {
    String[] layers = new String[moreLayers.length + 2];
    layers[0] = "common";
    layers[1] = "maven";
    System.arraycopy(moreLayers, 0, layers, 2, moreLayers.length);
    Consumer consumer = Consumer.create(name, layers);
    String pom = consumer.read("pom.xml");
    String marker = "<!-- it:maven -->";
    assertTrue(pom.contains(marker), "the POM template has the marker " + marker);
    consumer.write("pom.xml", pom.replace(marker, Readme.block("maven")));
    return consumer;
  }

  @ParameterizedTest
  @EnumSource(Maven.class)
  void theReadmeSnippetBuildsAJarWhoseCodeWorks(Maven maven) {
    Consumer consumer = readmeConsumer("maven-readme-" + maven);
    Consumer.Run build = maven.run(consumer, "package", "package").succeeded();
    Pattern banner =
        Pattern.compile(
            "Apache Maven " + Pattern.quote(maven.version()) + "(\\s|$)", Pattern.MULTILINE);
    assertTrue(
        banner.matcher(build.output()).find(),
        () -> build.describe("ran another Maven than " + maven.version()));
    // From the jar, so that the reference documents are checked where users ship them.
    Consumer.Run run =
        consumer
            .runApp("run", "-cp", "target/readme-consumer-1.jar", "com.example.ftp.App")
            .succeeded();
    assertTrue(run.output().contains("consumer OK"), run.output());
  }

  @ParameterizedTest
  @EnumSource(Maven.class)
  void aSpecEditRegeneratesOnAPlainCompileAndNothingElseDoes(Maven maven) throws Exception {
    Consumer consumer = readmeConsumer("maven-spec-edit-" + maven);
    maven.run(consumer, "compile-first", "compile").succeeded();
    assertFalse(isKnown(consumer, 1003), "before the edit, 1003 is not a ShopError");

    Path packageInfo = consumer.path("target/classes/com/example/ftp/package-info.class");
    FileTime compiled = Files.getLastModifiedTime(packageInfo);
    Consumer.Run unchanged = maven.run(consumer, "compile-unchanged", "compile").succeeded();
    assertTrue(
        unchanged.output().contains("Nothing to compile"),
        () -> unchanged.describe("recompiled without a change"));
    assertEquals(
        compiled, Files.getLastModifiedTime(packageInfo), "package-info.class was left alone");

    // The edit must be visibly newer than the compiled classes, even with coarse file times.
    Thread.sleep(1_100);
    Files.writeString(
        consumer.path(SPEC),
        consumer.read(SPEC)
            + "  - code: 1003\n    name: DISCONTINUED\n    message: The item is no longer sold.\n");
    Consumer.Run edited = maven.run(consumer, "compile-edited", "compile").succeeded();
    assertTrue(
        isKnown(consumer, 1003),
        () -> edited.describe("did not regenerate ShopError from the edited spec"));

    Consumer.Run after = maven.run(consumer, "compile-after-edit", "compile").succeeded();
    assertTrue(
        after.output().contains("Nothing to compile"),
        () -> after.describe("kept recompiling after the edit"));
  }

  /** Asks the compiled ShopError itself, in a class loader of its own. */
  private static boolean isKnown(Consumer consumer, int code) throws Exception {
    URL classes = consumer.path("target/classes").toUri().toURL();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      return (Boolean)
          loader
              .loadClass("com.example.ftp.ShopError")
              .getMethod("isKnown", int.class)
              .invoke(null, code);
    }
  }
}
