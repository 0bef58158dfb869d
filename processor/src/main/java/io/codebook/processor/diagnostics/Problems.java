package io.codebook.processor.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects every problem found in one spec, so that a single compile reports all of them rather
 * than one per compile.
 */
public final class Problems {
  private static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparingInt((Problem p) -> p.position().line())
          .thenComparingInt(p -> p.position().column())
          .thenComparing(p -> p.message().id());

  /** How many further places a folded problem lists. */
  private static final int PLACES_SHOWN = 5;

  private final List<Problem> problems = new ArrayList<>();

  /** Records a problem at {@code position}. */
  public void report(Position position, Message message, Object... args) {
    problems.add(new Problem(message, position, message.format(args)));
  }

  /** Whether anything was reported. */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * The problems to show, in file order, with the repeats of one kind folded into its first: past
   * {@code limit} problems of one message id, that id is reported once, with the count and the
   * first few places of the rest. A generated spec with 50,000 codes lacking an outcome gets one
   * error rather than 50,000, of which javac would show only the first 100.
   */
  public List<Problem> collapsed(int limit) {
    List<Problem> all = sorted();
    Map<Message, List<Problem>> byMessage = new EnumMap<>(Message.class);
    for (Problem problem : all) {
      byMessage.computeIfAbsent(problem.message(), m -> new ArrayList<>()).add(problem);
    }
    List<Problem> shown = new ArrayList<>();
    for (Problem problem : all) {
      List<Problem> same = byMessage.get(problem.message());
      if (same.size() <= limit) {
        shown.add(problem);
      } else if (same.get(0).equals(problem)) {
        shown.add(folded(same));
      }
    }
    return List.copyOf(shown);
  }

  private static Problem folded(List<Problem> same) {
    Problem first = same.get(0);
    List<String> places = new ArrayList<>();
    for (Problem more : same.subList(1, Math.min(same.size(), 1 + PLACES_SHOWN))) {
      places.add(more.position().lineAndColumn());
    }
    int rest = same.size() - 1;
    String text =
        first.text()
            + String.format(
                Locale.ROOT,
                " (and %,d more like it, at %s%s)",
                rest,
                String.join(", ", places),
                rest > PLACES_SHOWN ? ", ..." : "");
    return new Problem(first.message(), first.position(), text);
  }

  /** The problems in the order they appear in the file, so the output reads top to bottom. */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(IN_FILE_ORDER);
    return List.copyOf(copy);
  }
}
