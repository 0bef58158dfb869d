package io.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import io.codebook.processor.model.CodeSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs every generator for one code set. Pure: the same model and options give the same output. */
public final class CodeSetGenerator {
  /** Where reference documents go in the class output, and so in the consumer's jar. */
  public static final String DOCS_DIRECTORY = "META-INF/codebook/";

  private CodeSetGenerator() {}

  /**
   * Everything generated for one code set.
   *
   * @param sources the Java files
   * @param resources other files by their path in the class output, sorted by path
   */
  public record Output(List<JavaFile> sources, Map<String, String> resources) {}

  public static Output generate(CodeSet codeSet, GenerationOptions options) {
    GeneratedTypes types = GeneratedTypes.of(options.packageName(), codeSet);
    SetShape shape = SetShape.of(codeSet);
    List<JavaFile> sources =
        shape.large()
            ? LargeSetGenerator.generate(codeSet, types, options, shape)
            : List.of(
                EnumGenerator.generate(codeSet, types, options),
                ConstantsGenerator.generate(codeSet, types, options),
                HandlerGenerator.generate(codeSet, types, options));
    Map<String, String> resources = new TreeMap<>();
    resources.put(docPath(codeSet, "md"), ReferenceDoc.render(codeSet, new MarkdownWriter()));
    resources.put(docPath(codeSet, "html"), ReferenceDoc.render(codeSet, new HtmlWriter()));
    return new Output(sources, resources);
  }

  /** The path of a reference document in the class output, such as {@code META-INF/codebook/FtpReply.md}. */
  public static String docPath(CodeSet codeSet, String extension) {
    return DOCS_DIRECTORY + codeSet.name() + "." + extension;
  }
}
