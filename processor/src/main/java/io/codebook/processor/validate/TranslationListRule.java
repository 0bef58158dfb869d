package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import java.util.HashMap;
import java.util.Map;

/** The spec's {@code translations} list: well-formed tags, each listed once. */
final class TranslationListRule implements ValidationRule {
  @Override
  public void check(RawSpec spec, Problems problems) {
    Map<String, Located<String>> seen = new HashMap<>();
    for (Located<String> tag : spec.translations()) {
      if (!LanguageTags.isWellFormed(tag.value())) {
        problems.report(tag.position(), Message.INVALID_LANGUAGE_TAG, tag.value());
        continue;
      }
      Located<String> first = seen.putIfAbsent(tag.value(), tag);
      if (first != null) {
        problems.report(
            tag.position(),
            Message.DUPLICATE_TRANSLATION,
            "language " + tag.value() + " in translations",
            first.position().lineAndColumn());
      }
    }
  }
}
