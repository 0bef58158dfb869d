package io.codebook.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation produced, so tests can run generated code. */
public final class CompiledClasses {
  private final ClassLoader loader;

  private CompiledClasses(ClassLoader loader) {
    this.loader = loader;
  }

  public static CompiledClasses of(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (!path.endsWith(".class")) {
        continue;
      }
      String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CompiledClasses(
        new ClassLoader(CompiledClasses.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        });
  }

  public Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name, true, loader);
  }

  public ClassLoader loader() {
    return loader;
  }
}
