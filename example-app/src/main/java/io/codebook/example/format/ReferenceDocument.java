package io.codebook.example.format;

import io.codebook.example.explain.CodeSet;
import java.io.IOException;
import java.io.InputStream;

/**
 * The reference documents Codebook generates next to the classes, at {@code
 * META-INF/codebook/<EnumName>.<md|html>} in the jar.
 */
public final class ReferenceDocument {
  private ReferenceDocument() {}

  /**
   * The class path resource name of a document.
   *
   * @param set the code set
   * @param format the format
   * @return the resource name, without a leading slash
   */
  public static String resourceName(CodeSet set, DocFormat format) {
    return "META-INF/codebook/" + set.generatedType().getSimpleName() + "." + format.extension();
  }

  /**
   * Reads a document from the class path.
   *
   * @param set the code set
   * @param format the format
   * @return the document's bytes, UTF-8 as shipped
   * @throws IOException if the document is missing or cannot be read
   */
  public static byte[] read(CodeSet set, DocFormat format) throws IOException {
    String name = resourceName(set, format);
    try (InputStream in = set.generatedType().getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the reference document " + name + " is missing from the class path");
      }
      return in.readAllBytes();
    }
  }
}
