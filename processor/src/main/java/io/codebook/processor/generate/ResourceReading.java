package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The generated code that reads a resource the processor wrote beside a generated class (the base
 * texts of a class-shaped set, each language's translations): opened through the class itself, so
 * that it works on the class path and in a named module alike, read as UTF-8 lines, and a missing
 * or unreadable resource reported as an unchecked exception that names it.
 */
final class ResourceReading {
  private ResourceReading() {}

  /**
   * Opens the resource in a {@code try} block and declares {@code reader} over its lines; the
   * caller reads them, then calls {@link #close}.
   *
   * @param owner the class beside which the resource lies
   * @param resource an expression for the resource's name, relative to the owner's package
   * @param missing an expression for the message when the resource is not there
   */
  static MethodSpec.Builder open(
      MethodSpec.Builder method, ClassName owner, CodeBlock resource, CodeBlock missing) {
    return method
        .beginControlFlow(
            "try ($T in = $T.class.getResourceAsStream($L))", InputStream.class, owner, resource)
        .beginControlFlow("if (in == null)")
        .addStatement("throw new $T($L)", IllegalStateException.class, missing)
        .endControlFlow()
        .addStatement(
            "$T reader = new $T(new $T(in, $T.UTF_8))",
            BufferedReader.class,
            BufferedReader.class,
            InputStreamReader.class,
            StandardCharsets.class);
  }

  /**
   * Ends the block that {@link #open} began.
   *
   * @param cannotRead an expression for the message when reading fails
   */
  static MethodSpec.Builder close(MethodSpec.Builder method, CodeBlock cannotRead) {
    return method
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T($L, e)", UncheckedIOException.class, cannotRead)
        .endControlFlow();
  }
}
