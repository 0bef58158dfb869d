package io.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.document.ReferenceDoc;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.LocalisedTexts;
import io.codebook.processor.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs every generator for one code set: decides the {@link Layout} once and hands it to each.
 * Pure: the same model and options give the same output.
 */
public final class CodeSetGenerator {
  /** Where reference documents go in the class output, and so in the consumer's jar. */
  public static final String DOCS_DIRECTORY = "META-INF/codebook/";

  private CodeSetGenerator() {}

  /**
   * Everything generated for one code set.
   *
   * @param typeFile the file of {@code X}, against which the user's interfaces are checked
   * @param sources the Java files, {@code X}'s first
   * @param resources other files by their path in the class output, sorted by path, each rendered
   *     when asked for, so that the writer can render them alongside the sources
   */
  public record Output(
      JavaFile typeFile, List<SourceFile> sources, Map<String, Supplier<String>> resources) {}

  public static Output generate(CodeSet codeSet, GenerationOptions options) {
    return generate(codeSet, options, Superinterfaces.NONE);
  }

  /**
   * Everything generated for one code set whose types implement the user's interfaces.
   *
   * @param superinterfaces the interfaces, already checked to be implementable
   */
  public static Output generate(
      CodeSet codeSet, GenerationOptions options, Superinterfaces superinterfaces) {
    GeneratedTypes types = GeneratedTypes.of(options.packageName(), codeSet);
    Layout layout =
        Layout.of(
            codeSet, options.maxPartBytes(), options.maxEnumBytes(), options.lookupTableBytes());
    JavaFile typeFile =
        TypeGenerator.generate(
            codeSet, types, layout, options, nestedTypes(codeSet, types, layout), superinterfaces);
    List<SourceFile> sources = new ArrayList<>();
    sources.add(SourceFile.of(typeFile));
    sources.add(SourceFile.of(ConstantsGenerator.generate(codeSet, types, layout, options)));
    sources.add(SourceFile.of(HandlerGenerator.generate(codeSet, types, layout, options)));
    if (layout.hasParts()) {
      sources.add(PartsGenerator.generate(codeSet, types, layout, options));
    }
    Map<String, Supplier<String>> resources = new TreeMap<>();
    resources.put(docPath(codeSet, "md"), () -> ReferenceDoc.markdown(codeSet));
    resources.put(docPath(codeSet, "html"), () -> ReferenceDoc.html(codeSet));
    for (Translation translation : codeSet.translations()) {
      CodeSet localised = LocalisedTexts.of(codeSet, translation).apply();
      String tag = translation.tag();
      resources.put(docPath(codeSet, tag + ".md"), () -> ReferenceDoc.markdown(localised, tag));
      resources.put(docPath(codeSet, tag + ".html"), () -> ReferenceDoc.html(localised, tag));
    }
    TranslationsGenerator.resources(codeSet, types)
        .forEach((path, text) -> resources.put(path, () -> text));
    if (layout.isClass()) {
      resources.put(AllConstants.path(codeSet, types), () -> AllConstants.text(codeSet));
      resources.put(TextsGenerator.path(codeSet, types), () -> TextsGenerator.text(codeSet));
    }
    return new Output(typeFile, List.copyOf(sources), resources);
  }

  /**
   * The types nested in {@code X}: series, groups, contexts and aliases when the spec has them, the
   * outcome, the index.
   */
  private static List<TypeSpec> nestedTypes(CodeSet codeSet, GeneratedTypes types, Layout layout) {
    List<TypeSpec> nested = new ArrayList<>();
    if (codeSet.hasSeries()) {
      nested.add(SeriesGenerator.generate(codeSet, types));
    }
    if (codeSet.hasGroups()) {
      nested.add(GroupGenerator.generate(codeSet, types));
    }
    if (codeSet.hasContexts()) {
      nested.add(ContextGenerator.generate(codeSet, types));
    }
    if (codeSet.hasAliases()) {
      nested.add(AliasGenerator.generate(types));
    }
    nested.add(OutcomeGenerator.generate(codeSet, types));
    nested.addAll(IndexGenerator.nested(types, layout));
    nested.addAll(TranslationsGenerator.nested(codeSet, types));
    return nested;
  }

  /**
   * The path of a reference document in the class output, such as {@code
   * META-INF/codebook/FtpReply.md}.
   */
  public static String docPath(CodeSet codeSet, String extension) {
    return DOCS_DIRECTORY + codeSet.name() + "." + extension;
  }
}
