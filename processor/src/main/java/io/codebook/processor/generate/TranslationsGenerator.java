package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.LocalisedTexts;
import io.codebook.processor.model.Translation;
import io.codebook.processor.text.TranslationTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates the localised API of a set with translations: {@code message(Locale)}, {@code
 * description(Locale)} and {@code solutions(Locale)} on each constant, {@code languages()}, and the
 * nested {@code Translations} that holds one table per language.
 *
 * <p>The texts are not in the class: each language's are in a resource beside it ({@code
 * X.de.texts}), read by a holder class of that language on first use. So a set of 50,000 codes in
 * ten languages adds no constants to any class file, a program that never asks for German never
 * reads the German texts, and a module reads them with {@code Class.getResourceAsStream} from its
 * own package, which encapsulation always allows. A lookup switches on {@code Locale.getLanguage()}
 * and {@code getCountry()}, fields the {@code Locale} holds, to the language's table and reads an
 * array, so a repeated call allocates nothing.
 *
 * <p>Each resource is resolved when generated: a region's table ({@code pt-BR}) already holds its
 * language's texts ({@code pt}) where it has none of its own, so the lookup reads one table.
 */
final class TranslationsGenerator {
  private static final ClassName LOCALE = ClassName.get(Locale.class);
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);
  private static final String TABLE = "Translations";

  /**
   * The codes {@code Locale.getLanguage()} returns for these languages when a JVM runs with {@code
   * -Djava.locale.useOldISOCodes=true}, as every JVM before Java 17 did.
   */
  private static final Map<String, String> OLD_ISO_CODES =
      Map.of("he", "iw", "yi", "ji", "id", "in");

  private TranslationsGenerator() {}

  /** The methods each constant gets, or none for a set without translations. */
  static List<MethodSpec> methods(CodeSet codeSet, GeneratedTypes types) {
    if (!codeSet.hasTranslations()) {
      return List.of();
    }
    ClassName table = types.codes().nestedClass(TABLE);
    String order =
        "<p>The text is the translation for the locale's language and region, such as {@code"
            + " de_CH}; else for its language, {@code de}; else the spec's own text. This is"
            + " {@code ResourceBundle}'s order without its step to the default locale, so the"
            + " result never depends on the machine. Languages: "
            + tags(codeSet)
            + ". A repeated call for the same locale allocates nothing; the first call for a"
            + " language reads that language's texts from a resource beside this class.\n\n";
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(
        localised(
            "message",
            STRING,
            "The short text in the reader's language.\n\n" + order,
            "the message, never {@code null}",
            table));
    methods.add(
        localised(
            "description",
            STRING,
            "The longer explanation in the reader's language.\n\n" + order,
            "the explanation, or an empty string when neither the translation nor the spec gives"
                + " one",
            table));
    methods.add(
        localised(
            "solutions",
            STRING_LIST,
            "Possible solutions in the reader's language; a translation's list replaces the"
                + " spec's as a whole.\n\n"
                + order,
            "an unmodifiable list, possibly empty",
            table));
    methods.add(
        MethodSpec.methodBuilder("languages")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), LOCALE))
            .addJavadoc(
                "The languages this set has translations for, besides the spec's own: "
                    + tags(codeSet)
                    + ".\n\n@return an unmodifiable list, sorted by language tag\n")
            .addStatement("return $T.LANGUAGES", table)
            .build());
    return methods;
  }

  private static MethodSpec localised(
      String name, TypeName type, String doc, String returns, ClassName table) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(LOCALE, "locale")
        .addJavadoc(
            doc
                + "@param locale the reader's locale; only its language and country are read\n"
                + "@return "
                + returns
                + "\n@throws NullPointerException if {@code locale} is {@code null}\n")
        .addStatement("$T translated = $T.$N(locale, ordinal())", type, table, name)
        .addStatement("return translated != null ? translated : $N()", name)
        .build();
  }

  /** The nested table type, or none for a set without translations. */
  static List<TypeSpec> nested(CodeSet codeSet, GeneratedTypes types) {
    if (!codeSet.hasTranslations()) {
      return List.of();
    }
    ClassName table = types.codes().nestedClass(TABLE);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(table)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The texts of one language, by ordinal; {@code null} where the language has none, so"
                    + " that the spec's text applies. Each language's table is created by a holder"
                    + " class of its own on first use.\n");
    CodeBlock.Builder languages = CodeBlock.builder();
    List<Translation> translations = codeSet.translations();
    for (int i = 0; i < translations.size(); i++) {
      languages.add(
          i == 0 ? "$T.forLanguageTag($S)" : ", $T.forLanguageTag($S)",
          Locale.class,
          translations.get(i).tag());
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), LOCALE),
                "LANGUAGES",
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The languages, sorted by tag.\n")
            .initializer("$T.of($L)", List.class, languages.build())
            .build());
    type.addField(
        FieldSpec.builder(String[].class, "messages", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Messages by ordinal.\n")
            .build());
    type.addField(
        FieldSpec.builder(String[].class, "descriptions", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Descriptions by ordinal.\n")
            .build());
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), STRING_LIST),
                "solutions",
                Modifier.PRIVATE,
                Modifier.FINAL)
            .addJavadoc("Unmodifiable lists of solutions by ordinal, made once when read.\n")
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("An empty table, which {@link #read} fills.\n")
            .addStatement("this.messages = new String[$L]", codeSet.codes().size())
            .addStatement("this.descriptions = new String[$L]", codeSet.codes().size())
            .addStatement(
                "this.solutions = new $T<>($T.nCopies($L, null))",
                ArrayList.class,
                Collections.class,
                codeSet.codes().size())
            .build());
    type.addMethod(accessor("message", STRING, "messages[ordinal]", table));
    type.addMethod(accessor("description", STRING, "descriptions[ordinal]", table));
    type.addMethod(accessor("solutions", STRING_LIST, "solutions.get(ordinal)", table));
    type.addMethod(forLocale(translations, table));
    type.addMethod(load(codeSet, table));
    type.addMethod(read());
    type.addMethod(fields());
    for (Translation translation : translations) {
      type.addType(
          TypeSpec.classBuilder(holderName(translation))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Holds the $L table, created when first read, once, by the JVM's class"
                      + " initialisation.\n",
                  translation.tag())
              .addField(
                  FieldSpec.builder(table, "TABLE", Modifier.STATIC, Modifier.FINAL)
                      .addJavadoc("The $L texts.\n", translation.tag())
                      .initializer("load($S)", resourceName(codeSet, translation))
                      .build())
              .addMethod(NotInstantiable.constructor())
              .build());
    }
    return List.of(type.build());
  }

  private static MethodSpec accessor(String name, TypeName type, String read, ClassName table) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(LOCALE, "locale")
        .addParameter(TypeName.INT, "ordinal")
        .addJavadoc(
            "The translated $L of a constant, or {@code null} when the locale's language has"
                + " none.\n\n@param locale the reader's locale\n@param ordinal the constant's"
                + " position\n@return the translation, or {@code null}\n",
            name)
        .addStatement("$T table = forLocale(locale)", table)
        .addStatement("return table == null ? null : table.$L", read)
        .build();
  }

  /**
   * The switch from a locale to its table: by language, then by country among the language's
   * regions, else the language's own table, else none.
   */
  private static MethodSpec forLocale(List<Translation> translations, ClassName table) {
    Map<String, List<Translation>> byLanguage = new TreeMap<>();
    for (Translation translation : translations) {
      byLanguage.computeIfAbsent(translation.language(), l -> new ArrayList<>()).add(translation);
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("forLocale")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(table)
            .addParameter(LOCALE, "locale")
            .addJavadoc(
                "The table for a locale: its language and region's, else its language's, else"
                    + " {@code null}. {@code getLanguage()} and {@code getCountry()} return fields of"
                    + " the locale, and a string switch uses their cached hash, so this allocates"
                    + " nothing.\n\n@param locale the reader's locale\n@return the table, or"
                    + " {@code null}\n")
            .beginControlFlow("switch (locale.getLanguage())");
    for (Map.Entry<String, List<Translation>> language : byLanguage.entrySet()) {
      String old = OLD_ISO_CODES.get(language.getKey());
      if (old != null) {
        method.addCode("case $S:\n", old);
      }
      method.addCode("case $S:\n", language.getKey()).addCode("$>");
      String fallback = "null";
      Map<String, Translation> regions = new LinkedHashMap<>();
      for (Translation translation : language.getValue()) {
        if (translation.region().isEmpty()) {
          fallback = holderName(translation) + ".TABLE";
        } else {
          regions.put(translation.region(), translation);
        }
      }
      if (regions.isEmpty()) {
        method.addStatement("return $L", fallback);
      } else {
        method.beginControlFlow("switch (locale.getCountry())");
        for (Map.Entry<String, Translation> region : regions.entrySet()) {
          method
              .addCode("case $S:\n", region.getKey())
              .addStatement("$>return $L.TABLE$<", holderName(region.getValue()));
        }
        method.addCode("default:\n").addStatement("$>return $L$<", fallback).endControlFlow();
      }
      method.addCode("$<");
    }
    return method.addCode("default:\n").addStatement("$>return null$<").endControlFlow().build();
  }

  private static MethodSpec load(CodeSet codeSet, ClassName table) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("load")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(table)
            .addParameter(STRING, "resource")
            .addJavadoc(
                "Reads a language's table from its resource, which the processor wrote beside this"
                    + " class.\n\n@param resource the resource's name, relative to this class's"
                    + " package\n@return the table\n")
            .addStatement("$T table = new $T()", table, table);
    ResourceReading.open(
            method,
            table,
            CodeBlock.of("resource"),
            CodeBlock.of(
                "$S + resource + $S",
                "The translations ",
                " of " + codeSet.name() + " are missing; they belong beside its class"))
        .beginControlFlow(
            "for (String line = reader.readLine(); line != null; line = reader.readLine())")
        .beginControlFlow("if (!line.startsWith($S))", "#")
        .addStatement("table.read(fields(line))")
        .endControlFlow()
        .endControlFlow();
    return ResourceReading.close(method, CodeBlock.of("$S + resource", "Cannot read "))
        .addStatement("return table")
        .build();
  }

  private static MethodSpec read() {
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ParameterizedTypeName.get(List.class, String.class), "fields")
        .addJavadoc(
            "Stores one line: its kind ({@code m}essage, {@code d}escription or {@code"
                + " s}olutions), the constant's ordinal, then the text or the solutions.\n\n"
                + "@param fields the line's fields, as {@link #fields} splits it\n")
        .addStatement("int ordinal = $T.parseInt(fields.get(1))", Integer.class)
        .beginControlFlow("switch (fields.get(0))")
        .addCode("case $S:\n", "m")
        .addStatement("$>messages[ordinal] = fields.get(2)")
        .addStatement("break$<")
        .addCode("case $S:\n", "d")
        .addStatement("$>descriptions[ordinal] = fields.get(2)")
        .addStatement("break$<")
        .addCode("case $S:\n", "s")
        .addStatement(
            "$>solutions.set(ordinal, $T.copyOf(fields.subList(2, fields.size())))", List.class)
        .addStatement("break$<")
        .addCode("default:\n")
        .addStatement(
            "$>throw new $T($S + fields.get(0))$<",
            IllegalStateException.class,
            "Unknown kind of translated text: ")
        .endControlFlow()
        .build();
  }

  /**
   * The generated inverse of {@link TranslationTable#line}, which every reader of a resource in
   * that format uses.
   */
  static MethodSpec fields() {
    return fields(Modifier.PRIVATE, Modifier.STATIC);
  }

  /** {@link #fields()} with other modifiers, for a reader whose neighbours share it. */
  static MethodSpec fields(Modifier... modifiers) {
    return MethodSpec.methodBuilder("fields")
        .addModifiers(modifiers)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addParameter(STRING, "line")
        .addJavadoc(
            "Splits a line at its tabs and undoes the escapes: a backslash followed by a backslash,"
                + " t, n, r, or u and four hex digits.\n\n@param line a line of the resource,"
                + " without its line end\n@return the fields, in order\n")
        .addStatement("$T<String> fields = new $T<>()", List.class, ArrayList.class)
        .addStatement("$T field = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for (int i = 0; i < line.length(); i++)")
        .addStatement("char c = line.charAt(i)")
        .beginControlFlow("if (c == '\\t')")
        .addStatement("fields.add(field.toString())")
        .addStatement("field.setLength(0)")
        .nextControlFlow("else if (c != '\\\\')")
        .addStatement("field.append(c)")
        .nextControlFlow("else")
        .addStatement("char escaped = line.charAt(++i)")
        .beginControlFlow("switch (escaped)")
        .addCode("case 't':\n")
        .addStatement("$>field.append('\\t')")
        .addStatement("break$<")
        .addCode("case 'n':\n")
        .addStatement("$>field.append('\\n')")
        .addStatement("break$<")
        .addCode("case 'r':\n")
        .addStatement("$>field.append('\\r')")
        .addStatement("break$<")
        .addCode("case 'u':\n")
        .addStatement(
            "$>field.append((char) $T.parseInt(line.substring(i + 1, i + 5), 16))", Integer.class)
        .addStatement("i += 4")
        .addStatement("break$<")
        .addCode("default:\n")
        .addStatement("$>field.append(escaped)$<")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("fields.add(field.toString())")
        .addStatement("return fields")
        .build();
  }

  /**
   * The resources of every language, by path in the class output: {@code io/example/Shop.de.texts}.
   */
  static Map<String, String> resources(CodeSet codeSet, GeneratedTypes types) {
    Map<String, String> resources = new TreeMap<>();
    for (Translation translation : codeSet.translations()) {
      resources.put(
          besideType(types, resourceName(codeSet, translation)), table(codeSet, translation));
    }
    return resources;
  }

  /**
   * The path in the class output of a resource in the generated type's package, which the type's
   * classes read by the bare name.
   */
  static String besideType(GeneratedTypes types, String name) {
    String directory = types.codes().packageName().replace('.', '/');
    return directory.isEmpty() ? name : directory + "/" + name;
  }

  private static String table(CodeSet codeSet, Translation translation) {
    LocalisedTexts texts = LocalisedTexts.of(codeSet, translation);
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(codeSet.name())
        .append(" in ")
        .append(translation.tag())
        .append(", from ")
        .append(translation.file().replace('\n', ' '))
        .append(", generated by Codebook. Each line: m (message), d (description) or s")
        .append(" (solutions), the constant's ordinal, the texts; tab-separated, escaped.\n");
    List<Code> codes = codeSet.codes();
    for (int ordinal = 0; ordinal < codes.size(); ordinal++) {
      Code code = codes.get(ordinal);
      String number = Integer.toString(ordinal);
      texts
          .message(code)
          .ifPresent(text -> out.append(TranslationTable.line(List.of("m", number, text))));
      texts
          .description(code)
          .ifPresent(text -> out.append(TranslationTable.line(List.of("d", number, text))));
      texts
          .solutions(code)
          .ifPresent(
              list -> {
                List<String> fields = new ArrayList<>(List.of("s", number));
                fields.addAll(list);
                out.append(TranslationTable.line(fields));
              });
    }
    return out.toString();
  }

  private static String resourceName(CodeSet codeSet, Translation translation) {
    return codeSet.name() + "." + translation.tag() + ".texts";
  }

  /** The holder class of a language: {@code De}, {@code PtBr}. */
  private static String holderName(Translation translation) {
    StringBuilder name = new StringBuilder();
    for (String part : translation.tag().split("-", -1)) {
      name.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static String tags(CodeSet codeSet) {
    return String.join(", ", codeSet.translations().stream().map(Translation::tag).toList());
  }
}
