package io.codebook.processor;

import com.google.auto.service.AutoService;
import io.codebook.annotations.Codebook;
import io.codebook.processor.locate.SpecLocator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  private ErrorReporter errors;
  private CodeSetWriter writer;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    errors = new ErrorReporter(environment.getMessager());
    SpecLocator locator =
        new SpecLocator(
            environment.getFiler(),
            SpecLocator.parseSpecPathOption(environment.getOptions().get(SpecLocator.SPEC_PATH_OPTION)));
    boolean generatedAvailable = environment.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    writer = new CodeSetWriter(locator, environment.getFiler(), errors, generatedAvailable);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Codebook.class.getCanonicalName(), Codebook.List.class.getCanonicalName());
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
        writer.write(request);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        // Nothing may escape into javac: report it as an error and go on with the next spec.
        errors.internalError(request, request.specPath(), e);
      }
    }
    // Other processors may also want @Codebook, so it is not claimed.
    return false;
  }
}
