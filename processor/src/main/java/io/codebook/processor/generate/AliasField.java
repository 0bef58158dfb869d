package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import javax.lang.model.element.Modifier;

/**
 * {@code public static final X ALIAS = PRIMARY;}: an alias is its code's constant under another
 * name, with the alias's own documentation. The enum declares it, or the part that declares the
 * code.
 */
final class AliasField {
  private AliasField() {}

  static FieldSpec of(Alias alias, Code code, ClassName codes) {
    return FieldSpec.builder(codes, alias.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", CodeDocs.of(alias, code).build())
        .initializer("$N", code.name())
        .build();
  }
}
