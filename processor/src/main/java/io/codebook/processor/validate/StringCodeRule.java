package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawCode;
import io.codebook.processor.spec.RawSpec.RawSeries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * String codes, such as SQLSTATE's {@code 42P01}, are short ASCII words, each declared once, and
 * series prefixes are such words too, none a prefix of another, so that a code is in one series at
 * most. The alphabet keeps codes safe as document anchors and readable in Java source.
 */
final class StringCodeRule implements ValidationRule {
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  @Override
  public void check(RawSpec spec, Problems problems) {
    if (!spec.stringCodes()) {
      return;
    }
    Map<String, Located<String>> seen = new HashMap<>();
    for (RawCode code : spec.codes()) {
      Located<String> text = code.text();
      if (text == null) {
        continue;
      }
      if (!WORD.matcher(text.value()).matches()) {
        problems.report(text.position(), Message.INVALID_STRING_CODE, text.value());
        continue;
      }
      Located<String> first = seen.putIfAbsent(text.value(), text);
      if (first != null) {
        problems.report(
            text.position(),
            Message.DUPLICATE_CODE,
            text.value(),
            first.position().asFirstOf(text.position()));
      }
    }
    List<RawSeries> valid = new ArrayList<>();
    for (RawSeries series : spec.series()) {
      if (series.prefix() == null) {
        continue;
      }
      if (!WORD.matcher(series.prefix().value()).matches()) {
        problems.report(
            series.prefix().position(), Message.INVALID_STRING_CODE, series.prefix().value());
        continue;
      }
      for (RawSeries earlier : valid) {
        String a = earlier.prefix().value();
        String b = series.prefix().value();
        if (a.startsWith(b) || b.startsWith(a)) {
          problems.report(
              series.prefix().position(),
              Message.SERIES_OVERLAP,
              label(series),
              "prefix " + b,
              label(earlier),
              "prefix " + a,
              earlier.position().lineAndColumn());
        }
      }
      valid.add(series);
    }
  }

  private static String label(RawSeries series) {
    return series.name() == null ? "?" : series.name().value();
  }
}
