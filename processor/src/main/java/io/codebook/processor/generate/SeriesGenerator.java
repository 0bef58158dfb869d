package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Series;
import io.codebook.processor.text.JavaLiterals;
import io.codebook.processor.text.Javadoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Series} enum, which classifies any number by range, listed or not: an
 * unlisted 299 is still a positive completion.
 */
final class SeriesGenerator {
  private SeriesGenerator() {}

  static TypeSpec generate(CodeSet codeSet, GeneratedTypes types) {
    if (types.key().strings()) {
      return byPrefix(codeSet, types);
    }
    ClassName self = types.series();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A range of codes that share a meaning. {@link #of(int)} classifies any number in a range, "
                    + "whether or not the code set lists it.\n");
    for (Series series : codeSet.series()) {
      Javadoc doc =
          new Javadoc()
              .paragraph(
                  "{@code "
                      + series.first()
                      + "-"
                      + series.last()
                      + "} "
                      + Javadoc.escape(series.title()));
      doc.textParagraph(series.description())
          .paragraph("Outcome: " + series.outcome().specWord() + ".");
      type.addEnumConstant(
          series.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L, $L, $T.$N",
                  series.first(),
                  series.last(),
                  JavaLiterals.expression(series.title()),
                  JavaLiterals.expression(series.description()),
                  types.outcome(),
                  series.outcome().name())
              .addJavadoc("$L", doc.build())
              .build());
    }
    PropertyMembers.addCachingOptional(
        type,
        self,
        List.of(
            Property.of(TypeName.INT, "first", "The lowest code of the range.", "the lowest code"),
            Property.of(
                TypeName.INT,
                "last",
                "The highest code of the range, inclusive.",
                "the highest code"),
            Property.of(ClassName.get(String.class), "title", "The series' title.", "the title"),
            Property.of(
                ClassName.get(String.class),
                "description",
                "A longer explanation.",
                "the explanation, or an empty string"),
            Property.of(
                types.outcome(),
                "outcome",
                "What codes of this series say, unless a code says otherwise.",
                "the outcome")));
    type.addMethod(
        MethodSpec.methodBuilder("contains")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "Whether a number lies in this series' range.\n\n@param code any number\n@return {@code true} if {@code first() <= code <= last()}\n")
            .addStatement("return code >= first && code <= last")
            .build());
    type.addMethods(
        new NumberLookup(
                self,
                CodeBlock.of("find(code)"),
                "Classifies any number, without allocating.\n\n@param code any number\n@return the series whose range holds the number, or empty\n",
                "Classifies a number that lies in some series.\n\n@param code a number inside a series' range\n"
                    + "@return the series whose range holds the number\n@throws IllegalArgumentException if no series holds it\n",
                new NumberLookup.UnknownMessage(
                    "Code ",
                    " is in no series of " + codeSet.name() + " (" + codeSet.title() + ")"))
            .methods());
    Map<String, CodeBlock> conditions = new LinkedHashMap<>();
    for (Series series : codeSet.series()) {
      conditions.put(series.name(), RangeCondition.of(series.first(), series.last()));
    }
    type.addMethod(FinderMethod.of(self, "series", conditions));
    return type.build();
  }

  /**
   * The series of a string set: each is the codes that start with its prefix, such as SQLSTATE's
   * classes.
   */
  private static TypeSpec byPrefix(CodeSet codeSet, GeneratedTypes types) {
    ClassName self = types.series();
    TypeName string = ClassName.get(String.class);
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Codes that share a prefix and a meaning. {@link #of(String)} classifies any code that starts with a "
                    + "series' prefix, whether or not the code set lists it.\n");
    for (Series series : codeSet.series()) {
      Javadoc doc =
          new Javadoc()
              .paragraph(
                  "{@code "
                      + Javadoc.escape(series.label())
                      + "} "
                      + Javadoc.escape(series.title()));
      doc.textParagraph(series.description())
          .paragraph("Outcome: " + series.outcome().specWord() + ".");
      type.addEnumConstant(
          series.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L, $T.$N",
                  JavaLiterals.literal(series.prefix()),
                  JavaLiterals.expression(series.title()),
                  JavaLiterals.expression(series.description()),
                  types.outcome(),
                  series.outcome().name())
              .addJavadoc("$L", doc.build())
              .build());
    }
    PropertyMembers.addCachingOptional(
        type,
        self,
        List.of(
            Property.of(
                string, "prefix", "The prefix every code of the series starts with.", "the prefix"),
            Property.of(string, "title", "The series' title.", "the title"),
            Property.of(
                string,
                "description",
                "A longer explanation.",
                "the explanation, or an empty string"),
            Property.of(
                types.outcome(),
                "outcome",
                "What codes of this series say, unless a code says otherwise.",
                "the outcome")));
    type.addMethod(
        MethodSpec.methodBuilder("contains")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(string, "code")
            .addJavadoc(
                "Whether a code starts with this series' prefix.\n\n@param code any code\n@return {@code true} if {@code code} starts with {@link #prefix()}\n")
            .addStatement("return code.startsWith(prefix)")
            .build());
    type.addMethods(
        new NumberLookup(
                self,
                CodeBlock.of("find(code)"),
                "Classifies any code, without allocating.\n\n@param code any code\n@return the series whose prefix the code starts with, or empty\n",
                "Classifies a code that starts with some series' prefix.\n\n@param code a code in some series\n"
                    + "@return the series whose prefix the code starts with\n@throws IllegalArgumentException if no series holds it\n",
                new NumberLookup.UnknownMessage(
                    "Code ",
                    " is in no series of " + codeSet.name() + " (" + codeSet.title() + ")"),
                string)
            .methods());
    Map<String, CodeBlock> conditions = new LinkedHashMap<>();
    for (Series series : codeSet.series()) {
      conditions.put(
          series.name(),
          CodeBlock.of("code.startsWith($L)", JavaLiterals.literal(series.prefix())));
    }
    type.addMethod(FinderMethod.of(self, "series", conditions, string));
    return type.build();
  }
}
