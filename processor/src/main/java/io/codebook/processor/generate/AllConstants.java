package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.text.TranslationTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The constants of a class-shaped set, created together by a nested {@code All} from a resource
 * beside the class, {@code X.constants}, rather than one by one in the initializers of the parts.
 * The first {@code values()} then loads one small class and runs one loop, whose per-line method
 * the JIT compiles while it runs, instead of initializing every part interface (97 at 50,000
 * codes), each with an interpreted initializer of thousands of bytecodes; the parts are still
 * loaded and linked, since the class implements them, but no longer run. A part's fields read their
 * constants from {@code All} ({@code X NAME = constant(0);}, through {@code XParts.constant} and
 * {@code X.constant}), so {@code X.NAME} and {@code XCodes.NAME} read as before, and an alias's
 * field is its primary's object.
 *
 * <p>The resource is text: after a comment line, one line per constant in code order, holding its
 * {@value #FORMAT}, tab-separated. Only the aliases' texts can hold a tab, a line end or a
 * backslash, so only they are escaped, in the translations' line format ({@link
 * TranslationTable#line}); the reader takes the other fields in place from the resource's bytes,
 * with no string but the name made per line, which matters while it runs interpreted and for the
 * young heap it fills. The texts are in {@code X.texts} ({@link TextsGenerator}), read only when a
 * program asks for one.
 */
final class AllConstants {
  private static final String HOLDER = "All";

  /** What each line holds, for the resource's comment line and the reader's Javadoc. */
  static final String FORMAT =
      "name, code, 1 if a standard defines it or else 0, the position of its series among"
          + " Series' constants (empty for none), its group's among Group's (empty for none), its"
          + " outcome's among Outcome's, then for each alias: its name, message, description, 1 if"
          + " standard or else 0, the number of its references and the references";

  private AllConstants() {}

  /** {@code X.All}. */
  static ClassName holder(GeneratedTypes types) {
    return types.codes().nestedClass(HOLDER);
  }

  /**
   * The initializer of a part's field for a constant: a read of {@code All}'s array through {@code
   * XParts.constant} ({@link ClassPartsText}), called unqualified.
   */
  static String read(int ordinal) {
    return "constant(" + ordinal + ")";
  }

  /** {@code X.constant(int)}, through which the parts' fields read {@code All}'s array. */
  static MethodSpec constantMethod(GeneratedTypes types) {
    return MethodSpec.methodBuilder("constant")
        .addModifiers(Modifier.STATIC)
        .returns(types.codes())
        .addParameter(TypeName.INT, "ordinal")
        .addJavadoc(
            "The constant at a position, for the fields of {@link $T}'s interfaces. {@code All}"
                + " creates every constant at once, so that {@link #values()} initializes none of"
                + " the parts; a part's fields only name them.\n\n@param ordinal the constant's"
                + " position\n@return the constant\n",
            types.parts())
        .addStatement("return $T.VALUES[ordinal]", holder(types))
        .build();
  }

  /** The nested {@code All}: every constant, read from the resource on first use. */
  static TypeSpec nested(CodeSet codeSet, GeneratedTypes types) {
    ClassName self = types.codes();
    String resource = resourceName(codeSet);
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(holder(types))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Every constant, created on first use from the resource {@code $L} beside this"
                    + " class in one loop, rather than by the initializers of the parts, which"
                    + " would load and run a class per part.\n",
                resource)
            .addField(
                FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The constants in code order.\n")
                    .initializer("load()")
                    .build())
            .addMethod(NotInstantiable.constructor())
            .addMethod(load(codeSet, types, resource))
            .addMethod(parse(codeSet, types))
            .addMethod(ResourceReading.lineEnd())
            .addMethod(fieldEnd())
            .addMethod(number());
    if (codeSet.hasAliases()) {
      holder.addMethod(aliases(types));
    }
    // Texts reads its lines with the same fields(), and All is in use before any text is read.
    return holder.addMethod(TranslationsGenerator.fields(Modifier.STATIC)).build();
  }

  /** {@code X.ByName}. */
  static ClassName byNameHolder(GeneratedTypes types) {
    return types.codes().nestedClass("ByName");
  }

  /**
   * The nested {@code ByName}: the constants by name for {@code valueOf}, in a holder of its own so
   * that {@code values()} does not hash every name.
   */
  static TypeSpec byName(GeneratedTypes types) {
    ClassName self = types.codes();
    ParameterizedTypeName map =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
    return TypeSpec.classBuilder(byNameHolder(types))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The constants by name, for {@code valueOf}, made at its first call rather than with"
                + " the constants, which {@code values()} alone does not need.\n")
        .addField(
            FieldSpec.builder(map, "CONSTANTS", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Each constant under its name.\n")
                .initializer("index()")
                .build())
        .addMethod(NotInstantiable.constructor())
        .addMethod(
            MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(map)
                .addJavadoc(
                    "Indexes the constants by name.\n\n@return a map from name to constant\n")
                .addStatement("$T[] values = $T.VALUES", self, holder(types))
                .addStatement("$T map = new $T<>(values.length * 2)", map, HashMap.class)
                .beginControlFlow("for ($T value : values)", self)
                .addStatement("map.put(value.name, value)")
                .endControlFlow()
                .addStatement("return map")
                .build())
        .build();
  }

  private static MethodSpec load(CodeSet codeSet, GeneratedTypes types, String resource) {
    ClassName self = types.codes();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("load")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addJavadoc(
                "Creates every constant from the resource that the processor wrote beside this"
                    + " class. After a comment line, each line holds a constant's $L; tab-separated,"
                    + " the aliases' texts escaped as {@link #fields} undoes, all in UTF-8.\n\n"
                    + "@return the constants in code order\n",
                FORMAT)
            .addStatement("$T[] all = new $T[$L]", self, self, codeSet.codes().size());
    // Each constant's related objects by position, looked up once rather than per constant.
    List<CodeBlock> related = new ArrayList<>();
    if (codeSet.hasSeries()) {
      method.addStatement("$T[] series = $T.values()", types.series(), types.series());
      related.add(CodeBlock.of("series"));
    }
    if (codeSet.hasGroups()) {
      method.addStatement("$T[] groups = $T.values()", types.group(), types.group());
      related.add(CodeBlock.of("groups"));
    }
    method.addStatement("$T[] outcomes = $T.values()", types.outcome(), types.outcome());
    related.add(CodeBlock.of("outcomes"));
    return ResourceReading.readEachLine(
            method,
            holder(types),
            resource,
            "The constants of " + codeSet.name(),
            codeSet.codes().size(),
            ResourceReading.BYTES,
            CodeBlock.builder()
                .addStatement(
                    "all[ordinal] = parse(bytes, start, end, ordinal, $L)",
                    CodeBlock.join(related, ", "))
                .build())
        .addStatement("return all")
        .build();
  }

  /**
   * The generated reader of one line: a method of its own, which the JIT compiles after a few
   * hundred lines, where the loop that calls it would run every line interpreted.
   */
  private static MethodSpec parse(CodeSet codeSet, GeneratedTypes types) {
    ClassName self = types.codes();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("parse")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addParameter(byte[].class, "bytes")
            .addParameter(TypeName.INT, "start")
            .addParameter(TypeName.INT, "end")
            .addParameter(TypeName.INT, "ordinal");
    StringBuilder params = new StringBuilder();
    if (codeSet.hasSeries()) {
      method.addParameter(ArrayTypeName.of(types.series()), "series");
      params.append("@param series the series by position\n");
    }
    if (codeSet.hasGroups()) {
      method.addParameter(ArrayTypeName.of(types.group()), "groups");
      params.append("@param groups the groups by position\n");
    }
    method.addParameter(ArrayTypeName.of(types.outcome()), "outcomes");
    params.append("@param outcomes the outcomes by position\n");
    method.addJavadoc(
        "Creates a constant from its line. A method of its own, so that the JIT compiles it after a"
            + " few hundred lines, where the loop that calls it would run every line interpreted.\n"
            + "\n@param bytes the resource\n@param start where the constant's line starts\n@param end"
            + " where it ends\n@param ordinal its position\n$L@return the constant\n",
        params.toString());
    CodeKey key = types.key();
    method
        .addComment("The fields before the aliases hold no escapes: they are read in place.")
        .addStatement("int nameEnd = fieldEnd(bytes, start)")
        .addStatement("int codeEnd = fieldEnd(bytes, nameEnd + 1)")
        .addStatement("int standardEnd = codeEnd + 2")
        .addStatement("int seriesEnd = fieldEnd(bytes, standardEnd + 1)")
        .addStatement("int groupEnd = fieldEnd(bytes, seriesEnd + 1)")
        .addStatement("int outcomeEnd = fieldEnd(bytes, groupEnd + 1)")
        // Each field's end is at or after the one before it, so a line with too few fields has
        // its group's end at its line end or past it, in the next line.
        .beginControlFlow("if (groupEnd >= end)")
        .addStatement("throw new $T($S)", IllegalArgumentException.class, "too few fields")
        .endControlFlow()
        .addStatement(
            key.strings()
                ? CodeBlock.of(
                    "$T code = new $T(bytes, nameEnd + 1, codeEnd - nameEnd - 1, $T.UTF_8)",
                    key.type(),
                    String.class,
                    StandardCharsets.class)
                : CodeBlock.of("$T code = number(bytes, nameEnd + 1, codeEnd)", key.type()));
    List<CodeBlock> args = new ArrayList<>();
    args.add(
        CodeBlock.of(
            "new String(bytes, start, nameEnd - start, $T.UTF_8)", StandardCharsets.class));
    args.add(CodeBlock.of("ordinal"));
    for (Property property : CodeProperties.withoutTexts(codeSet, types)) {
      args.add(argument(property, codeSet));
    }
    return method.addStatement("return new $T(\n$L)", self, CodeBlock.join(args, ",\n")).build();
  }

  /** The expression that reads one of the constructor's arguments from its field of the line. */
  private static CodeBlock argument(Property property, CodeSet codeSet) {
    return switch (property.name()) {
      case "code" -> CodeBlock.of("code");
      case "standard" -> CodeBlock.of("bytes[codeEnd + 1] == '1'");
      case "aliases" -> CodeBlock.of("aliases(bytes, outcomeEnd, end, code)");
      // A code outside every series holds null, as the enum shape's constants do.
      case "series" ->
          codeSet.hasCodesOutsideSeries()
              ? CodeBlock.of(
                  "seriesEnd == standardEnd + 1 ? null : series[$L]",
                  position("standardEnd", "seriesEnd"))
              : CodeBlock.of("series[$L]", position("standardEnd", "seriesEnd"));
      case "group" -> CodeBlock.of("groups[$L]", position("seriesEnd", "groupEnd"));
      case "outcome" -> CodeBlock.of("outcomes[$L]", position("groupEnd", "outcomeEnd"));
      default -> throw new IllegalArgumentException("No field for property " + property.name());
    };
  }

  /** The number in the field between two tabs. */
  private static CodeBlock position(String previousEnd, String end) {
    return CodeBlock.of("number(bytes, $L + 1, $L)", previousEnd, end);
  }

  /** The generated {@code fieldEnd(byte[], int)}: where a field of a line ends. */
  private static MethodSpec fieldEnd() {
    return ResourceReading.scan(
        "fieldEnd",
        "The position of the tab or line end that ends the field starting at a position.",
        "bytes[end] != '\\t' && bytes[end] != '\\n'");
  }

  /**
   * The generated {@code number(byte[], int, int)}, which reads the numbers the processor wrote:
   * {@code Integer.parseInt} takes no bytes, and a decoded string per field is what the bytes are
   * read for to avoid.
   */
  private static MethodSpec number() {
    return MethodSpec.methodBuilder("number")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.INT)
        .addParameter(byte[].class, "bytes")
        .addParameter(TypeName.INT, "from")
        .addParameter(TypeName.INT, "to")
        .addJavadoc(
            "Reads a field that holds an {@code int}: decimal digits after an optional minus"
                + " sign.\n\n@param bytes the resource\n@param from where the field starts\n"
                + "@param to where it ends\n@return the number\n@throws NumberFormatException if"
                + " the field holds no such number\n")
        .addStatement("boolean negative = from < to && bytes[from] == '-'")
        .addStatement("int first = negative ? from + 1 : from")
        // Eleven digits would not fit an int; the test after the loop catches what ten can exceed.
        .beginControlFlow("if (first == to || to - first > 10)")
        .addStatement("throw new $T($S)", NumberFormatException.class, "not an int")
        .endControlFlow()
        .addStatement("long value = 0")
        .beginControlFlow("for (int i = first; i < to; i++)")
        .addStatement("int digit = bytes[i] - '0'")
        .beginControlFlow("if (digit < 0 || digit > 9)")
        .addStatement("throw new $T($S)", NumberFormatException.class, "not a digit")
        .endControlFlow()
        .addStatement("value = value * 10 + digit")
        .endControlFlow()
        .addStatement("value = negative ? -value : value")
        .beginControlFlow("if (value != (int) value)")
        .addStatement("throw new $T($S)", NumberFormatException.class, "not an int")
        .endControlFlow()
        .addStatement("return (int) value")
        .build();
  }

  /** The generated reader of a line's aliases, the inverse of {@link #line}'s last fields. */
  private static MethodSpec aliases(GeneratedTypes types) {
    ClassName alias = types.alias();
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), alias);
    return MethodSpec.methodBuilder("aliases")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(list)
        .addParameter(byte[].class, "bytes")
        .addParameter(TypeName.INT, "outcomeEnd")
        .addParameter(TypeName.INT, "end")
        .addParameter(types.key().type(), "code")
        .addJavadoc(
            "A constant's aliases from the fields of its line after the outcome: for each, its"
                + " name, message, description, 1 if standard or else 0, the number of its"
                + " references and the references.\n\n@param bytes the resource\n@param"
                + " outcomeEnd where the outcome's field ends\n@param end where the line ends\n"
                + "@param code the constant's code\n@return an unmodifiable list, possibly empty\n")
        // Most codes have none: no list to build for them.
        .beginControlFlow("if (outcomeEnd == end)")
        .addStatement("return $T.of()", List.class)
        .endControlFlow()
        .addStatement(
            "$T<String> fields = fields(new String(bytes, outcomeEnd + 1, end - outcomeEnd - 1,"
                + " $T.UTF_8))",
            List.class,
            StandardCharsets.class)
        .addStatement("$T aliases = new $T<>()", list, ArrayList.class)
        .addStatement("int next = 0")
        .beginControlFlow("while (next < fields.size())")
        .addStatement(
            "int referencesEnd = next + 5 + $T.parseInt(fields.get(next + 4))", Integer.class)
        .addStatement(
            "aliases.add(new $T(\nfields.get(next),\ncode,\nfields.get(next + 1),\nfields.get(next"
                + " + 2),\nfields.get(next + 3).equals($S),\n$T.copyOf(fields.subList(next + 5,"
                + " referencesEnd))))",
            alias,
            "1",
            List.class)
        .addStatement("next = referencesEnd")
        .endControlFlow()
        .addStatement("return $T.copyOf(aliases)", List.class)
        .build();
  }

  /** The resource's path in the class output. */
  static String path(CodeSet codeSet, GeneratedTypes types) {
    return TranslationsGenerator.besideType(types, resourceName(codeSet));
  }

  /** The resource's text. */
  static String text(CodeSet codeSet) {
    StringBuilder out = new StringBuilder();
    out.append("# The constants of ")
        .append(codeSet.name())
        .append(", generated by Codebook from ")
        .append(codeSet.specPath().replace('\n', ' '))
        .append(". Each line, in code order: ")
        .append(FORMAT)
        .append("; tab-separated, the aliases' texts escaped.\n");
    for (Code code : codeSet.codes()) {
      out.append(line(code, codeSet));
    }
    return out.toString();
  }

  /**
   * One constant's line. The fields before the aliases are a Java name, a code (a number, or an
   * ASCII word as {@code StringCodeRule} requires) and single digits and numbers, so none needs an
   * escape and the reader takes them in place; the aliases' texts are escaped.
   */
  private static String line(Code code, CodeSet codeSet) {
    StringBuilder line =
        new StringBuilder()
            .append(code.name())
            .append('\t')
            .append(code.key())
            .append('\t')
            .append(flag(code.standard()))
            .append('\t')
            .append(code.series().map(series -> position(codeSet.series(), series)).orElse(""))
            .append('\t')
            .append(code.group().map(group -> position(codeSet.groups(), group)).orElse(""))
            .append('\t')
            .append(position(List.of(Outcome.values()), code.outcome()));
    if (code.aliases().isEmpty()) {
      return line.append('\n').toString();
    }
    List<String> fields = new ArrayList<>();
    for (Alias alias : code.aliases()) {
      fields.add(alias.name());
      fields.add(alias.message());
      fields.add(alias.description());
      fields.add(flag(alias.standard()));
      fields.add(Integer.toString(alias.references().size()));
      fields.addAll(ConstantArguments.referenceTexts(alias.references()));
    }
    return line.append('\t').append(TranslationTable.line(fields)).toString();
  }

  private static String flag(boolean value) {
    return value ? "1" : "0";
  }

  /** The position of a series, group or outcome among all, which is its generated constant's. */
  private static <T> String position(List<T> all, T one) {
    return Integer.toString(all.indexOf(one));
  }

  private static String resourceName(CodeSet codeSet) {
    return codeSet.name() + ".constants";
  }
}
