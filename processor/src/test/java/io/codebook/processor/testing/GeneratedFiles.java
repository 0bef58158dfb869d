package io.codebook.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** The files a compilation generated, by their path under the output location, sorted. */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  /** Generated sources and non-class resources, keyed like {@code SOURCE_OUTPUT/test/X.java}. */
  public static Map<String, String> of(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.endsWith(".class")) {
        continue;
      }
      try {
        files.put(path.substring(path.indexOf('/', 1) + 1), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
