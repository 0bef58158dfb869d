package io.codebook.processor.locate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  /**
   * The spec was found, but it is not UTF-8 from the position given on.
   *
   * @param line the line of the first byte that is not UTF-8, from 1
   * @param column its column, in code points from 1
   * @param found that byte, 0-255
   * @param where where the spec was found, to name in the message
   */
  record NotUtf8(int line, int column, int found, String where) implements LocateResult {
    /** Reports the problem at the byte's position in the spec at {@code path}. */
    public void report(String path, Problems problems) {
      problems.report(new Position(path, line, column), Message.SPEC_UNREADABLE, path, reason());
    }

    /** What is wrong, for the message, naming the byte and what it would be in ISO-8859-1. */
    String reason() {
      String hex = String.format(Locale.ROOT, "0x%02X", found);
      // Bytes 0x80-0x9F are control characters in ISO-8859-1, and a message shows none.
      String latin1 =
          found >= 0xA1 && found != 0xAD ? " ('" + (char) found + "' in ISO-8859-1)" : "";
      return "byte "
          + hex
          + latin1
          + " is not UTF-8; save the file as UTF-8 (found in "
          + where
          + ")";
    }
  }
}
