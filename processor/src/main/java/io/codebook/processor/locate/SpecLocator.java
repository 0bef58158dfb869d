package io.codebook.processor.locate;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds a spec by its resource path. It asks the compiler's {@link Filer} for the class path and
 * then the source path, and then reads the directories of the {@code codebook.specPath} option.
 * It remembers every place it tried, so that a missing spec can be reported with all of them.
 */
public final class SpecLocator {
  /** The compiler option naming extra directories to search, separated by the platform's path separator. */
  public static final String SPEC_PATH_OPTION = "codebook.specPath";

  private static final StandardLocation[] FILER_LOCATIONS = {StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH};

  private final Filer filer;
  private final List<Path> extraDirectories;

  public SpecLocator(Filer filer, List<Path> extraDirectories) {
    this.filer = filer;
    this.extraDirectories = List.copyOf(extraDirectories);
  }

  /** Parses the value of the {@code codebook.specPath} option, which may be absent. */
  public static List<Path> parseSpecPathOption(String option) {
    List<Path> directories = new ArrayList<>();
    if (option != null) {
      for (String entry : option.split(java.io.File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          directories.add(Path.of(entry.strip()));
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
    List<String> tried = new ArrayList<>();
    for (StandardLocation location : FILER_LOCATIONS) {
      String where = "the " + location.getName() + " (" + location.name() + ")";
      try {
        FileObject file = filer.getResource(location, "", path);
        return found(specPath, where + ", as " + file.toUri(), read(file));
      } catch (FileNotFoundException | NoSuchFileException e) {
        tried.add(where);
      } catch (CharacterCodingException e) {
        return new LocateResult.Failed(false, "it is not valid UTF-8 (found in " + where + ")");
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // Some compilers (Eclipse's, for one) do not support every location.
        tried.add(where + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
      }
    }
    for (Path directory : extraDirectories) {
      Path candidate = directory.resolve(path);
      String where = "-A" + SPEC_PATH_OPTION + " directory " + directory;
      if (!Files.isRegularFile(candidate)) {
        tried.add(where);
        continue;
      }
      try {
        return found(specPath, candidate.toString(), decode(Files.readAllBytes(candidate)));
      } catch (CharacterCodingException e) {
        return new LocateResult.Failed(false, "it is not valid UTF-8 (" + candidate + ")");
      } catch (IOException e) {
        return new LocateResult.Failed(false, e.getClass().getSimpleName() + " reading " + candidate + ": " + e.getMessage());
      }
    }
    if (extraDirectories.isEmpty()) {
      tried.add("no -A" + SPEC_PATH_OPTION + " directories (none given)");
    }
    return new LocateResult.NotFound(tried);
  }

  private static LocateResult found(String specPath, String location, String text) {
    return new LocateResult.Found(new SpecSource(specPath, location, text));
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

  private static String read(FileObject file) throws IOException {
    try (InputStream in = file.openInputStream()) {
      return decode(in.readAllBytes());
    }
  }

  /** Strict UTF-8, so that a spec in another encoding is an error rather than silently garbled text. */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
