package io.codebook.benchmarks.report;

import io.codebook.benchmarks.FirstUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows {@link FirstUse} printed, one per fresh JVM, grouped by set: each set's median per
 * column, since one cold start is a single noisy sample.
 */
final class FirstUseRows {
  /** Column of the first {@code values()}: loading and initializing the class. */
  static final int VALUES = 0;

  /** Column of the first lookup. */
  static final int LOOKUP = 1;

  /** Column of loading the first class that implements the handler. */
  static final int HANDLER = 2;

  /** Columns per row: the three above, loading a second handler class, and the first text. */
  private static final int COLUMNS = 5;

  private final Map<String, List<double[]>> bySet;

  private FirstUseRows(Map<String, List<double[]>> bySet) {
    this.bySet = bySet;
  }

  /**
   * Reads rows such as {@code | FTP (65 codes, enum) | 6.6 ms | 0.5 ms | 1.7 ms | 0.8 ms | 0.0 ms
   * |}.
   */
  static FirstUseRows parse(String markdown) {
    Map<String, List<double[]>> bySet = new LinkedHashMap<>();
    if (markdown != null) {
      for (String line : markdown.lines().toList()) {
        String[] cells = line.split("\\|");
        if (cells.length < COLUMNS + 2 || !line.startsWith("|")) {
          continue;
        }
        double[] ms = new double[COLUMNS];
        try {
          for (int i = 0; i < COLUMNS; i++) {
            ms[i] = Double.parseDouble(cells[i + 2].replace("ms", "").trim());
          }
        } catch (NumberFormatException e) {
          continue; // a header or separator row
        }
        bySet.computeIfAbsent(cells[1].trim(), set -> new ArrayList<>()).add(ms);
      }
    }
    return new FirstUseRows(bySet);
  }

  /** The median of a column over the runs of the set whose label starts with {@code prefix}. */
  Optional<Double> median(String prefix, int column) {
    for (Map.Entry<String, List<double[]>> set : bySet.entrySet()) {
      if (set.getKey().startsWith(prefix)) {
        return Optional.of(median(set.getValue(), column));
      }
    }
    return Optional.empty();
  }

  /** Loading and initializing the class plus the first lookup, the median of their per-run sums. */
  Optional<Double> firstUse(String prefix) {
    for (Map.Entry<String, List<double[]>> set : bySet.entrySet()) {
      if (set.getKey().startsWith(prefix)) {
        List<double[]> sums = new ArrayList<>();
        for (double[] run : set.getValue()) {
          sums.add(new double[] {run[VALUES] + run[LOOKUP]});
        }
        return Optional.of(median(sums, 0));
      }
    }
    return Optional.empty();
  }

  /** The table of medians, with the number of runs per set. */
  String medianTable() {
    StringBuilder md =
        new StringBuilder(
            "Medians over fresh JVMs (runs per set in brackets).\n\n" + FirstUse.HEADER);
    for (Map.Entry<String, List<double[]>> set : bySet.entrySet()) {
      md.append("| ").append(set.getKey()).append(" (").append(set.getValue().size()).append(")");
      for (int column = 0; column < COLUMNS; column++) {
        md.append(String.format(Locale.ROOT, " | %.1f ms", median(set.getValue(), column)));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  private static double median(List<double[]> runs, int column) {
    double[] values = runs.stream().mapToDouble(run -> run[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
