package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.diagnostics.Suggestions;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawCode;

/** Every code ends up with a valid outcome: its own, or its series'. */
final class OutcomeRule implements ValidationRule {

  @Override
  public void check(RawSpec spec, Problems problems) {
    for (RawCode code : spec.codes()) {
      if (code.outcome() != null) {
        checkWord(code.outcome(), problems);
      } else if (spec.series().isEmpty() && code.code() != null) {
        // With series, a code outside them is reported by SeriesRule instead.
        problems.report(
            code.position(),
            Message.MISSING_OUTCOME,
            code.code().value(),
            code.name() == null ? "unnamed" : code.name().value());
      }
    }
  }

  static void checkWord(Located<String> word, Problems problems) {
    if (Outcome.fromSpecWord(word.value()).isEmpty()) {
      problems.report(
          word.position(),
          Message.INVALID_OUTCOME,
          word.value(),
          Suggestions.didYouMean(word.value(), Outcome.specWords()));
    }
  }
}
