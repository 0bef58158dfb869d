package io.codebook.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Index} class behind {@code lookup}, {@code of} and {@code isKnown}.
 * The table is filled by a loop in a static initializer, so its bytecode does not grow with the
 * number of codes, and lives in its own class so that it is built on first lookup. It is
 * package-private so that the handler's {@code dispatch} finds a constant without the {@code
 * Optional} of {@code lookup}.
 */
final class IndexGenerator {
  /** The golden-ratio multiplier of Fibonacci hashing, which spreads nearby codes apart. */
  private static final String MIX = "0x9E3779B9";

  private IndexGenerator() {}

  static TypeSpec generate(GeneratedTypes types, Layout layout) {
    if (types.key().strings()) {
      return byString(types, layout);
    }
    LookupPlan plan = layout.lookup();
    ClassName constant = types.codes();
    TypeName optional = PropertyMembers.optionalOf(constant);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.index())
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                plan.dense()
                    ? "Constants by number: direct tables, slot {@code code"
                        + (plan.zeroBased() ? "" : " - MIN")
                        + "} of {@code TABLE} and {@code code - MIN} of {@code OPTIONALS}.\n"
                    : "Constants by number: an open-addressing hash table, probed linearly, with each"
                        + " slot's code in a parallel array.\n");
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(constant),
                "TABLE",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                plan.dense() && plan.zeroBased()
                    ? "The constants, each in slot {@code code}; other slots are {@code null}.\n"
                    : plan.dense()
                        ? "The constants, each in slot {@code code - MIN}; other slots are {@code"
                            + " null}.\n"
                        : "The constants, each in its slot; empty slots are {@code null}.\n")
            .initializer("new $T[$L]", constant, plan.dense() ? plan.tableSize() : plan.size())
            .build());
    // A generic array can only be created raw; every element is set to an Optional<X> below.
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(optional),
                "OPTIONALS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$S, $S}", "rawtypes", "unchecked")
                    .build())
            .addJavadoc(
                plan.dense()
                    ? "Each constant as {@code lookup} returns it, in slot {@code code - MIN}, empty"
                        + " in other slots, so that {@code lookup} is one load with no test of the"
                        + " constant.\n"
                    : "Each slot's constant as {@code lookup} returns it, empty in empty slots, so"
                        + " that {@code lookup} is one load with no test of the constant.\n")
            .initializer("new $T[$L]", Optional.class, plan.size())
            .build());
    type.addMethod(NotInstantiable.constructor());
    MethodSpec.Builder find =
        MethodSpec.methodBuilder("find")
            .addModifiers(Modifier.STATIC)
            .returns(constant)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "The constant for a number, or {@code null}.\n\n@param code any number\n@return the constant, or {@code null}\n");
    // of's own finder. The JIT profiles each method's branches once, for all its callers: were of
    // to share find with isKnown and dispatch, which see unlisted numbers, the range test's
    // profile would show it failing and the JIT would compile of's path with three comparisons
    // instead of one.
    MethodSpec.Builder get =
        MethodSpec.methodBuilder("get")
            .addModifiers(Modifier.STATIC)
            .returns(constant)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "The constant for a number, or {@code null}, as {@code find}, for {@code of} alone,"
                    + " so that the JIT's profile of its range test sees only the numbers given"
                    + " to {@code of}.\n\n@param code any number\n@return the constant, or"
                    + " {@code null}\n");
    MethodSpec.Builder lookup =
        MethodSpec.methodBuilder("lookup")
            .addModifiers(Modifier.STATIC)
            .returns(optional)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "The constant for a number, as {@code lookup} returns it.\n\n@param code any number\n@return the constant, or empty\n");
    if (plan.dense()) {
      type.addField(
          FieldSpec.builder(TypeName.INT, "MIN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  plan.zeroBased()
                      ? "The lowest code, which goes in slot 0 of {@code OPTIONALS}.\n"
                      : "The lowest code, which goes in slot 0.\n")
              .initializer("$L", plan.min())
              .build());
      String tableSlot = plan.zeroBased() ? "value.code" : "value.code - MIN";
      type.addStaticBlock(
          CodeBlock.builder()
              .add(fillOptionalsWithEmpty())
              .beginControlFlow("for ($T value : $T.values())", constant, constant)
              .addStatement("TABLE[$L] = value", tableSlot)
              .addStatement("OPTIONALS[value.code - MIN] = value.asOptional")
              .endControlFlow()
              .build());
      if (plan.zeroBased()) {
        // The upper bound first: when the test never fails, as in of, the JIT makes the two tests
        // and the array's own range check one unsigned comparison, and the load needs nothing
        // else.
        for (MethodSpec.Builder method : List.of(find, get)) {
          method.addStatement("return code < TABLE.length && code >= 0 ? TABLE[code] : null");
        }
      } else {
        // Subtracting may overflow for extreme codes; the result then falls outside the table too.
        for (MethodSpec.Builder method : List.of(find, get)) {
          method
              .addStatement("int slot = code - MIN")
              .addStatement("return slot >= 0 && slot < TABLE.length ? TABLE[slot] : null");
        }
      }
      // A subtraction lets the JIT make the range test one unsigned comparison even when it fails
      // for some numbers, which testing code itself against 0 and the length does not.
      lookup
          .addStatement("int slot = code - MIN")
          .addStatement(
              "return slot >= 0 && slot < OPTIONALS.length ? OPTIONALS[slot] : $T.empty()",
              Optional.class);
    } else {
      type.addField(
          FieldSpec.builder(
                  ArrayTypeName.of(TypeName.INT),
                  "KEYS",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The code of the constant in each slot of {@code TABLE}, so that a probe compares"
                      + " numbers without loading a constant; {@code EMPTY} in empty slots.\n")
              .initializer("new int[$L]", plan.size())
              .build());
      type.addField(
          FieldSpec.builder(
                  TypeName.INT, "EMPTY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The key of an empty slot: a number that is no code.\n")
              .initializer("$L", plan.emptyKey())
              .build());
      type.addField(
          FieldSpec.builder(
                  TypeName.INT, "SHIFT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Keeps the top bits of the mixed code: as many as the table's size needs.\n")
              .initializer("$L", plan.shift())
              .build());
      CodeBlock.Builder fill = CodeBlock.builder().add(fillOptionalsWithEmpty());
      if (plan.emptyKey() != 0) {
        fill.addStatement("$T.fill(KEYS, EMPTY)", Arrays.class);
      }
      type.addStaticBlock(
          fill.beginControlFlow("for ($T value : $T.values())", constant, constant)
              .addStatement("int slot = home(value.code)")
              .beginControlFlow("while (KEYS[slot] != EMPTY)")
              .addStatement("slot = (slot + 1) & (KEYS.length - 1)")
              .endControlFlow()
              .addStatement("TABLE[slot] = value")
              .addStatement("OPTIONALS[slot] = value.asOptional")
              .addStatement("KEYS[slot] = value.code")
              .endControlFlow()
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("home")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(TypeName.INT, "code")
              .addJavadoc(
                  "The slot where a code's search starts.\n\n@param code any number\n@return a slot of the table\n")
              .addStatement("return (code * $L) >>> SHIFT", MIX)
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("slot")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(TypeName.INT, "code")
              .addJavadoc(
                  "The slot that holds a code, else the empty slot where its search ends.\n\n"
                      + "@param code any number\n@return a slot of the table\n")
              .beginControlFlow(
                  "for (int slot = home(code); ; slot = (slot + 1) & (KEYS.length - 1))")
              // Should the code be EMPTY itself, the empty slot where the search stops is the
              // answer too: no constant, no Optional.
              .addStatement("int key = KEYS[slot]")
              .beginControlFlow("if (key == code || key == EMPTY)")
              .addStatement("return slot")
              .endControlFlow()
              .endControlFlow()
              .build());
      find.addStatement("return TABLE[slot(code)]");
      get.addStatement("return TABLE[slot(code)]");
      lookup.addStatement("return OPTIONALS[slot(code)]");
    }
    return type.addMethod(find.build()).addMethod(get.build()).addMethod(lookup.build()).build();
  }

  /**
   * Puts {@code Optional.empty()} in every slot of {@code OPTIONALS} by copies that double the
   * filled part each time: 20 native copies for a table of a million slots, where {@code
   * Arrays.fill} is a Java loop that, run once in a static initializer, runs before the JIT has
   * compiled it (at 50,000 codes, 1.85 million slots: 38-59 ms against 7-14 ms in a stand-alone
   * test on the benchmark machine). Doubling would overflow only past 2^30 slots, which no table
   * reaches: a direct table's cap is 1 GiB, 2^28 references, and a hash table would need 2^27
   * codes.
   */
  private static CodeBlock fillOptionalsWithEmpty() {
    return CodeBlock.builder()
        .addStatement("OPTIONALS[0] = $T.empty()", Optional.class)
        .beginControlFlow("for (int filled = 1; filled < OPTIONALS.length; filled <<= 1)")
        .addStatement(
            "$T.arraycopy(OPTIONALS, 0, OPTIONALS, filled, $T.min(filled, OPTIONALS.length - filled))",
            System.class,
            Math.class)
        .endControlFlow()
        .build();
  }

  /**
   * String codes: a {@code HashMap} filled by the same kind of loop. Strings cache their hash, so a
   * lookup hashes the argument once and compares at most a few keys.
   */
  private static TypeSpec byString(GeneratedTypes types, Layout layout) {
    ClassName constant = types.codes();
    int capacity = layout.parts().stream().mapToInt(part -> part.codes().size()).sum() * 2;
    TypeName map =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), constant);
    return TypeSpec.classBuilder(types.index())
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Constants by code, in a hash map.\n")
        .addField(
            FieldSpec.builder(map, "TABLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every constant, by its code; sized so that it never grows.\n")
                .initializer("new $T<>($L)", HashMap.class, capacity)
                .build())
        .addMethod(NotInstantiable.constructor())
        .addStaticBlock(
            CodeBlock.builder()
                .beginControlFlow("for ($T value : $T.values())", constant, constant)
                .addStatement("TABLE.put(value.code, value)")
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.STATIC)
                .returns(constant)
                .addParameter(String.class, "code")
                .addJavadoc(
                    "The constant for a code, or {@code null}.\n\n@param code any code, or {@code null}\n@return the constant, or {@code null}\n")
                .addStatement("return TABLE.get(code)")
                .build())
        .build();
  }
}
