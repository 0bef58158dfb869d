package io.codebook.processor;

import com.google.auto.service.AutoService;
import io.codebook.annotations.Codebook;
import io.codebook.processor.locate.SpecLocator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Turns each {@code @Codebook} package annotation into generated types and reference docs. This
 * class only talks to javac; the work happens in {@link CodeSetWriter} and the packages it calls,
 * one way: locate, read, validate, model, generate, write.
 */
@AutoService(Processor.class)
public final class CodebookProcessor extends AbstractProcessor {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Consumer<String> beforeEachSpec;
  private ErrorReporter errors;
  private CodeSetWriter writer;

  /** The processor javac instantiates through the service loader. */
  public CodebookProcessor() {
    this(specPath -> {});
  }

  /**
   * A processor that runs {@code beforeEachSpec} with each spec path before processing it, so that
   * tests can prove that a failure anywhere becomes a compiler error rather than an exception.
   */
  CodebookProcessor(Consumer<String> beforeEachSpec) {
    this.beforeEachSpec = beforeEachSpec;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    errors = new ErrorReporter(environment.getMessager());
    SpecLocator locator =
        new SpecLocator(
            environment.getFiler(),
            SpecLocator.parseSpecPathOption(environment.getOptions().get(SpecLocator.SPEC_PATH_OPTION)));
    boolean generatedAvailable = environment.getElementUtils().getTypeElement(GENERATED) != null;
    writer = new CodeSetWriter(locator, environment.getFiler(), errors, generatedAvailable);
  }

  /**
   * Besides its own annotations, the processor accepts the {@code @Generated} it puts on its output:
   * otherwise javac's {@code -Xlint:processing} warns in the next round that no processor claimed
   * it, which fails builds that compile with {@code -Xlint:all -Werror}.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Codebook.class.getCanonicalName(), Codebook.List.class.getCanonicalName(), GENERATED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SpecLocator.SPEC_PATH_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<Request> requests;
    try {
      requests = Requests.find(round, processingEnv.getElementUtils());
    } catch (RuntimeException e) {
      errors.internalError(null, "(finding @Codebook annotations)", e);
      return false;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Request request : requests) {
      if (!seen.add(request.pkg().getQualifiedName() + "|" + request.specPath())) {
        continue;
      }
      try {
        beforeEachSpec.accept(request.specPath());
        writer.write(request);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        // Nothing may escape into javac: report it as an error and go on with the next spec.
        errors.internalError(request, request.specPath(), e);
      }
    }
    // Claimed, so that -Xlint:processing has nothing to warn about; see getSupportedAnnotationTypes.
    return true;
  }
}
