package io.codebook.processor.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the comments of a Java source without being fooled by string literals that contain comment
 * markers, which spec text often does.
 */
public final class SourceScan {
  private SourceScan() {}

  /** The text of every {@code /** ... *}{@code /} comment, markers included, in source order. */
  public static List<String> javadocComments(String source) {
    List<String> comments = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipLiteral(source, i);
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        if (end < 0) {
          throw new AssertionError("unterminated comment at offset " + i);
        }
        String comment = source.substring(i, end + 2);
        if (comment.startsWith("/**") && !comment.equals("/**/")) {
          comments.add(comment);
        }
        i = end + 2;
      } else {
        i++;
      }
    }
    return comments;
  }

  /** The index after the string, text block or char literal that starts at {@code start}. */
  private static int skipLiteral(String source, int start) {
    if (source.startsWith("\"\"\"", start)) {
      int end = source.indexOf("\"\"\"", start + 3);
      return end < 0 ? source.length() : end + 3;
    }
    char quote = source.charAt(start);
    int i = start + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }
}
