package io.codebook.example.explain;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;

/**
 * A series of any code set, reduced to what ftp-doctor prints. The generated series enums of
 * different code sets share no type, so this record carries their values side by side.
 *
 * @param first the lowest code of the range
 * @param last the highest code of the range, inclusive
 * @param title the series' title
 * @param description a longer explanation, or an empty string
 * @param outcome what codes of the series say about the request, in words
 */
public record SeriesSummary(int first, int last, String title, String description, String outcome) {
  /**
   * Summarises an FTP reply series.
   *
   * @param series the series
   * @return its summary
   */
  public static SeriesSummary of(FtpReply.Series series) {
    return new SeriesSummary(
        series.first(),
        series.last(),
        series.title(),
        series.description(),
        OutcomeText.of(series.outcome()));
  }

  /**
   * Summarises a Winsock error series.
   *
   * @param series the series
   * @return its summary
   */
  public static SeriesSummary of(WinsockError.Series series) {
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
