package io.codebook.processor;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads and links, on a helper thread, the classes that reading, checking, generating and writing a
 * code set use, while the javac thread locates and reads the spec.
 *
 * <p>A build loads the processor with a new class loader for every compilation, so each compile
 * reads those classes from the jar, parses and verifies them anew: about 140 classes, a large part
 * of a small compile's processor time. The javac thread would do it one class at a time as it first
 * meets each; here it overlaps with reading the YAML, on a core that javac leaves idle.
 *
 * <p>Classes are linked but not initialized: two threads initializing classes whose initializers
 * refer to each other (JavaPoet's {@code TypeName} and its subclass {@code ClassName}) could
 * deadlock, while linking only ever waits for superclasses. Best effort throughout: a class that
 * cannot be loaded here is left for the javac thread, which meets the same failure and reports it.
 */
final class ClassPrefetch {
  /**
   * The packages to load, in the order the javac thread needs them: first the YAML nodes, which the
   * spec reader builds, then those used after reading. SnakeYAML's scanner, parser and composer are
   * left out: the block reader ({@code spec.BlockYamlComposer}) reads the specs users write without
   * them, and a spec it declines loads them on the javac thread as before.
   */
  private static final List<String> PACKAGES =
      List.of(
          "io/codebook/processor/shaded/snakeyaml/v2/nodes/",
          "io/codebook/processor/validate/",
          "io/codebook/processor/model/",
          "io/codebook/processor/generate/",
          "io/codebook/processor/shaded/javapoet/",
          "io/codebook/processor/text/",
          "io/codebook/processor/document/");

  private ClassPrefetch() {}

  /** Starts loading in the background; returns at once. */
  static void start() {
    ClassLoader loader = ClassPrefetch.class.getClassLoader();
    Path jar = jar();
    if (jar == null || loader == null) {
      return; // not running from the packaged jar (the processor's own tests): nothing to gain
    }
    Thread thread = new Thread(() -> load(jar, loader), "codebook-prefetch");
    thread.setDaemon(true);
    try {
      thread.start();
    } catch (RuntimeException | OutOfMemoryError e) {
      // No thread to be had: javac's thread loads the classes as it meets them, as it always could.
    }
  }

  private static Path jar() {
    try {
      CodeSource source = ClassPrefetch.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return null;
      }
      Path path = Path.of(location.toURI());
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static void load(Path jar, ClassLoader loader) {
    for (String name : classNames(jar)) {
      try {
        // Asking for the declared fields makes HotSpot link (and so verify) the class, without
        // running its static initializer.
        var unused = Class.forName(name, false, loader).getDeclaredFields();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        // Left for the javac thread.
      }
    }
  }

  /** The binary names of the classes in {@link #PACKAGES}, package by package. */
  static List<String> classNames(Path jar) {
    List<List<String>> byPackage = new ArrayList<>();
    for (int i = 0; i < PACKAGES.size(); i++) {
      byPackage.add(new ArrayList<>());
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        String entry = entries.nextElement().getName();
        if (!entry.endsWith(".class") || entry.endsWith("-info.class")) {
          continue;
        }
        for (int i = 0; i < PACKAGES.size(); i++) {
          String pkg = PACKAGES.get(i);
          // Only the package itself, not packages below it.
          if (entry.startsWith(pkg) && entry.indexOf('/', pkg.length()) < 0) {
            byPackage
                .get(i)
                .add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    byPackage.forEach(names::addAll);
    return names;
  }
}
