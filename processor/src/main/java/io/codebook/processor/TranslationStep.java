package io.codebook.processor;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problem;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.locate.LocateResult;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Translation;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.OverlayReader;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.validate.Completeness;
import io.codebook.processor.validate.LanguageTags;
import io.codebook.processor.validate.TranslationValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline's step between validating a spec and generating from it: locate, read and check each
 * overlay the spec lists, as the spec itself was, then report what each language lacks.
 */
final class TranslationStep {
  private final SpecLocator locator;
  private final ErrorReporter errors;

  /** What a translation that lacks messages is. */
  private final CompletenessCheck completeness;

  TranslationStep(SpecLocator locator, ErrorReporter errors, CompletenessCheck completeness) {
    this.locator = locator;
    this.errors = errors;
    this.completeness = completeness;
  }

  /**
   * Reads and checks the overlays the spec lists, found the way the spec was, and reports the codes
   * each language lacks as the option says.
   *
   * @return the set with its translations, or empty when an overlay is missing or wrong
   */
  Optional<CodeSet> apply(Request request, RawSpec raw, CodeSet codeSet) {
    List<Translation> translations = new ArrayList<>();
    boolean failed = false;
    for (Located<String> tag : raw.translations()) {
      String path = LanguageTags.overlayPath(request.specPath(), tag.value());
      Problems problems = new Problems();
      LocateResult result = locator.locate(path);
      if (result instanceof LocateResult.Found found) {
        OverlayReader.read(path, found.text(), codeSet.stringCodes(), problems)
            .flatMap(
                overlay -> TranslationValidator.validate(codeSet, tag.value(), overlay, problems))
            .ifPresent(translations::add);
      } else if (result instanceof LocateResult.NotFound notFound) {
        problems.report(
            tag.position(),
            Message.TRANSLATION_NOT_FOUND,
            path,
            request.specPath(),
            String.join("; ", notFound.tried()),
            notFound.hint());
      } else if (result instanceof LocateResult.Failed unreadable) {
        problems.report(tag.position(), Message.SPEC_UNREADABLE, path, unreadable.reason());
      } else if (result instanceof LocateResult.NotUtf8 notUtf8) {
        notUtf8.report(path, problems);
      }
      if (problems.any()) {
        errors.report(request, problems);
        failed = true;
      }
    }
    if (failed) {
      return Optional.empty();
    }
    CodeSet translated = codeSet.withTranslations(translations);
    if (completeness != CompletenessCheck.IGNORE) {
      boolean incomplete = false;
      for (Completeness.Gap gap : Completeness.of(translated)) {
        Problem problem =
            new Problem(
                Message.INCOMPLETE_TRANSLATION,
                Position.startOf(gap.translation().file()),
                Message.INCOMPLETE_TRANSLATION.format(
                    gap.translation().tag(),
                    gap.missing(),
                    translated.codes().size(),
                    String.join(", ", gap.firstCodes()),
                    gap.missing() > gap.firstCodes().size() ? ", ..." : ""));
        if (completeness == CompletenessCheck.ERROR) {
          errors.report(request, problem);
          incomplete = true;
        } else {
          errors.warn(request, problem);
        }
      }
      if (incomplete) {
        return Optional.empty();
      }
    }
    return Optional.of(translated);
  }
}
