package io.codebook.example.transcript;

import io.codebook.example.UsageException;
import java.util.Locale;

/** Turns a reviewed transcript into the output of one {@code explain-log --format}. */
public interface TranscriptFormat {
  /** The default: plain text for a terminal. */
  TranscriptFormat TEXT = TranscriptReport::format;

  /**
   * Formats the review of a transcript.
   *
   * @param review what explain-log found and concluded
   * @param name the transcript's name, such as its file name
   * @return the whole output, ending with a line break
   */
  String format(SessionReview review, String name);

  /**
   * Finds a format by the name used with {@code --format}, the same names as {@code explain}'s.
   *
   * @param name {@code text}, {@code markdown}, {@code md} or {@code json}, in any case
   * @return the format
   * @throws UsageException if no format has that name
   */
  static TranscriptFormat named(String name) throws UsageException {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "markdown", "md" -> MarkdownTranscriptFormat::format;
      case "json" -> JsonTranscriptFormat::format;
      default ->
          throw new UsageException("unknown format '" + name + "'; use text, markdown or json");
    };
  }
}
