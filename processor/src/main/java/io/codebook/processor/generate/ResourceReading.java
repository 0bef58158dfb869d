package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/**
 * The generated code that reads a resource the processor wrote beside a generated class (the base
 * texts of a class-shaped set, each language's translations): opened through the class itself, so
 * that it works on the class path and in a named module alike, read as UTF-8, and a missing or
 * unreadable resource reported as an unchecked exception that names it.
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
    return openStream(method, owner, resource, missing)
        .addStatement(
            "$T reader = new $T(new $T(in, $T.UTF_8))",
            BufferedReader.class,
            BufferedReader.class,
            InputStreamReader.class,
            StandardCharsets.class);
  }

  /**
   * Opens the resource in a {@code try} block as {@code in}, failing when it is not there; {@link
   * #close} ends the block.
   */
  private static MethodSpec.Builder openStream(
      MethodSpec.Builder method, ClassName owner, CodeBlock resource, CodeBlock missing) {
    return method
        .beginControlFlow(
            "try ($T in = $T.class.getResourceAsStream($L))", InputStream.class, owner, resource)
        .beginControlFlow("if (in == null)")
        .addStatement("throw new $T($L)", IllegalStateException.class, missing)
        .endControlFlow();
  }

  /**
   * How the generated loop holds a resource and finds its line ends.
   *
   * @param decoded whether it holds a string, and cuts a string {@code line} from it per line
   */
  record Form(
      CodeBlock declaration,
      CodeBlock read,
      String firstLineEnd,
      String lineEnd,
      String noLineEnd,
      String length,
      boolean decoded) {}

  static final Form DECODED =
      new Form(
          CodeBlock.of("$T text", String.class),
          CodeBlock.of(
              "text = new $T(in.readAllBytes(), $T.UTF_8)", String.class, StandardCharsets.class),
          "text.indexOf('\\n')",
          "text.indexOf('\\n', start)",
          "end < 0",
          "text.length()",
          true);

  static final Form BYTES =
      new Form(
          CodeBlock.of("byte[] bytes"),
          CodeBlock.of("bytes = in.readAllBytes()"),
          "lineEnd(bytes, 0)",
          "lineEnd(bytes, start)",
          "end >= bytes.length",
          "bytes.length",
          false);

  /**
   * Reads a resource of one line per constant, after a comment line, into {@code all}: declares
   * {@code start} and {@code end}, the positions of a line's first character and of its line end,
   * and {@code ordinal} for {@code body}, which stores the constant's value. The resource is read
   * whole, then cut at its line ends, which costs a fresh JVM far less than a {@link
   * BufferedReader}'s line by line decoding while both run interpreted. {@link #DECODED} decodes it
   * at once and declares each line as {@code line} too; {@link #BYTES} leaves it in {@code bytes},
   * for a reader that parses its fields in place with a few loops over bytes, where a decoded line
   * costs a copy of the resource, a string per line and calls into {@code String} per field (the
   * owner then declares {@link #lineEnd}). A resource that is missing, has fewer or more lines than
   * the set has constants, or a line that {@code body} cannot parse fails with a message naming the
   * resource, since it no longer matches the class it was generated with.
   *
   * @param owner the class that reads it, beside which the resource lies
   * @param resource the resource's name, relative to the owner's package
   * @param what what the resource holds, for the message when it is missing: "The texts of X"
   * @param count the number of constants
   * @param form whether the resource is decoded
   * @param body the statements that parse a line into {@code all[ordinal]}
   */
  static MethodSpec.Builder readEachLine(
      MethodSpec.Builder method,
      ClassName owner,
      String resource,
      String what,
      int count,
      Form form,
      CodeBlock body) {
    method.addStatement(form.declaration());
    openStream(
            method,
            owner,
            CodeBlock.of("$S", resource),
            CodeBlock.of("$S", what + " are missing; they belong beside its class, in " + resource))
        .addStatement(form.read());
    close(method, CodeBlock.of("$S", "Cannot read " + resource))
        .addComment("The first line says what the file is.")
        .addStatement("int start = $L + 1", form.firstLineEnd())
        .beginControlFlow("for (int ordinal = 0; ordinal < all.length; ordinal++)")
        .addStatement("int end = $L", form.lineEnd())
        .beginControlFlow("if ($L)", form.noLineEnd())
        .addStatement(
            "throw new $T($S + ordinal + $S)",
            IllegalStateException.class,
            resource + " ends after ",
            " of " + count + " constants")
        .endControlFlow();
    if (form.decoded()) {
      method.addStatement("$T line = text.substring(start, end)", String.class);
    }
    // A line too short, or with a number that is not one: the resource was damaged or comes from
    // another version of the set.
    return method
        .beginControlFlow("try")
        .addCode(body)
        .nextControlFlow(
            "catch ($T | $T e)", IndexOutOfBoundsException.class, IllegalArgumentException.class)
        .addStatement(
            "throw new $T($S + (ordinal + 2) + $S, e)",
            IllegalStateException.class,
            resource + " is damaged: line ",
            " is not a constant's")
        .endControlFlow()
        .addStatement("start = end + 1")
        .endControlFlow()
        .beginControlFlow("if (start < $L)", form.length())
        .addStatement(
            "throw new $T($S)",
            IllegalStateException.class,
            resource + " has more than " + count + " constants; it is not this class's")
        .endControlFlow();
  }

  /**
   * The generated {@code lineEnd(byte[], int)} that {@link #BYTES} calls: the position of the next
   * line end, or the resource's length when none follows.
   */
  static MethodSpec lineEnd() {
    return scan(
        "lineEnd",
        "The position of the first line end at or after a position, or the resource's length when"
            + " none follows.",
        "end < bytes.length && bytes[end] != '\\n'");
  }

  /**
   * A generated {@code int name(byte[] bytes, int from)} that returns the first position at or
   * after {@code from} where {@code condition}, over {@code bytes[end]}, no longer holds.
   */
  static MethodSpec scan(String name, String summary, String condition) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.INT)
        .addParameter(byte[].class, "bytes")
        .addParameter(TypeName.INT, "from")
        .addJavadoc(
            "$L\n\n@param bytes the resource\n@param from where to start\n@return the position\n",
            summary)
        .addStatement("int end = from")
        .beginControlFlow("while ($L)", condition)
        .addStatement("end++")
        .endControlFlow()
        .addStatement("return end")
        .build();
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
