package io.codebook.example.format;

import io.codebook.example.FtpReply;
import io.codebook.example.UsageException;
import io.codebook.example.explain.Explanation;
import java.util.List;
import java.util.Locale;

/** Turns an {@link Explanation} into text for one output format. */
public interface ExplanationFormat {
  /**
   * Formats one explanation.
   *
   * @param explanation what to format
   * @return the formatted explanation, ending with a line break
   */
  String format(Explanation explanation);

  /**
   * Formats the explanations of one command, in order: by default each formatted on its own, with
   * an empty line between two.
   *
   * @param explanations what to format
   * @return the whole output, ending with a line break
   */
  default String formatAll(List<Explanation> explanations) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < explanations.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(format(explanations.get(i)));
    }
    return out.toString();
  }

  /**
   * Finds a format by the name used with {@code --format}.
   *
   * @param name {@code text}, {@code markdown}, {@code md} or {@code json}, in any case
   * @return the format
   * @throws UsageException if no format has that name
   */
  static ExplanationFormat named(String name) throws UsageException {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "text":
        return new TextExplanationFormat();
      case "markdown":
      case "md":
        return new MarkdownExplanationFormat();
      case "json":
        return new JsonExplanationFormat();
      default:
        throw new UsageException("unknown format '" + name + "'; use text, markdown or json");
    }
  }

  /**
   * The range of numbers FTP replies can have, from the generated series, such as "100 to 699".
   *
   * @return the lowest and highest number of any FTP reply series
   */
  static String ftpReplyRange() {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (FtpReply.Series series : FtpReply.Series.values()) {
      first = Math.min(first, series.first());
      last = Math.max(last, series.last());
    }
    return first + " to " + last;
  }
}
