package io.codebook.processor;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.generate.CodeSetGenerator;
import io.codebook.processor.generate.GeneratedTypes;
import io.codebook.processor.generate.GenerationOptions;
import io.codebook.processor.generate.SourceFile;
import io.codebook.processor.implement.InterfaceCheck;
import io.codebook.processor.implement.InterfaceProblem;
import io.codebook.processor.locate.LocateResult;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.SpecReader;
import io.codebook.processor.validate.SpecValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Runs the flow for one request: locate the spec, read it, validate it into a model, generate, and
 * write through the Filer with the package as the originating element of every file, which Gradle's
 * incremental compilation needs.
 */
final class SpecPipeline {
  private final SpecLocator locator;
  private final Filer filer;
  private final ErrorReporter errors;
  private final InterfaceCheck interfaces;
  private final boolean generatedAnnotation;

  /** The bytecode budget of one enum or part; lowered only by a test-only option. */
  private final int maxPartBytes;

  private final int maxEnumBytes;

  /** The bytes a direct lookup table may take, from {@code -Acodebook.lookupTableBytes}. */
  private final long lookupTableBytes;

  /** Whether the classes for generation are being loaded in the background already. */
  private boolean prefetchStarted;

  /** Reads the spec's translations and checks that they are complete. */
  private final TranslationStep translations;

  /** Every file written in this compilation, by name, with the spec it came from. */
  private final Map<String, String> writtenBy = new HashMap<>();

  SpecPipeline(
      SpecLocator locator,
      Filer filer,
      ErrorReporter errors,
      InterfaceCheck interfaces,
      boolean generatedAnnotation,
      int maxPartBytes,
      int maxEnumBytes,
      long lookupTableBytes,
      CompletenessCheck completeness) {
    this.locator = locator;
    this.filer = filer;
    this.errors = errors;
    this.interfaces = interfaces;
    this.generatedAnnotation = generatedAnnotation;
    this.maxPartBytes = maxPartBytes;
    this.maxEnumBytes = maxEnumBytes;
    this.lookupTableBytes = lookupTableBytes;
    this.translations = new TranslationStep(locator, errors, completeness);
  }

  void write(Request request) {
    if (!prefetchStarted) {
      prefetchStarted = true;
      ClassPrefetch.start();
    }
    Optional<String> text = locate(request);
    if (text.isEmpty()) {
      return;
    }
    Problems problems = new Problems();
    Optional<RawSpec> raw = SpecReader.read(request.specPath(), text.get(), problems);
    Optional<CodeSet> codeSet = raw.flatMap(spec -> SpecValidator.validate(spec, problems));
    if (problems.any() || codeSet.isEmpty()) {
      errors.report(request, problems);
      return;
    }
    Optional<CodeSet> translated = translations.apply(request, raw.get(), codeSet.get());
    if (translated.isEmpty()) {
      return;
    }
    String packageName = request.pkg().getQualifiedName().toString();
    InterfaceCheck.Resolution implemented = interfaces.resolve(request.implement());
    if (reported(request, implemented.problems())) {
      return;
    }
    CodeSetGenerator.Output output =
        CodeSetGenerator.generate(
            translated.get(),
            new GenerationOptions(
                packageName, generatedAnnotation, maxPartBytes, maxEnumBytes, lookupTableBytes),
            implemented.superinterfaces());
    // The interfaces are checked against what was generated, so that a mismatch is reported on
    // the annotation and nothing is written; a spec that writes nothing claims no names.
    if (reported(request, interfaces.check(implemented, output.typeFile()))
        || !claimNames(request, translated.get(), packageName)) {
      return;
    }
    List<SourceFile> sources = output.sources();
    List<Map.Entry<String, Supplier<String>>> resources =
        new ArrayList<>(output.resources().entrySet());
    List<Supplier<String>> renderings = new ArrayList<>();
    for (SourceFile source : sources) {
      renderings.add(source.text());
    }
    for (Map.Entry<String, Supplier<String>> resource : resources) {
      renderings.add(resource.getValue());
    }
    List<String> texts = OutputRendering.render(renderings);
    try {
      for (int i = 0; i < sources.size(); i++) {
        writeSource(request, sources.get(i), texts.get(i));
      }
      for (int i = 0; i < resources.size(); i++) {
        writeResource(request, resources.get(i).getKey(), texts.get(sources.size() + i));
      }
    } catch (IOException e) {
      errors.report(request, Message.OUTPUT_FAILED, request.specPath(), e.toString());
    }
  }

  private boolean reported(Request request, List<InterfaceProblem> problems) {
    for (InterfaceProblem problem : problems) {
      errors.report(request, problem.at(), problem.render());
    }
    return !problems.isEmpty();
  }

  private Optional<String> locate(Request request) {
    LocateResult result = locator.locate(request.specPath());
    if (result instanceof LocateResult.Found found) {
      return Optional.of(found.text());
    }
    if (result instanceof LocateResult.NotFound notFound) {
      errors.report(
          request,
          Message.SPEC_NOT_FOUND,
          request.specPath(),
          String.join("; ", notFound.tried()),
          notFound.hint());
    } else if (result instanceof LocateResult.Failed failed) {
      errors.report(
          request,
          failed.invalidPath() ? Message.INVALID_SPEC_PATH : Message.SPEC_UNREADABLE,
          request.specPath(),
          failed.reason());
    } else if (result instanceof LocateResult.NotUtf8 notUtf8) {
      Problems problems = new Problems();
      notUtf8.report(request.specPath(), problems);
      errors.report(request, problems);
    }
    return Optional.empty();
  }

  /**
   * Two specs must not write the same type or document; the second is reported, naming the first. A
   * spec claims its names only when all of them are free, so that a spec which writes nothing never
   * appears as the owner of a name in a later message.
   */
  private boolean claimNames(Request request, CodeSet codeSet, String packageName) {
    GeneratedTypes types = GeneratedTypes.of(packageName, codeSet);
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String simpleName : types.topLevelNames()) {
      String first = writtenBy.get(packageName + "." + simpleName);
      if (first != null) {
        errors.report(
            request,
            Message.DUPLICATE_TYPE,
            first,
            request.specPath(),
            simpleName,
            packageName.isEmpty() ? "(unnamed)" : packageName);
        return false;
      }
      wanted.put(packageName + "." + simpleName, simpleName);
    }
    for (String extension : new String[] {"md", "html"}) {
      String path = CodeSetGenerator.docPath(codeSet, extension);
      String first = writtenBy.get(path);
      if (first != null) {
        errors.report(request, Message.DUPLICATE_DOCUMENT, first, request.specPath(), path);
        return false;
      }
      wanted.put(path, path);
    }
    for (String name : wanted.keySet()) {
      writtenBy.put(name, request.specPath());
    }
    return true;
  }

  private void writeSource(Request request, SourceFile file, String text) throws IOException {
    JavaFileObject source = filer.createSourceFile(file.typeName(), request.pkg());
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    }
  }

  private void writeResource(Request request, String path, String content) throws IOException {
    FileObject resource =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, request.pkg());
    try (OutputStream out = resource.openOutputStream()) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
