package io.codebook.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The types generated for one registry: its spec compiled by javac with the processor jar on the
 * processor path (as a consumer's build does), then loaded. Compiled once per registry and run.
 */
final class RegistryTypes {
  private static final Map<String, RegistryTypes> COMPILED = new ConcurrentHashMap<>();

  private final Registry registry;
  private final ClassLoader loader;

  private RegistryTypes(Registry registry, ClassLoader loader) {
    this.registry = registry;
    this.loader = loader;
  }

  static RegistryTypes compile(Registry registry) {
    return COMPILED.computeIfAbsent(registry.id(), id -> compileNow(registry));
  }

  private static RegistryTypes compileNow(Registry registry) {
    try {
      Path work = Consumer.WORK.resolve("registries").resolve(registry.id());
      Path sources = work.resolve("src");
      Path classes = work.resolve("classes");
      Path generated = work.resolve("generated");
      for (Path dir : List.of(sources, classes, generated)) {
        Files.createDirectories(dir);
      }
      Path packageDir = sources.resolve(registry.packageName().replace('.', '/'));
      Files.createDirectories(packageDir);
      Path packageInfo = packageDir.resolve("package-info.java");
      Files.writeString(
          packageInfo,
          "/** The "
              + registry.id()
              + " registry. */\n@io.codebook.annotations.Codebook(spec = \""
              + registry.id()
              + ".yaml\")\npackage "
              + registry.packageName()
              + ";\n",
          UTF_8);
      Path annotations = Consumer.JARS.resolve(Consumer.jar("annotations"));
      Path processor = Consumer.JARS.resolve(Consumer.jar("processor"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter output = new StringWriter();
      List<String> options =
          List.of(
              "-Xlint:all",
              "-Werror",
              "-cp",
              annotations.toString(),
              "-processorpath",
              processor.toString(),
              "-Acodebook.specPath=" + RegistriesIT.registries(),
              // glibc leaves three errno texts untranslated in Japanese, and so does errno.ja.yaml:
              // the run-time test checks that those fall back to the English text, so the
              // completeness warning, an error under -Werror, is off.
              "-Acodebook.translations=ignore",
              "-d",
              classes.toString(),
              "-s",
              generated.toString());
      boolean compiled =
          javac
              .getTask(
                  output,
                  null,
                  null,
                  options,
                  null,
                  javac
                      .getStandardFileManager(null, null, UTF_8)
                      .getJavaFileObjects(packageInfo.toFile()))
              .call();
      assertTrue(compiled, () -> registry.id() + " did not compile:\n" + output);
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL(), annotations.toUri().toURL()},
              RegistryTypes.class.getClassLoader());
      return new RegistryTypes(registry, loader);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Class<?> load(String suffix) {
    try {
      return Class.forName(
          registry.packageName() + "." + registry.typeName() + suffix, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code X}, the enum or the class shape. */
  Class<?> codesType() {
    return load("");
  }

  Method codeMethod(String name, Class<?>... parameters) throws NoSuchMethodException {
    return codesType().getMethod(name, parameters);
  }

  /** {@code X.NAME}, found also where the class shape inherits it from a part. */
  Object constant(String name) throws ReflectiveOperationException {
    return codesType().getField(name).get(null);
  }

  /** {@code XCodes.NAME}. */
  Object intConstant(String name) throws ReflectiveOperationException {
    return load("Codes").getField(name).get(null);
  }

  Object property(Object constant, String accessor) throws ReflectiveOperationException {
    return codesType().getMethod(accessor).invoke(constant);
  }

  Object[] values() throws ReflectiveOperationException {
    return (Object[]) codeMethod("values").invoke(null);
  }

  /** {@code XHandler.dispatch(code, h)} with a handler whose code methods return their constant. */
  Object dispatch(Object code) throws ReflectiveOperationException {
    Class<?> handler = load("Handler");
    Class<?> parameter = code instanceof Integer ? int.class : code.getClass();
    return handler
        .getMethod("dispatch", parameter, handler)
        .invoke(null, code, RegistriesIT.echoingHandler(handler, codesType()));
  }
}
