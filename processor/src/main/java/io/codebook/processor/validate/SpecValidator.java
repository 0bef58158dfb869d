package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.spec.RawSpec;
import java.util.List;
import java.util.Optional;

/** Runs every rule over a raw spec and, when nothing is wrong, builds the model. */
public final class SpecValidator {
  private static final List<ValidationRule> RULES =
      List.of(
          new SetNameRule(),
          new ConstantNameRule(),
          new CodeTypeRule(),
          new CodeNumberRule(),
          new StringCodeRule(),
          new SeriesRule(),
          new GroupRule(),
          new ContextRule(),
          new OutcomeRule(),
          new TranslationListRule());

  private SpecValidator() {}

  /**
   * Checks {@code spec}. Problems found while reading are already in {@code problems}; the rules
   * add theirs, so one compile lists everything.
   *
   * @return the model, or empty if anything at all is wrong
   */
  public static Optional<CodeSet> validate(RawSpec spec, Problems problems) {
    for (ValidationRule rule : RULES) {
      rule.check(spec, problems);
    }
    return problems.any() ? Optional.empty() : Optional.of(CodeSetBuilder.build(spec));
  }
}
