package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.diagnostics.Suggestions;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawSeries;
import java.util.List;

/**
 * {@code codeType} is {@code int} or {@code string}, and the spec uses only what its code type has:
 * ranges for int series, prefixes for string series. Groups (digit patterns) and contexts (lists of
 * ints) exist for int codes only.
 */
final class CodeTypeRule implements ValidationRule {
  private static final List<String> WORDS = List.of(RawSpec.INT_CODES, RawSpec.STRING_CODES);

  @Override
  public void check(RawSpec spec, Problems problems) {
    if (spec.codeType() != null && !WORDS.contains(spec.codeType().value())) {
      problems.report(
          spec.codeType().position(),
          Message.INVALID_CODE_TYPE,
          spec.codeType().value(),
          Suggestions.didYouMean(spec.codeType().value(), WORDS));
    }
    boolean strings = spec.stringCodes();
    String type = strings ? RawSpec.STRING_CODES : RawSpec.INT_CODES;
    for (RawSeries series : spec.series()) {
      if (strings && series.range() != null) {
        problems.report(
            series.range().position(),
            Message.CODE_TYPE_MISMATCH,
            "'range'",
            type,
            "a series of string codes has a 'prefix'");
      }
      if (!strings && series.prefix() != null) {
        problems.report(
            series.prefix().position(),
            Message.CODE_TYPE_MISMATCH,
            "'prefix'",
            type,
            "a series of int codes has a 'range'");
      }
    }
    if (strings && !spec.groups().isEmpty()) {
      problems.report(
          spec.groups().get(0).position(),
          Message.CODE_TYPE_MISMATCH,
          "'groups'",
          type,
          "digit patterns match int codes only");
    }
    if (strings && !spec.contexts().isEmpty()) {
      problems.report(
          spec.contexts().get(0).position(),
          Message.CODE_TYPE_MISMATCH,
          "'contexts'",
          type,
          "contexts list int codes only");
    }
  }
}
