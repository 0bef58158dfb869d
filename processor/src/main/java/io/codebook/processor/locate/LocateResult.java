package io.codebook.processor.locate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The outcome of looking for a spec: found, not found anywhere, or found but unreadable. */
public sealed interface LocateResult {

  /**
   * The spec was found and read.
   *
   * @param text the whole file, decoded as UTF-8, without a byte-order mark
   */
  record Found(String text) implements LocateResult {}

  /**
   * The spec is in none of the places tried.
   *
   * @param tried every place, in the order tried, with why each failed
   * @param nearby what exists near the path: a spec of a similar name, and where its directory is
   */
  record NotFound(List<String> tried, Nearby nearby) implements LocateResult {
    public NotFound {
      tried = List.copyOf(tried);
    }

    /**
     * The end of the message: the nearest spec that exists, and where, or where its directory is.
     */
    public String hint() {
      String where = String.join(", ", nearby.holders());
      if (nearby.suggestion().isPresent()) {
        return "; did you mean '"
            + nearby.suggestion().get()
            + "'"
            + (where.isEmpty() ? "" : " (in " + where + ")")
            + "?";
      }
      return where.isEmpty()
          ? ""
          : "; " + nearby.directory() + " exists in " + where + ", but holds no such file";
    }
  }

  /**
   * What exists near a missing spec.
   *
   * @param suggestion the nearest existing spec path, if one is close
   * @param holders the directories and jars that hold the spec's nearest existing directory
   * @param directory that directory, relative to its root, with a trailing slash
   */
  record Nearby(Optional<String> suggestion, Set<String> holders, String directory) {
    public Nearby {
      holders = Collections.unmodifiableSet(new LinkedHashSet<>(holders));
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
