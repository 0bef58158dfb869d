package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Series ranges are well formed and disjoint. A code may fall in none of them (OpenLDAP's 0-14 lie
 * outside every range ldap.h defines); the generated {@code series()} then says so.
 */
final class SeriesRule implements ValidationRule {

  private record Bounds(RawSeries series, int first, int last) {
    String label() {
      return series.name() == null ? "?" : series.name().value();
    }

    String range() {
      return first + "-" + last;
    }
  }

  @Override
  public void check(RawSpec spec, Problems problems) {
    List<Bounds> bounds = new ArrayList<>();
    for (RawSeries series : spec.series()) {
      if (series.outcome() != null) {
        OutcomeRule.checkWord(series.outcome(), problems);
      }
      if (series.range() == null) {
        continue;
      }
      Ranges.parse(series.range().value())
          .ifPresentOrElse(
              r -> bounds.add(new Bounds(series, r[0], r[1])),
              () ->
                  problems.report(
                      series.range().position(), Message.INVALID_RANGE, series.range().value()));
    }
    reportOverlaps(bounds, problems);
  }

  private static void reportOverlaps(List<Bounds> bounds, Problems problems) {
    List<Bounds> sorted = new ArrayList<>(bounds);
    sorted.sort(Comparator.comparingInt(Bounds::first).thenComparingInt(Bounds::last));
    for (int i = 1; i < sorted.size(); i++) {
      Bounds later = sorted.get(i);
      for (int j = 0; j < i; j++) {
        Bounds earlier = sorted.get(j);
        if (earlier.last() >= later.first()) {
          Bounds reported =
              SpecOrder.POSITION.compare(earlier.series().position(), later.series().position()) > 0
                  ? earlier
                  : later;
          Bounds other = reported.equals(earlier) ? later : earlier;
          problems.report(
              reported.series().range().position(),
              Message.SERIES_OVERLAP,
              reported.label(),
              reported.range(),
              other.label(),
              other.range(),
              other.series().position().lineAndColumn());
        }
      }
    }
  }
}
