package io.codebook.processor.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found in one spec, so that a single compile reports all of them rather
 * than one per compile.
 */
public final class Problems {
  private static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparingInt((Problem p) -> p.position().line())
          .thenComparingInt(p -> p.position().column())
          .thenComparing(p -> p.message().id());

  private final List<Problem> problems = new ArrayList<>();

  /** Records a problem at {@code position}. */
  public void report(Position position, Message message, Object... args) {
    problems.add(new Problem(message, position, message.format(args)));
  }

  /** Whether anything was reported. */
  public boolean any() {
    return !problems.isEmpty();
  }

  /** The problems in the order they appear in the file, so the output reads top to bottom. */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(IN_FILE_ORDER);
    return List.copyOf(copy);
  }
}
