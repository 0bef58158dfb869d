package io.codebook.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XCodes}: a compile-time {@code int} constant per code and alias. Enum constants
 * cannot be {@code case} labels on a raw int; these can.
 */
final class ConstantsGenerator {
  private ConstantsGenerator() {}

  static JavaFile generate(CodeSet codeSet, GeneratedTypes types, GenerationOptions options) {
    TypeSpec.Builder type = start(codeSet, types, options);
    for (Code code : codeSet.codes()) {
      fields(code, types).forEach(type::addField);
    }
    return Annotations.javaFile(types.constants(), type.build(), codeSet);
  }

  /** The class with its documentation and private constructor, but no constants yet. */
  static TypeSpec.Builder start(CodeSet codeSet, GeneratedTypes types, GenerationOptions options) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.constants()).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    Javadoc doc = new Javadoc().paragraph("The numbers of {@link " + types.codes().simpleName() + "} as {@code int} constants, for {@code case} labels on raw ints:");
    doc.block(
        "<pre>{@code\nswitch (raw) {\n  case "
            + types.constants().simpleName()
            + "."
            + codeSet.codes().get(0).name()
            + ":\n    ...\n}\n}</pre>");
    doc.paragraph(Annotations.provenance(codeSet));
    type.addJavadoc("$L", doc.build());
    Annotations.markGenerated(type, codeSet, options);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addJavadoc("Not instantiable.\n").build());
    return type;
  }

  /** The constants of one code: its own, then one per alias. */
  static List<FieldSpec> fields(Code code, GeneratedTypes types) {
    List<FieldSpec> fields = new ArrayList<>();
    Javadoc constantDoc = new Javadoc().paragraph(CodeDocs.summary(code.code(), code.message()));
    constantDoc.tag("see", types.codes().simpleName() + "#" + code.name());
    fields.add(constant(code.name(), code.code(), constantDoc));
    for (Alias alias : code.aliases()) {
      Javadoc aliasDoc = new Javadoc().paragraph(CodeDocs.summary(code.code(), alias.message()));
      aliasDoc.paragraph("Another meaning of {@link " + types.constants().simpleName() + "#" + code.name() + "}.");
      aliasDoc.tag("see", types.codes().simpleName() + "#" + alias.name());
      fields.add(constant(alias.name(), code.code(), aliasDoc));
    }
    return fields;
  }

  private static FieldSpec constant(String name, int value, Javadoc doc) {
    return FieldSpec.builder(TypeName.INT, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", doc.build())
        .initializer("$L", value)
        .build();
  }
}
