package io.codebook.processor.locate;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;

/**
 * One place the compiler's {@link Filer} can read resources from: the class path, the source path,
 * or one module on the module path.
 *
 * @param location the compiler location
 * @param module the module's name, or empty for a package-oriented location
 * @param description how messages name the place, such as {@code "the class path"}
 */
record SearchedPlace(JavaFileManager.Location location, String module, String description) {

  /** What asking the compiler for a resource gave. */
  sealed interface Answer {
    /** The compiler has the resource. */
    record Found(FileObject file) implements Answer {}

    /** The place exists but holds no such resource. */
    record Absent() implements Answer {}

    /** The compiler cannot search this place for processors; {@code why} says so in words. */
    record Unsupported(String why) implements Answer {}
  }

  Answer ask(Filer filer, String relativeName) {
    try {
      return new Answer.Found(
          filer.getResource(location, module.isEmpty() ? "" : module + "/", relativeName));
    } catch (FileNotFoundException | NoSuchFileException e) {
      return new Answer.Absent();
    } catch (IOException | RuntimeException e) {
      // Eclipse's compiler, for one, throws IllegalArgumentException for locations it does not
      // offer to processors; javac throws FilerException for a module it does not know.
      return new Answer.Unsupported("not offered to processors by this compiler");
    }
  }

  /**
   * The URI of a directory in this place, if the compiler can see it; used to suggest near misses.
   */
  Optional<URI> directory(Filer filer, String relativeName) {
    return ask(filer, relativeName) instanceof Answer.Found found
        ? Optional.ofNullable(found.file().toUri())
        : Optional.empty();
  }
}
