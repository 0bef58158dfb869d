package io.codebook.processor.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the nearest known word to a misspelt one, for "did you mean" hints. */
public final class Suggestions {
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /** The closest candidate within a small edit distance, ties broken alphabetically. */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : candidates) {
      int distance = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance
          || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= MAX_DISTANCE ? Optional.of(best) : Optional.empty();
  }

  /** The hint appended to a message: {@code "; did you mean 'x'?"}, or nothing. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return nearest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
