package io.codebook.processor.diagnostics;

/**
 * A place in a spec file, with 1-based line and column, as editors and compilers count them.
 *
 * @param file the spec path as the annotation names it
 * @param line 1-based line
 * @param column 1-based column
 */
public record Position(String file, int line, int column) {

  /** The position of the file as a whole, used when no node can be pointed at. */
  public static Position startOf(String file) {
    return new Position(file, 1, 1);
  }

  /** Renders as {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }

  /** Renders as {@code line:column}, for pointing at a second place in the same file. */
  public String lineAndColumn() {
    return line + ":" + column;
  }

  /**
   * Renders this first place of something that {@code again} repeats, as {@link #lineAndColumn}. A
   * YAML alias ({@code *name}) repeats its anchored entry as the very same node, positions and all,
   * so the repeat is found where the first is; the text then says why.
   */
  public String asFirstOf(Position again) {
    return equals(again)
        ? lineAndColumn() + ", the same entry, repeated by a YAML alias (*)"
        : lineAndColumn();
  }
}
