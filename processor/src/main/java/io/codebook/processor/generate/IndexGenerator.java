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
 * Generates the index behind {@code lookup}, {@code of} and {@code isKnown}. The table is filled by
 * a loop in a static initializer, so its bytecode does not grow with the number of codes. It lives
 * in a nested {@code Index} class, so that it is built on first lookup, unless the set is a plain
 * enum of int codes whose index is small ({@link Layout#indexInType()}): then its members are the
 * enum's own, since loading one more class at the first lookup costs more than filling a few
 * kilobytes of table when the enum is initialized. Its finder is package-private so that the
 * handler's {@code dispatch} finds a constant without the {@code Optional} of {@code lookup}.
 */
final class IndexGenerator {
  /** The golden-ratio multiplier of Fibonacci hashing, which spreads nearby codes apart. */
  private static final String MIX = "0x9E3779B9";

  /**
   * The names of the index's members where they are declared.
   *
   * @param table the constants by slot
   * @param optionals each slot's {@code Optional}
   * @param min a direct table's lowest code
   * @param keys a hash table's codes by slot
   * @param empty a hash table's key of an empty slot
   * @param shift a hash table's shift of the mixed code
   * @param find the finder that {@code isKnown} and the handler call
   * @param get {@code of}'s own finder
   * @param lookup the finder of the {@code Optional}
   */
  private record Names(
      String table,
      String optionals,
      String min,
      String keys,
      String empty,
      String shift,
      String find,
      String get,
      String lookup) {}

  /** In the nested {@code Index}: constants' names, as a class of its own may use. */
  private static final Names NESTED =
      new Names("TABLE", "OPTIONALS", "MIN", "KEYS", "EMPTY", "SHIFT", "find", "get", "lookup");

  /**
   * In the enum itself: lower camel case, which no constant's name can take (those are upper snake
   * case), and finders named apart from the enum's public {@code lookup}.
   */
  private static final Names IN_TYPE =
      new Names(
          "table",
          "optionals",
          "min",
          "keys",
          "emptyKey",
          "shift",
          "find",
          "findForOf",
          "findOptional");

  private IndexGenerator() {}

  /** The types nested in {@code X} for its index: {@code Index}, unless the enum holds it. */
  static List<TypeSpec> nested(GeneratedTypes types, Layout layout) {
    if (layout.indexInType()) {
      return List.of();
    }
    if (types.key().strings()) {
      return List.of(byString(types, layout));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(types.index())
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                layout.lookup().dense()
                    ? "Constants by number: direct tables, slot {@code code"
                        + (layout.lookup().zeroBased() ? "" : " - MIN")
                        + "} of {@code TABLE} and {@code code - MIN} of {@code OPTIONALS}.\n"
                    : "Constants by number: an open-addressing hash table, probed linearly, with each"
                        + " slot's code in a parallel array.\n");
    return List.of(addMembers(type, types, layout, false).build());
  }

  /** Adds the index's members to the enum itself when it holds them. */
  static void addToType(TypeSpec.Builder type, GeneratedTypes types, Layout layout) {
    if (layout.indexInType()) {
      addMembers(type, types, layout, true);
    }
  }

  /** {@code find(code)}: the constant for a code, or {@code null}, wherever the index is. */
  static CodeBlock find(GeneratedTypes types, Layout layout) {
    return call(types, layout, names(layout).find());
  }

  /** {@code of}'s own finder, called with {@code code}. */
  static CodeBlock get(GeneratedTypes types, Layout layout) {
    return call(types, layout, names(layout).get());
  }

  /** The finder of {@code lookup}'s {@code Optional}, called with {@code code}. */
  static CodeBlock lookup(GeneratedTypes types, Layout layout) {
    return call(types, layout, names(layout).lookup());
  }

  private static CodeBlock call(GeneratedTypes types, Layout layout, String method) {
    return layout.indexInType()
        ? CodeBlock.of("$N(code)", method)
        : CodeBlock.of("$T.$N(code)", types.index(), method);
  }

  /**
   * {@code find(code)} as another generated type calls it: qualified by the class that declares it,
   * the nested {@code Index} or the enum itself.
   */
  static CodeBlock findFromOutside(GeneratedTypes types, Layout layout) {
    return CodeBlock.of(
        "$T.$N(code)", layout.indexInType() ? types.codes() : types.index(), names(layout).find());
  }

  private static Names names(Layout layout) {
    return layout.indexInType() ? IN_TYPE : NESTED;
  }

  private static TypeSpec.Builder addMembers(
      TypeSpec.Builder type, GeneratedTypes types, Layout layout, boolean inType) {
    Names names = inType ? IN_TYPE : NESTED;
    LookupPlan plan = layout.lookup();
    ClassName constant = types.codes();
    TypeName optional = PropertyMembers.optionalOf(constant);
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(constant),
                names.table(),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                plan.dense() && plan.zeroBased()
                    ? "The constants, each in slot {@code code}; other slots are {@code null}.\n"
                    : plan.dense()
                        ? "The constants, each in slot {@code code - "
                            + names.min()
                            + "}; other slots are {@code null}.\n"
                        : "The constants, each in its slot; empty slots are {@code null}.\n")
            .initializer("new $T[$L]", constant, plan.dense() ? plan.tableSize() : plan.size())
            .build());
    // A generic array can only be created raw; every element is set to an Optional<X> below.
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(optional),
                names.optionals(),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$S, $S}", "rawtypes", "unchecked")
                    .build())
            .addJavadoc(
                plan.dense()
                    ? "Each constant as {@code lookup} returns it, in slot {@code code - "
                        + names.min()
                        + "}, empty in other slots, so that {@code lookup} is one load with no test"
                        + " of the constant.\n"
                    : "Each slot's constant as {@code lookup} returns it, empty in empty slots, so"
                        + " that {@code lookup} is one load with no test of the constant.\n")
            .initializer("new $T[$L]", Optional.class, plan.size())
            .build());
    if (!inType) {
      type.addMethod(NotInstantiable.constructor());
    }
    // The finders are private in the enum, but for find, which the handler calls.
    Modifier[] finderModifiers =
        inType
            ? new Modifier[] {Modifier.PRIVATE, Modifier.STATIC}
            : new Modifier[] {Modifier.STATIC};
    MethodSpec.Builder find =
        MethodSpec.methodBuilder(names.find())
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
        MethodSpec.methodBuilder(names.get())
            .addModifiers(finderModifiers)
            .returns(constant)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "The constant for a number, or {@code null}, as {@code $N}, for {@code of} alone,"
                    + " so that the JIT's profile of its range test sees only the numbers given"
                    + " to {@code of}.\n\n@param code any number\n@return the constant, or"
                    + " {@code null}\n",
                names.find());
    MethodSpec.Builder lookup =
        MethodSpec.methodBuilder(names.lookup())
            .addModifiers(finderModifiers)
            .returns(optional)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "The constant for a number, as {@code lookup} returns it.\n\n@param code any number\n@return the constant, or empty\n");
    if (plan.dense()) {
      type.addField(
          FieldSpec.builder(
                  TypeName.INT, names.min(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  plan.zeroBased()
                      ? "The lowest code, which goes in slot 0 of {@code "
                          + names.optionals()
                          + "}.\n"
                      : "The lowest code, which goes in slot 0.\n")
              .initializer("$L", plan.min())
              .build());
      String tableSlot = plan.zeroBased() ? "value.code" : "value.code - " + names.min();
      type.addStaticBlock(
          CodeBlock.builder()
              .add(fillOptionalsWithEmpty(names))
              .beginControlFlow("for ($T value : $T.values())", constant, constant)
              .addStatement("$N[$L] = value", names.table(), tableSlot)
              .addStatement(
                  "$N[value.code - $N] = value.asOptional", names.optionals(), names.min())
              .endControlFlow()
              .build());
      if (plan.zeroBased()) {
        // The upper bound first: when the test never fails, as in of, the JIT makes the two tests
        // and the array's own range check one unsigned comparison, and the load needs nothing
        // else.
        for (MethodSpec.Builder method : List.of(find, get)) {
          method.addStatement(
              "return code < $N.length && code >= 0 ? $N[code] : null",
              names.table(),
              names.table());
        }
      } else {
        // Subtracting may overflow for extreme codes; the result then falls outside the table too.
        for (MethodSpec.Builder method : List.of(find, get)) {
          method
              .addStatement("int slot = code - $N", names.min())
              .addStatement(
                  "return slot >= 0 && slot < $N.length ? $N[slot] : null",
                  names.table(),
                  names.table());
        }
      }
      // A subtraction lets the JIT make the range test one unsigned comparison even when it fails
      // for some numbers, which testing code itself against 0 and the length does not.
      lookup
          .addStatement("int slot = code - $N", names.min())
          .addStatement(
              "return slot >= 0 && slot < $N.length ? $N[slot] : $T.empty()",
              names.optionals(),
              names.optionals(),
              Optional.class);
    } else {
      type.addField(
          FieldSpec.builder(
                  ArrayTypeName.of(TypeName.INT),
                  names.keys(),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The code of the constant in each slot of {@code $N}, so that a probe compares"
                      + " numbers without loading a constant; {@code $N} in empty slots.\n",
                  names.table(),
                  names.empty())
              .initializer("new int[$L]", plan.size())
              .build());
      type.addField(
          FieldSpec.builder(
                  TypeName.INT, names.empty(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The key of an empty slot: a number that is no code.\n")
              .initializer("$L", plan.emptyKey())
              .build());
      type.addField(
          FieldSpec.builder(
                  TypeName.INT, names.shift(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Keeps the top bits of the mixed code: as many as the table's size needs.\n")
              .initializer("$L", plan.shift())
              .build());
      CodeBlock.Builder fill = CodeBlock.builder().add(fillOptionalsWithEmpty(names));
      if (plan.emptyKey() != 0) {
        fill.addStatement("$T.fill($N, $N)", Arrays.class, names.keys(), names.empty());
      }
      type.addStaticBlock(
          fill.beginControlFlow("for ($T value : $T.values())", constant, constant)
              .addStatement("int slot = home(value.code)")
              .beginControlFlow("while ($N[slot] != $N)", names.keys(), names.empty())
              .addStatement("slot = (slot + 1) & ($N.length - 1)", names.keys())
              .endControlFlow()
              .addStatement("$N[slot] = value", names.table())
              .addStatement("$N[slot] = value.asOptional", names.optionals())
              .addStatement("$N[slot] = value.code", names.keys())
              .endControlFlow()
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("home")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(TypeName.INT, "code")
              .addJavadoc(
                  "The slot where a code's search starts.\n\n@param code any number\n@return a slot of the table\n")
              .addStatement("return (code * $L) >>> $N", MIX, names.shift())
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
                  "for (int slot = home(code); ; slot = (slot + 1) & ($N.length - 1))",
                  names.keys())
              // Should the code be the empty key itself, the empty slot where the search stops is
              // the answer too: no constant, no Optional.
              .addStatement("int key = $N[slot]", names.keys())
              .beginControlFlow("if (key == code || key == $N)", names.empty())
              .addStatement("return slot")
              .endControlFlow()
              .endControlFlow()
              .build());
      find.addStatement("return $N[slot(code)]", names.table());
      get.addStatement("return $N[slot(code)]", names.table());
      lookup.addStatement("return $N[slot(code)]", names.optionals());
    }
    return type.addMethod(find.build()).addMethod(get.build()).addMethod(lookup.build());
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
  private static CodeBlock fillOptionalsWithEmpty(Names names) {
    String optionals = names.optionals();
    return CodeBlock.builder()
        .addStatement("$N[0] = $T.empty()", optionals, Optional.class)
        .beginControlFlow("for (int filled = 1; filled < $N.length; filled <<= 1)", optionals)
        .addStatement(
            "$T.arraycopy($N, 0, $N, filled, $T.min(filled, $N.length - filled))",
            System.class,
            optionals,
            optionals,
            Math.class,
            optionals)
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
