package io.codebook.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.text.Javadoc;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Outcome} enum. Each code set gets its own copy so that generated code
 * needs nothing but the JDK at run time.
 */
final class OutcomeGenerator {
  private OutcomeGenerator() {}

  static TypeSpec generate(CodeSet codeSet, GeneratedTypes types) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(types.outcome())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("What a code says about the request it answers.\n");
    for (Outcome outcome : Outcome.values()) {
      // NONE only where the spec uses it, so that sets without it keep the four outcomes they had.
      if (outcome == Outcome.NONE && !codeSet.usesNoOutcome()) {
        continue;
      }
      type.addEnumConstant(
          outcome.name(),
          TypeSpec.anonymousClassBuilder("")
              .addJavadoc("$L\n", Javadoc.escape(outcome.meaning()))
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("isError")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addJavadoc(
                "Whether the request failed.\n\n@return {@code true} for {@link #TRANSIENT} and {@link #PERMANENT}\n")
            .addStatement("return this == TRANSIENT || this == PERMANENT")
            .build());
    return type.build();
  }
}
