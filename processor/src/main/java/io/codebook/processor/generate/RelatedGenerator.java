package io.codebook.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * An enum's {@linkplain CodeProperties#related related objects} (each constant's aliases, series,
 * group and outcome), kept out of the constants in a nested {@code Related} that holds one table
 * per property, by ordinal. The enum's initializer then creates its constants from their code and
 * texts alone, as an enum written by hand would, and loads none of the nested types: loading each
 * costs about as much as creating all the constants. {@code Related}, and the types it names, load
 * when a program first asks a constant for one of them.
 */
final class RelatedGenerator {
  private static final String RELATED = "Related";

  private RelatedGenerator() {}

  /** The accessors of the related objects, which read {@code Related}'s tables. */
  static void addAccessors(TypeSpec.Builder type, CodeSet codeSet, GeneratedTypes types) {
    ClassName related = related(types);
    PropertyMembers.addAccessorsOf(
        type,
        CodeProperties.related(codeSet, types),
        property ->
            isList(property)
                ? CodeBlock.of("$T.$N.get(ordinal())", related, tableName(property))
                : CodeBlock.of("$T.$N[ordinal()]", related, tableName(property)));
  }

  /** The nested {@code Related}: a table per related property, each naming every constant's. */
  static TypeSpec nested(CodeSet codeSet, GeneratedTypes types) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(related(types))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Each constant's $L, by ordinal. They are not in the constants, so that creating"
                    + " the constants loads none of their types; this class loads them when a"
                    + " program first asks a constant for one.\n",
                inWords(
                    CodeProperties.related(codeSet, types).stream().map(Property::name).toList()))
            .addMethod(NotInstantiable.constructor());
    for (Property property : CodeProperties.related(codeSet, types)) {
      type.addField(table(property, codeSet, types));
    }
    return type.build();
  }

  /**
   * One property's table: an array, or a list for a generic type, whose arrays Java cannot create;
   * each entry on a line of its own, named by its constant.
   */
  private static FieldSpec table(Property property, CodeSet codeSet, GeneratedTypes types) {
    boolean list = isList(property);
    CodeBlock.Builder entries =
        list
            ? CodeBlock.builder().add("$T.of(\n$>$>", List.class)
            : CodeBlock.builder().add("{\n$>$>");
    List<Code> codes = codeSet.codes();
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      entries
          .add("$L", ConstantArguments.value(property, code, types))
          .add(i < codes.size() - 1 ? "," : "")
          .add(" // $L\n", code.name());
    }
    entries.add("$<$<" + (list ? ")" : "}"));
    TypeName type =
        list
            ? ParameterizedTypeName.get(ClassName.get(List.class), property.type())
            : ArrayTypeName.of(property.type());
    return FieldSpec.builder(type, tableName(property), Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "Each constant's $L, by ordinal$L.\n",
            property.name(),
            property.mayBeAbsent() ? "; {@code null} where it has none" : "")
        .initializer("$L", entries.build())
        .build();
  }

  /** Names as a sentence lists them: {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String inWords(List<String> names) {
    int last = names.size() - 1;
    return last == 0
        ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  private static boolean isList(Property property) {
    return property.type() instanceof ParameterizedTypeName;
  }

  private static String tableName(Property property) {
    return property.name().toUpperCase(Locale.ROOT);
  }

  private static ClassName related(GeneratedTypes types) {
    return types.codes().nestedClass(RELATED);
  }
}
