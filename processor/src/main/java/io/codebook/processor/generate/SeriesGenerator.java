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
 * Generates the nested {@code Series} enum, which classifies any number by range, listed or not:
 * an unlisted 299 is still a positive completion.
 */
final class SeriesGenerator {
  private SeriesGenerator() {}

  static TypeSpec generate(CodeSet codeSet, GeneratedTypes types) {
    ClassName self = types.series();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "A range of codes that share a meaning. {@link #of(int)} classifies any number in a range, "
                    + "whether or not the code set lists it.\n");
    for (Series series : codeSet.series()) {
      Javadoc doc = new Javadoc().paragraph("{@code " + series.first() + "-" + series.last() + "} " + Javadoc.escape(series.title()));
      doc.textParagraph(series.description()).paragraph("Outcome: " + series.outcome().specWord() + ".");
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
            Property.of(TypeName.INT, "last", "The highest code of the range, inclusive.", "the highest code"),
            Property.of(ClassName.get(String.class), "title", "The series' title.", "the title"),
            Property.of(ClassName.get(String.class), "description", "A longer explanation.", "the explanation, or an empty string"),
            Property.of(types.outcome(), "outcome", "What codes of this series say, unless a code says otherwise.", "the outcome")));
    type.addMethod(
        MethodSpec.methodBuilder("contains")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "code")
            .addJavadoc("Whether a number lies in this series' range.\n\n@param code any number\n@return {@code true} if {@code first() <= code <= last()}\n")
            .addStatement("return code >= first && code <= last")
            .build());
    type.addMethods(
        new NumberLookup(
                self,
                CodeBlock.of("find(code)"),
                "Classifies any number, without allocating.\n\n@param code any number\n@return the series whose range holds the number, or empty\n",
                "Classifies a number that lies in some series.\n\n@param code a number inside a series' range\n"
                    + "@return the series whose range holds the number\n@throws IllegalArgumentException if no series holds it\n",
                new NumberLookup.UnknownMessage("Code ", " is in no series of " + codeSet.name() + " (" + codeSet.title() + ")"))
            .methods());
    Map<String, CodeBlock> conditions = new LinkedHashMap<>();
    for (Series series : codeSet.series()) {
      conditions.put(series.name(), CodeBlock.of("code >= $L && code <= $L", series.first(), series.last()));
    }
    type.addMethod(FinderMethod.of(self, "series", conditions));
    return type.build();
  }
}
