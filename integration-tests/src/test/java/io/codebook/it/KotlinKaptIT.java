package io.codebook.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Kotlin through kapt: the processor runs over the Java package-info, and Kotlin code uses the
 * generated Java types. The consumer's POM is the one the README points Kotlin users to.
 */
class KotlinKaptIT {
  @Test
  void kotlinCodeUsesTheGeneratedTypes() {
    String kotlin = System.getProperty("codebook.it.kotlinVersion");
    Consumer consumer = Consumer.create("kotlin", "common", "kotlin");
    consumer.write(
        "pom.xml",
        consumer
            .read("pom.xml")
            .replace("@kotlin.version@", kotlin)
            .replace("@codebook.version@", Consumer.VERSION));
    Maven.BUILD.run(consumer, "package", "package").succeeded();

    Path stdlib =
        Path.of(
            System.getProperty("codebook.it.repo"),
            "org/jetbrains/kotlin/kotlin-stdlib",
            kotlin,
            "kotlin-stdlib-" + kotlin + ".jar");
    assertTrue(Files.isRegularFile(stdlib), "the build resolved " + stdlib);
    String classPath = "target/kotlin-consumer-1.jar" + File.pathSeparator + stdlib;
    Consumer.Run kotlinMain =
        consumer.runApp("run-kotlin", "-cp", classPath, "com.example.ftp.MainKt").succeeded();
    assertTrue(kotlinMain.output().contains("kotlin consumer OK"), kotlinMain.output());
    // The Java code of the same module compiles against the same generated types.
    Consumer.Run javaMain =
        consumer.runApp("run-java", "-cp", classPath, "com.example.ftp.App").succeeded();
    assertTrue(javaMain.output().contains("consumer OK"), javaMain.output());
  }
}
