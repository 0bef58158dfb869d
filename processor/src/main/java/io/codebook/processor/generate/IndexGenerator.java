package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Index} class behind {@code lookup}, {@code of} and {@code isKnown}.
 * The table is filled by a loop in a static initializer, so its bytecode does not grow with the
 * number of codes, and lives in its own class so that it is built on first lookup.
 */
final class IndexGenerator {
  /** The golden-ratio multiplier of Fibonacci hashing, which spreads nearby codes apart. */
  private static final String MIX = "0x9E3779B9";

  private IndexGenerator() {}

  static TypeSpec generate(GeneratedTypes types, Layout layout) {
    LookupPlan plan = layout.lookup();
    ClassName constant = types.codes();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.index())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                plan.dense()
                    ? "Constants by number: slot {@code code - MIN} of a direct table.\n"
                    : "Constants by number: an open-addressing hash table, probed linearly.\n");
    type.addField(
        FieldSpec.builder(ArrayTypeName.of(constant), "TABLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constants, each in its slot; empty slots are {@code null}.\n")
            .initializer("new $T[$L]", constant, plan.size())
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addJavadoc("Not instantiable.\n").build());
    MethodSpec.Builder find =
        MethodSpec.methodBuilder("find")
            .addModifiers(Modifier.STATIC)
            .returns(constant)
            .addParameter(TypeName.INT, "code")
            .addJavadoc("The constant for a number, or {@code null}.\n\n@param code any number\n@return the constant, or {@code null}\n");
    if (plan.dense()) {
      type.addField(
          FieldSpec.builder(TypeName.INT, "MIN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The lowest code, which goes in slot 0.\n")
              .initializer("$L", plan.min())
              .build());
      type.addStaticBlock(
          CodeBlock.builder()
              .beginControlFlow("for ($T value : $T.values())", constant, constant)
              .addStatement("TABLE[value.code - MIN] = value")
              .endControlFlow()
              .build());
      // Subtracting may overflow for extreme codes; the result then falls outside the table too.
      find.addStatement("int slot = code - MIN")
          .addStatement("return slot >= 0 && slot < TABLE.length ? TABLE[slot] : null");
    } else {
      type.addField(
          FieldSpec.builder(TypeName.INT, "SHIFT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("Keeps the top bits of the mixed code: as many as the table's size needs.\n")
              .initializer("$L", plan.shift())
              .build());
      type.addStaticBlock(
          CodeBlock.builder()
              .beginControlFlow("for ($T value : $T.values())", constant, constant)
              .addStatement("int slot = home(value.code)")
              .beginControlFlow("while (TABLE[slot] != null)")
              .addStatement("slot = (slot + 1) & (TABLE.length - 1)")
              .endControlFlow()
              .addStatement("TABLE[slot] = value")
              .endControlFlow()
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("home")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(TypeName.INT, "code")
              .addJavadoc("The slot where a code's search starts.\n\n@param code any number\n@return a slot of the table\n")
              .addStatement("return (code * $L) >>> SHIFT", MIX)
              .build());
      find.beginControlFlow("for (int slot = home(code); ; slot = (slot + 1) & (TABLE.length - 1))")
          .addStatement("$T candidate = TABLE[slot]", constant)
          .beginControlFlow("if (candidate == null || candidate.code == code)")
          .addStatement("return candidate")
          .endControlFlow()
          .endControlFlow();
    }
    return type.addMethod(find.build()).build();
  }
}
