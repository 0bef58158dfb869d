package io.codebook.processor.generate;

/**
 * Writes a Javadoc comment as text, line for line as JavaPoet's {@code CodeWriter} writes it: each
 * line of the content after {@code " * "}, an empty line as {@code " *"}, a line end added if the
 * content lacks one. The members that {@link ClassPartsSource} writes without JavaPoet come out as
 * they did through it; the golden files of the class shape hold both to that.
 */
final class JavadocText {
  private JavadocText() {}

  /**
   * Appends {@code content} as a Javadoc comment, each line after {@code indent}.
   *
   * @param content the comment's text: lines separated by line ends, as JavaPoet's {@code \R}
   *     splits them
   */
  static void append(StringBuilder out, String indent, String content) {
    out.append(indent).append("/**\n");
    boolean lineEnded = true;
    int start = 0;
    int length = content.length();
    while (true) {
      int end = start;
      while (end < length && !isLineBreak(content.charAt(end))) {
        end++;
      }
      if (end > start) {
        if (lineEnded) {
          out.append(indent).append(" * ");
        }
        out.append(content, start, end);
        lineEnded = false;
      }
      if (end == length) {
        break;
      }
      // A line break: "\r\n" counts once, as in \R.
      start =
          content.charAt(end) == '\r' && end + 1 < length && content.charAt(end + 1) == '\n'
              ? end + 2
              : end + 1;
      if (lineEnded) {
        out.append(indent).append(" *");
      }
      out.append('\n');
      lineEnded = true;
    }
    if (!lineEnded) {
      out.append('\n');
    }
    out.append(indent).append(" */\n");
  }

  /** The single characters that {@code \R} takes as a line break. */
  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\r'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }
}
