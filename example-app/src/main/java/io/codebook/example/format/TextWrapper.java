package io.codebook.example.format;

/**
 * Breaks text into lines at spaces, for terminal output. Words longer than a line are kept whole.
 */
public final class TextWrapper {
  /** The width ftp-doctor wraps its text output to. */
  public static final int WIDTH = 80;

  private TextWrapper() {}

  /**
   * Wraps a paragraph to {@link #WIDTH} columns.
   *
   * @param text the paragraph; runs of white space count as one space
   * @param firstIndent what the first line starts with
   * @param nextIndent what the following lines start with
   * @return the lines, each ending with a line break
   */
  public static String wrap(String text, String firstIndent, String nextIndent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(firstIndent);
    int lineStart = line.length();
    for (String word : text.trim().split("\\s+", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(nextIndent);
        lineStart = line.length();
      }
      if (line.length() > lineStart) {
        line.append(' ');
      }
      line.append(word);
    }
    return out.append(line).append('\n').toString();
  }
}
