package io.codebook.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.text.Javadoc;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code int} constants of one code, its own and one per alias, for {@code XCodes} or a part of
 * it.
 */
final class IntConstants {
  private IntConstants() {}

  static List<FieldSpec> of(Code code, GeneratedTypes types) {
    List<FieldSpec> fields = new ArrayList<>();
    Javadoc constantDoc = new Javadoc().paragraph(CodeDocs.summary(code, code.message()));
    constantDoc.tag("see", types.codes().simpleName() + "#" + code.name());
    fields.add(constant(code.name(), types.key().type(), types.key().literal(code), constantDoc));
    for (Alias alias : code.aliases()) {
      Javadoc aliasDoc = new Javadoc().paragraph(CodeDocs.summary(code, alias.message()));
      aliasDoc.paragraph(
          "Another meaning of {@link " + types.constants().simpleName() + "#" + code.name() + "}.");
      aliasDoc.tag("see", types.codes().simpleName() + "#" + alias.name());
      fields.add(constant(alias.name(), types.key().type(), types.key().literal(code), aliasDoc));
    }
    return fields;
  }

  /**
   * A compile-time constant, so that it serves as a {@code case} label, for ints and strings alike.
   */
  private static FieldSpec constant(String name, TypeName type, CodeBlock value, Javadoc doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", doc.build())
        .initializer("$L", value)
        .build();
  }
}
