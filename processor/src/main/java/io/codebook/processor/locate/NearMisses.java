package io.codebook.processor.locate;

import io.codebook.processor.diagnostics.Suggestions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Suggests a spec that exists when the one asked for does not, such as {@code shop-errors.yaml} for
 * {@code shop-error.yaml}, and names the directories and jars that hold the spec's directory.
 *
 * <p>Compilers do not list what is on their class path. Some (Eclipse's) answer for a directory, so
 * this asks for the spec's directory (and then its parents), and lists the YAML files under the
 * first one found, in a directory or a jar. javac answers only for files, so then this asks for
 * every name one edit away from the spec's file name, which finds the common slips: a letter
 * missing, doubled, swapped or wrong, or {@code .yml} for {@code .yaml}.
 */
final class NearMisses {
  private static final int DEPTH = 4;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-_.";

  /** Past this length, the variants of a file name are too many to ask for one by one. */
  private static final int MAX_PROBED_NAME = 64;

  private NearMisses() {}

  /**
   * Looks around {@code path}. {@code directoryLookup} answers, for a directory's relative name,
   * the URIs at which the compiler sees it; {@code fileLookup} answers the same for a file.
   */
  static LocateResult.Nearby around(
      String path,
      Function<String, List<URI>> directoryLookup,
      Function<String, Optional<URI>> fileLookup) {
    LocateResult.Nearby listed = listed(path, directoryLookup);
    return listed.suggestion().isPresent() ? listed : probed(path, fileLookup).orElse(listed);
  }

  private static Optional<LocateResult.Nearby> probed(
      String path, Function<String, Optional<URI>> fileLookup) {
    // A jar, and Linux, tell "COM/Acme" from "com/acme" while some file systems do not, so a path
    // that differs from the spec's only in case works on one machine and fails on the next.
    String lowerCase = path.toLowerCase(Locale.ROOT);
    if (!lowerCase.equals(path)) {
      Optional<LocateResult.Nearby> found = probe(lowerCase, fileLookup);
      if (found.isPresent()) {
        return found;
      }
    }
    String directory = parent(path);
    String prefix = directory.isEmpty() ? "" : directory + "/";
    String name = path.substring(prefix.length());
    if (name.length() > MAX_PROBED_NAME) {
      return Optional.empty();
    }
    for (String variant : variants(name)) {
      Optional<LocateResult.Nearby> found = probe(prefix + variant, fileLookup);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The candidate as a suggestion, with the directory or jar it is in, if the compiler sees it. */
  private static Optional<LocateResult.Nearby> probe(
      String candidate, Function<String, Optional<URI>> fileLookup) {
    return fileLookup
        .apply(candidate)
        .map(
            uri -> {
              String directory = parent(candidate);
              Set<String> holders = directory.isEmpty() ? Set.of() : Set.of(holder(uri, candidate));
              return new LocateResult.Nearby(
                  Optional.of(candidate), holders, directory.isEmpty() ? "" : directory + "/");
            });
  }

  /** Every name one edit away, plus the other YAML extension, sorted so the choice never varies. */
  static Set<String> variants(String name) {
    Set<String> variants = new TreeSet<>();
    if (name.endsWith(".yaml")) {
      variants.add(name.substring(0, name.length() - 5) + ".yml");
    } else if (name.endsWith(".yml")) {
      variants.add(name.substring(0, name.length() - 4) + ".yaml");
    }
    for (int i = 0; i <= name.length(); i++) {
      String before = name.substring(0, i);
      if (i < name.length()) {
        String after = name.substring(i + 1);
        variants.add(before + after);
        if (i + 1 < name.length()) {
          variants.add(before + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
        }
        for (int a = 0; a < ALPHABET.length(); a++) {
          variants.add(before + ALPHABET.charAt(a) + after);
        }
      }
      for (int a = 0; a < ALPHABET.length(); a++) {
        variants.add(before + ALPHABET.charAt(a) + name.substring(i));
      }
    }
    variants.remove(name);
    variants.removeIf(variant -> variant.isEmpty() || variant.startsWith("."));
    return variants;
  }

  private static LocateResult.Nearby listed(
      String path, Function<String, List<URI>> directoryLookup) {
    for (String directory = parent(path); !directory.isEmpty(); directory = parent(directory)) {
      List<URI> seen = directoryLookup.apply(directory);
      if (seen.isEmpty()) {
        continue;
      }
      Set<String> candidates = new TreeSet<>();
      Set<String> holders = new LinkedHashSet<>();
      for (URI uri : seen) {
        holders.add(holder(uri, directory));
        candidates.addAll(yamlFilesUnder(uri, directory));
      }
      candidates.remove(path);
      return new LocateResult.Nearby(
          Suggestions.nearest(path, candidates), holders, directory + "/");
    }
    return new LocateResult.Nearby(Optional.empty(), Set.of(), "");
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * The jar file, or the root directory, that holds {@code directory} (a resource path) at {@code
   * uri}.
   */
  private static String holder(URI uri, String directory) {
    Optional<JarEntryUri> jar = JarEntryUri.parse(uri);
    if (jar.isPresent()) {
      return jar.get().jar().toString();
    }
    String text =
        uri.getScheme() != null && uri.getScheme().equals("file")
            ? Path.of(uri).toString()
            : uri.toString();
    String suffix = "/" + directory;
    String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    return trimmed.endsWith(suffix)
        ? trimmed.substring(0, trimmed.length() - suffix.length())
        : trimmed;
  }

  /** YAML files under the directory, as resource paths; empty when it cannot be listed. */
  private static List<String> yamlFilesUnder(URI uri, String directory) {
    List<String> found = new ArrayList<>();
    try {
      Optional<JarEntryUri> jar = JarEntryUri.parse(uri);
      if (jar.isPresent()) {
        try (ZipFile zip = new ZipFile(jar.get().jar().toFile())) {
          for (Enumeration<? extends ZipEntry> entries = zip.entries();
              entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(directory + "/") && isYaml(name)) {
              found.add(name);
            }
          }
        }
      } else if ("file".equals(uri.getScheme())) {
        Path root = Path.of(uri);
        try (Stream<Path> files = Files.walk(root, DEPTH)) {
          files
              .filter(Files::isRegularFile)
              .map(
                  file ->
                      directory
                          + "/"
                          + root.relativize(file)
                              .toString()
                              .replace(java.io.File.separatorChar, '/'))
              .filter(NearMisses::isYaml)
              .forEach(found::add);
        }
      }
    } catch (IOException | RuntimeException e) {
      // A hint is a courtesy: a place that cannot be listed just offers none.
    }
    return found;
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** A {@code jar:file:/x.jar!/entry} URI, split into the jar's path and the entry. */
  private record JarEntryUri(Path jar, String entry) {
    static Optional<JarEntryUri> parse(URI uri) {
      if (!"jar".equals(uri.getScheme())) {
        return Optional.empty();
      }
      String inner = uri.getRawSchemeSpecificPart();
      int bang = inner.indexOf("!/");
      if (bang < 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new JarEntryUri(
                Path.of(URI.create(inner.substring(0, bang))), inner.substring(bang + 2)));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }
}
