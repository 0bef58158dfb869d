package io.codebook.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The outcome predicates of a code constant: {@code isSuccess()} ... {@code isError()}. */
final class Predicates {
  private Predicates() {}

  static List<MethodSpec> of(GeneratedTypes types) {
    return List.of(
        predicate(
            "isSuccess",
            "the request was carried out",
            CodeBlock.of("outcome() == $T.SUCCESS", types.outcome())),
        predicate(
            "isPending",
            "the request is under way or needs more input",
            CodeBlock.of("outcome() == $T.PENDING", types.outcome())),
        predicate(
            "isTransient",
            "the request failed but may succeed if repeated later",
            CodeBlock.of("outcome() == $T.TRANSIENT", types.outcome())),
        predicate(
            "isPermanent",
            "the request failed and will fail again if repeated unchanged",
            CodeBlock.of("outcome() == $T.PERMANENT", types.outcome())),
        predicate(
            "isError",
            "the request failed, transiently or permanently",
            CodeBlock.of("outcome().isError()")));
  }

  private static MethodSpec predicate(String name, String meaning, CodeBlock condition) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addJavadoc("Whether $L.\n\n@return {@code true} if $L\n", meaning, meaning)
        .addStatement("return $L", condition)
        .build();
  }
}
