package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The data of a parted enum's constants, kept out of the enum's static initializer: a nested {@code
 * Row} with the same fields as a constant, and one holder class per part whose own initializer
 * creates that part's rows. The enum's initializer then only creates bare constants (16 bytes
 * each), so 3,000 codes with typical texts stay a true enum; each constant's constructor copies its
 * row, found by ordinal.
 */
final class RowsGenerator {
  private RowsGenerator() {}

  /** The row type and every part's holder, to nest in the enum. */
  static List<TypeSpec> generate(
      CodeSet codeSet, GeneratedTypes types, Layout layout, List<Property> properties) {
    ClassName row = row(types);
    TypeSpec.Builder rowType =
        TypeSpec.classBuilder(row)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("One constant's data, as the spec gives it; the constant copies it.\n");
    PropertyMembers.add(
        rowType,
        properties.stream().map(p -> Property.hidden(p.type(), p.name(), p.summary())).toList());
    rowType.addMethod(rowOf(types, layout));
    List<TypeSpec> nested = new ArrayList<>();
    nested.add(rowType.build());
    for (Layout.Part part : layout.parts()) {
      nested.add(holder(codeSet, types, part));
    }
    return nested;
  }

  static ClassName row(GeneratedTypes types) {
    return types.codes().nestedClass("Row");
  }

  private static ClassName holder(GeneratedTypes types, int part) {
    return types.codes().nestedClass("Rows" + part);
  }

  /**
   * {@code Row.of(ordinal)}: the holder of the ordinal's part, then the row at its place in that
   * part.
   */
  private static MethodSpec rowOf(GeneratedTypes types, Layout layout) {
    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.STATIC)
            .returns(row(types))
            .addParameter(TypeName.INT, "ordinal")
            .addJavadoc(
                "The row of the constant with this ordinal.\n\n@param ordinal the constant's ordinal\n@return its row\n");
    List<Layout.Part> parts = layout.parts();
    for (int i = 0; i < parts.size() - 1; i++) {
      Layout.Part part = parts.get(i);
      of.beginControlFlow("if (ordinal < $L)", part.firstOrdinal() + part.codes().size())
          .addStatement(
              "return $T.ROWS[ordinal - $L]", holder(types, part.number()), part.firstOrdinal())
          .endControlFlow();
    }
    Layout.Part last = parts.get(parts.size() - 1);
    return of.addStatement(
            "return $T.ROWS[ordinal - $L]", holder(types, last.number()), last.firstOrdinal())
        .build();
  }

  private static TypeSpec holder(CodeSet codeSet, GeneratedTypes types, Layout.Part part) {
    ClassName row = row(types);
    CodeBlock.Builder rows = CodeBlock.builder().add("{");
    List<Code> codes = part.codes();
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      List<CodeBlock> leading = List.of(CodeBlock.of("$L", part.number()));
      rows.add(i == 0 ? "\n" : ",\n")
          .add(
              "$>new $T($L)$<",
              row,
              ConstantArguments.of(
                  leading, CodeProperties.of(codeSet, types), code, codeSet, types));
    }
    rows.add("\n}");
    return TypeSpec.classBuilder(holder(types, part.number()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The rows of part $L: codes $L to $L, created when the first of them is.\n",
            part.number(),
            codes.get(0).key(),
            codes.get(codes.size() - 1).key())
        .addField(
            FieldSpec.builder(ArrayTypeName.of(row), "ROWS", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The part's rows, in code order.\n")
                .initializer("$L", rows.build())
                .build())
        .addMethod(NotInstantiable.constructor())
        .build();
  }
}
