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

  /**
   * One {@code int} (or {@code String}) constant: its name and documentation; its value is the
   * code's.
   */
  record IntConstant(String name, Javadoc doc) {}

  /** The constants of one code: its own, then one per alias. */
  static List<IntConstant> of(Code code, GeneratedTypes types) {
    List<IntConstant> constants = new ArrayList<>();
    Javadoc constantDoc = new Javadoc().paragraph(CodeDocs.summary(code, code.message()));
    constantDoc.tag("see", types.codes().simpleName() + "#" + code.name());
    constants.add(new IntConstant(code.name(), constantDoc));
    for (Alias alias : code.aliases()) {
      Javadoc aliasDoc = new Javadoc().paragraph(CodeDocs.summary(code, alias.message()));
      aliasDoc.paragraph(
          "Another meaning of {@link " + types.constants().simpleName() + "#" + code.name() + "}.");
      aliasDoc.tag("see", types.codes().simpleName() + "#" + alias.name());
      constants.add(new IntConstant(alias.name(), aliasDoc));
    }
    return constants;
  }

  /** {@link #of} as JavaPoet fields. */
  static List<FieldSpec> fields(Code code, GeneratedTypes types) {
    List<FieldSpec> fields = new ArrayList<>();
    for (IntConstant constant : of(code, types)) {
      fields.add(
          constant(constant.name(), types.key().type(), types.key().literal(code), constant.doc()));
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
