package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.diagnostics.Suggestions;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawCode;

/**
 * Every outcome word is valid: the set's, the series' (checked by {@link SeriesRule}) and the
 * codes'. None is required: a code without one takes its series', else the set's, else has none.
 */
final class OutcomeRule implements ValidationRule {

  @Override
  public void check(RawSpec spec, Problems problems) {
    if (spec.outcome() != null) {
      checkWord(spec.outcome(), problems);
    }
    for (RawCode code : spec.codes()) {
      if (code.outcome() != null) {
        checkWord(code.outcome(), problems);
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
