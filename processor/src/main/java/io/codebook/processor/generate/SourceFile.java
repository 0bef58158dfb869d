package io.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A generated source file: the qualified name of its type, for the Filer, and its text, rendered
 * when asked for, so that the writer can render files two at a time.
 *
 * @param typeName the top-level type's qualified name
 * @param text renders the file's text
 */
public record SourceFile(String typeName, Supplier<String> text) {
  /** A file that JavaPoet renders. */
  static SourceFile of(JavaFile file) {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    return new SourceFile(name, () -> render(file));
  }

  /**
   * JavaPoet emits a file twice (once to collect imports); into a StringBuilder both passes stay in
   * memory, and the Filer's writer then gets the text in one call instead of thousands of small
   * appends through its encoder.
   */
  private static String render(JavaFile file) {
    StringBuilder text = new StringBuilder(4096);
    try {
      file.writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return text.toString();
  }
}
