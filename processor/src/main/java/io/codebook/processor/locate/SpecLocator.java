package io.codebook.processor.locate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds a spec by its resource path. It asks the compiler's {@link Filer} for the class path, the
 * source path and each module on the module path, and then reads the directories of the {@code
 * codebook.specPath} option. It remembers every place it tried, so that a missing spec can be
 * reported with all of them and with the nearest spec that does exist.
 */
public final class SpecLocator {
  /**
   * The compiler option naming extra directories to search, separated by the platform's path
   * separator.
   */
  public static final String SPEC_PATH_OPTION = "codebook.specPath";

  private static final List<SearchedPlace> PATHS =
      List.of(
          new SearchedPlace(StandardLocation.CLASS_PATH, "", "the class path"),
          new SearchedPlace(StandardLocation.SOURCE_PATH, "", "the source path"));

  private final Filer filer;
  private final List<Path> extraDirectories;
  private final Supplier<List<String>> moduleNames;

  /**
   * A locator.
   *
   * @param filer the compiler's Filer
   * @param extraDirectories the directories of the {@code codebook.specPath} option
   * @param moduleNames the names of the modules the compilation knows, asked for when a spec is
   *     looked up (a spec in a jar on the module path is found when its module is among them)
   */
  public SpecLocator(Filer filer, List<Path> extraDirectories, Supplier<List<String>> moduleNames) {
    this.filer = filer;
    this.extraDirectories = List.copyOf(extraDirectories);
    this.moduleNames = moduleNames;
  }

  /** Parses the value of the {@code codebook.specPath} option, which may be absent. */
  public static List<Path> parseSpecPathOption(String option) {
    List<Path> directories = new ArrayList<>();
    if (option != null) {
      for (String entry : option.split(java.io.File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          directories.add(Path.of(entry.strip()).toAbsolutePath());
        }
      }
    }
    return directories;
  }

  public LocateResult locate(String specPath) {
    String path = specPath.startsWith("/") ? specPath.substring(1) : specPath;
    String invalid = invalidity(path);
    if (invalid != null) {
      return new LocateResult.Failed(true, invalid);
    }
    List<SearchedPlace> places = places();
    List<String> tried = new ArrayList<>();
    List<String> modulesTried = new ArrayList<>();
    for (SearchedPlace place : places) {
      SearchedPlace.Answer answer = place.ask(filer, path);
      if (answer instanceof SearchedPlace.Answer.Found found) {
        try {
          return new LocateResult.Found(read(found.file()));
        } catch (StrictUtf8.Malformed e) {
          return notUtf8(e, place.description() + ", " + found.file().toUri());
        } catch (IOException e) {
          return new LocateResult.Failed(
              false,
              e.getClass().getSimpleName()
                  + " reading it from "
                  + place.description()
                  + ": "
                  + e.getMessage());
        }
      }
      if (!place.module().isEmpty()) {
        modulesTried.add(place.module());
      } else if (answer instanceof SearchedPlace.Answer.Unsupported unsupported) {
        tried.add(place.description() + " (" + unsupported.why() + ")");
      } else {
        tried.add(place.description());
      }
    }
    if (!modulesTried.isEmpty()) {
      tried.add("the module path (modules " + String.join(", ", modulesTried) + ")");
    }
    for (Path directory : extraDirectories) {
      Path candidate = directory.resolve(path);
      String where = "-A" + SPEC_PATH_OPTION + " directory " + directory;
      if (!Files.isRegularFile(candidate)) {
        tried.add(where);
        continue;
      }
      try {
        return new LocateResult.Found(StrictUtf8.decode(Files.readAllBytes(candidate)));
      } catch (StrictUtf8.Malformed e) {
        return notUtf8(e, where + ", " + candidate);
      } catch (IOException e) {
        return new LocateResult.Failed(
            false, e.getClass().getSimpleName() + " reading " + candidate + ": " + e.getMessage());
      }
    }
    if (extraDirectories.isEmpty()) {
      tried.add("no -A" + SPEC_PATH_OPTION + " directories (none given)");
    }
    return new LocateResult.NotFound(
        tried,
        NearMisses.around(
            path, directory -> directoryUris(places, directory), file -> fileUri(places, file)));
  }

  /** The class path and source path, then every module the compilation knows, by name. */
  private List<SearchedPlace> places() {
    List<SearchedPlace> places = new ArrayList<>(PATHS);
    for (String module : moduleNames.get()) {
      // The JDK's own modules are not on the module path, and hold no specs.
      if (!module.isEmpty() && !module.startsWith("java.") && !module.startsWith("jdk.")) {
        places.add(
            new SearchedPlace(
                StandardLocation.MODULE_PATH, module, "module " + module + " on the module path"));
      }
    }
    return places;
  }

  private Optional<URI> fileUri(List<SearchedPlace> places, String file) {
    for (SearchedPlace place : places) {
      if (place.ask(filer, file) instanceof SearchedPlace.Answer.Found found) {
        return Optional.of(found.file().toUri());
      }
    }
    for (Path root : extraDirectories) {
      Path candidate = root.resolve(file);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate.toUri());
      }
    }
    return Optional.empty();
  }

  private List<URI> directoryUris(List<SearchedPlace> places, String directory) {
    List<URI> uris = new ArrayList<>();
    for (SearchedPlace place : places) {
      place.directory(filer, directory).ifPresent(uris::add);
    }
    for (Path root : extraDirectories) {
      Path candidate = root.resolve(directory);
      if (Files.isDirectory(candidate)) {
        uris.add(candidate.toUri());
      }
    }
    return uris;
  }

  private static String invalidity(String path) {
    if (path.isBlank()) {
      return "it is empty; give a resource path such as \"io/codebook/codes/ftp-reply.yaml\"";
    }
    if (path.contains("\\")) {
      return "use '/' to separate directories, not '\\'";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        return "it must be a plain resource path, without '.', '..' or empty segments";
      }
    }
    return null;
  }

  private static String read(FileObject file) throws IOException, StrictUtf8.Malformed {
    try (InputStream in = file.openInputStream()) {
      return StrictUtf8.decode(in.readAllBytes());
    }
  }

  private static LocateResult notUtf8(StrictUtf8.Malformed malformed, String where) {
    return new LocateResult.NotUtf8(malformed.line, malformed.column, malformed.found, where);
  }
}
