package io.codebook.example.explain;

import io.codebook.example.KnownCode;

/**
 * A series of any code set, reduced to what ftp-doctor prints.
 *
 * @param first the lowest code of the range
 * @param last the highest code of the range, inclusive
 * @param title the series' title
 * @param description a longer explanation, or an empty string
 * @param outcome what codes of the series say about the request, in words
 */
public record SeriesSummary(int first, int last, String title, String description, String outcome) {
  /**
   * Summarises a series of either set.
   *
   * @param series the series
   * @return its summary
   */
  public static SeriesSummary of(KnownCode.Series series) {
    return new SeriesSummary(
        series.first(),
        series.last(),
        series.title(),
        series.description(),
        OutcomeText.of(series.outcome()));
  }

  /**
   * The range, such as "400-499".
   *
   * @return the first and last code joined by a hyphen
   */
  public String range() {
    return first + "-" + last;
  }
}
