package io.codebook.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.text.Javadoc;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XCodes}: a compile-time {@code int} constant per code and alias. Enum constants
 * cannot be {@code case} labels on a raw int; these can. A class-shaped set's constants are
 * declared by the parts and inherited, so {@code XCodes.NAME} reads the same in both shapes.
 */
final class ConstantsGenerator {
  private ConstantsGenerator() {}

  static JavaFile generate(
      CodeSet codeSet, GeneratedTypes types, Layout layout, GenerationOptions options) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.constants()).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    Javadoc doc =
        new Javadoc()
            .paragraph(
                types.key().strings()
                    ? "The codes of {@link "
                        + types.codes().simpleName()
                        + "} as {@code String} constants, for {@code case} labels on raw strings:"
                    : "The numbers of {@link "
                        + types.codes().simpleName()
                        + "} as {@code int} constants, for {@code case} labels on raw ints:");
    doc.block(
        "<pre>{@code\nswitch (raw) {\n  case "
            + types.constants().simpleName()
            + "."
            + codeSet.codes().get(0).name()
            + ":\n    ...\n}\n}</pre>");
    doc.paragraph(Provenance.paragraph(codeSet));
    type.addJavadoc("$L", doc.build());
    Provenance.markGenerated(type, codeSet, options);
    type.addMethod(NotInstantiable.constructor());
    if (layout.hasParts()) {
      for (Layout.Part part : layout.parts()) {
        type.addSuperinterface(types.codesPart(part.number()));
      }
    } else {
      for (Code code : codeSet.codes()) {
        IntConstants.fields(code, types).forEach(type::addField);
      }
    }
    return Provenance.javaFile(types.constants(), type.build(), codeSet);
  }
}
