package io.codebook.processor.locate;

import java.util.List;

/** The outcome of looking for a spec: found, not found anywhere, or found but unreadable. */
public sealed interface LocateResult {

  /**
   * The spec was found and read.
   *
   * @param source the spec
   */
  record Found(SpecSource source) implements LocateResult {}

  /**
   * The spec is in none of the places tried.
   *
   * @param tried every place, in the order tried, with why each failed
   */
  record NotFound(List<String> tried) implements LocateResult {
    public NotFound {
      tried = List.copyOf(tried);
    }
  }

  /**
   * The path cannot name a spec, or the file exists but cannot be read.
   *
   * @param invalidPath whether the path itself is the problem
   * @param reason what is wrong
   */
  record Failed(boolean invalidPath, String reason) implements LocateResult {}
}
