package io.codebook.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * The class files and resources a compile-testing compilation wrote to its class output, and a
 * throwaway class loader that defines the classes, so that tests can call generated code.
 */
public final class GeneratedClasses extends ClassLoader {
  private final Map<String, byte[]> classes;

  /** The other files of the class output, such as translations, by path. */
  private final Map<String, byte[]> resources;

  private GeneratedClasses(Map<String, byte[]> classes, Map<String, byte[]> resources) {
    super(ClassLoader.getPlatformClassLoader());
    this.classes = classes;
    this.resources = resources;
  }

  /**
   * A fresh loader for the classes of {@code compilation}; the generated code needs only the JDK.
   */
  public static GeneratedClasses of(Compilation compilation) {
    Map<String, byte[]> classes = new TreeMap<>();
    Map<String, byte[]> resources = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : classOutput(compilation).entrySet()) {
      String path = file.getKey();
      if (path.endsWith(".class")) {
        classes.put(
            path.substring(0, path.length() - ".class".length()).replace('/', '.'),
            file.getValue());
      } else {
        resources.put(path, file.getValue());
      }
    }
    return new GeneratedClasses(classes, resources);
  }

  /**
   * Every file in the class output, by its path under it ({@code test/X.class}, {@code
   * META-INF/codebook/X.md}), as bytes.
   */
  public static Map<String, byte[]> classOutput(Compilation compilation) {
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      // The first segment names the location, as in /CLASS_OUTPUT/test/X.class.
      int slash = path.indexOf('/', 1);
      if (!path.substring(0, slash + 1).equals("/CLASS_OUTPUT/")) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(path.substring(slash + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /**
   * A fresh loader of the same classes whose resource at {@code path} is {@code bytes}, or missing
   * when {@code bytes} is {@code null}: what generated code does with a damaged or lost resource.
   */
  public GeneratedClasses withResource(String path, byte[] bytes) {
    Map<String, byte[]> changed = new TreeMap<>(resources);
    if (bytes == null) {
      changed.remove(path);
    } else {
      changed.put(path, bytes);
    }
    return new GeneratedClasses(classes, changed);
  }

  /** The bytes of a resource of the class output, such as {@code test/X.texts}. */
  public byte[] resource(String path) {
    byte[] bytes = resources.get(path);
    if (bytes == null) {
      throw new AssertionError("no resource " + path + "; generated: " + resources.keySet());
    }
    return bytes.clone();
  }

  /** Loads a generated class by binary name, such as {@code test.X$Series}. */
  public Class<?> load(String binaryName) {
    try {
      return loadClass(binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(
          "no generated class " + binaryName + "; generated: " + classes.keySet(), e);
    }
  }

  /** A file of the class output, as generated code reads its translations. */
  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = resources.get(name);
    return bytes == null ? super.getResourceAsStream(name) : new ByteArrayInputStream(bytes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
