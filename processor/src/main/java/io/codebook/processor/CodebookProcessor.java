package io.codebook.processor;

import com.google.auto.service.AutoService;
import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.generate.GenerationOptions;
import io.codebook.processor.implement.InterfaceCheck;
import io.codebook.processor.locate.SpecLocator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns each {@code @Codebook} package annotation into generated types and reference docs. This
 * class only talks to javac; the work happens in {@link SpecPipeline} and the packages it calls,
 * one way: locate, read, validate, model, generate, write.
 */
@AutoService(Processor.class)
public final class CodebookProcessor extends AbstractProcessor {
  private static final Set<String> SUPPORTED_ANNOTATIONS =
      Set.of(AnnotationNames.CODEBOOK, AnnotationNames.CODEBOOK_LIST, AnnotationNames.GENERATED);
  private static final Set<String> SUPPORTED_OPTIONS =
      Set.of(
          SpecLocator.SPEC_PATH_OPTION,
          GenerationOptions.MAX_PART_BYTES_OPTION,
          GenerationOptions.MAX_ENUM_BYTES_OPTION,
          GenerationOptions.LOOKUP_TABLE_BYTES_OPTION,
          CompletenessCheck.OPTION);

  private final Consumer<String> beforeEachSpec;
  private ErrorReporter errors;
  private SpecPipeline pipeline;

  /**
   * Requests that wait for a later round, by package and spec, with their package's name: their
   * {@code implement} names a type that does not exist yet.
   */
  private final Map<String, String> waiting = new TreeMap<>();

  /** Set when {@link #init} failed; the failure has been reported and the processor stays idle. */
  private boolean disabled;

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
    errors =
        new ErrorReporter(environment.getMessager(), ErrorReporter.anchorsPackages(environment));
    try {
      SpecLocator locator =
          new SpecLocator(
              environment.getFiler(),
              SpecLocator.parseSpecPathOption(
                  environment.getOptions().get(SpecLocator.SPEC_PATH_OPTION)),
              () -> moduleNames(environment.getElementUtils()));
      String checkOption = environment.getOptions().get(CompletenessCheck.OPTION);
      Optional<CompletenessCheck> completeness = CompletenessCheck.parse(checkOption);
      if (completeness.isEmpty()) {
        errors.error(
            Message.INVALID_OPTION,
            CompletenessCheck.OPTION,
            checkOption,
            CompletenessCheck.ALLOWED);
        disabled = true;
        return;
      }
      String tableOption =
          environment.getOptions().get(GenerationOptions.LOOKUP_TABLE_BYTES_OPTION);
      OptionalLong lookupTableBytes = GenerationOptions.lookupTableBytes(environment.getOptions());
      if (lookupTableBytes.isEmpty()) {
        errors.error(
            Message.INVALID_OPTION,
            GenerationOptions.LOOKUP_TABLE_BYTES_OPTION,
            tableOption,
            GenerationOptions.LOOKUP_TABLE_BYTES_ALLOWED);
        disabled = true;
        return;
      }
      boolean generatedAvailable =
          environment.getElementUtils().getTypeElement(AnnotationNames.GENERATED) != null;
      pipeline =
          new SpecPipeline(
              locator,
              environment.getFiler(),
              errors,
              new InterfaceCheck(environment.getElementUtils(), environment.getTypeUtils()),
              generatedAvailable,
              GenerationOptions.maxPartBytes(environment.getOptions()),
              GenerationOptions.maxEnumBytes(environment.getOptions()),
              lookupTableBytes.getAsLong(),
              completeness.get());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // A compiler that cannot even start the processor gets one located error, not a crash.
      disabled = true;
      errors.internalError(null, "(starting the processor)", e);
    }
  }

  /** The modules the compilation knows, sorted so that the search order never varies. */
  private static List<String> moduleNames(Elements elements) {
    List<String> names = new ArrayList<>();
    for (ModuleElement module : elements.getAllModuleElements()) {
      names.add(module.getQualifiedName().toString());
    }
    Collections.sort(names);
    return names;
  }

  /**
   * Besides its own annotations, the processor accepts the {@code @Generated} it puts on its
   * output: otherwise javac's {@code -Xlint:processing} warns in the next round that no processor
   * claimed it, which fails builds that compile with {@code -Xlint:all -Werror}.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Constants only: these run before init and outside process, where nothing could report a
    // failure.
    return SUPPORTED_ANNOTATIONS;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return SUPPORTED_OPTIONS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * The requests of earlier rounds that waited for a type named in {@code implement}, read again
   * from their packages so that the compiler resolves the names afresh; the waiting list is
   * emptied.
   */
  private List<Request> waitingRequests() {
    List<Request> requests = new ArrayList<>();
    Elements elements = processingEnv.getElementUtils();
    for (String packageName : new TreeSet<>(waiting.values())) {
      PackageElement pkg = elements.getPackageElement(packageName);
      if (pkg != null) {
        for (Request request : Requests.of(pkg)) {
          if (waiting.containsKey(key(request))) {
            requests.add(request);
          }
        }
      }
    }
    waiting.clear();
    return requests;
  }

  /**
   * The same spec twice on one package is a slip (a copied line): both would write the same types,
   * so the second is reported, on its own annotation, and left out by {@link #process}'s {@code
   * seen}.
   */
  private void reportRepeatedSpecs(List<Request> found) {
    Set<String> keys = new LinkedHashSet<>();
    for (Request request : found) {
      if (!keys.add(key(request))) {
        errors.report(
            request, Message.DUPLICATE_SPEC, request.specPath(), request.pkg().getQualifiedName());
      }
    }
  }

  private static String key(Request request) {
    return request.pkg().getQualifiedName() + "|" + request.specPath();
  }

  @Override
  @SuppressWarnings("DoNotClaimAnnotations") // see the comment at the return
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (disabled) {
      return false;
    }
    List<Request> requests;
    try {
      requests = new ArrayList<>(Requests.find(round, processingEnv.getElementUtils()));
      reportRepeatedSpecs(requests);
      requests.addAll(waitingRequests());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      errors.internalError(null, "(finding @Codebook annotations)", e);
      return false;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Request request : requests) {
      String key = key(request);
      if (!seen.add(key)) {
        continue;
      }
      if (request.namesUnresolvedTypes()) {
        // Perhaps another processor generates the interface this round; in the last round it
        // never came, and the compiler reports the unknown type itself.
        if (!round.processingOver()) {
          waiting.put(key, request.pkg().getQualifiedName().toString());
        }
        continue;
      }
      try {
        beforeEachSpec.accept(request.specPath());
        pipeline.write(request);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        // Nothing may escape into javac: report it as an error and go on with the next spec.
        errors.internalError(request, request.specPath(), e);
      }
    }
    // Claimed, so that -Xlint:processing has nothing to warn about; see
    // getSupportedAnnotationTypes.
    return true;
  }
}
