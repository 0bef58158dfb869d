package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Group;
import io.codebook.processor.text.JavaLiterals;
import io.codebook.processor.text.Javadoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the nested {@code Group} enum, which classifies any number by its digits, listed or
 * not: FTP's 299 has second digit 9 and so is in no group, while 226 is in {@code x2z}.
 */
final class GroupGenerator {
  private GroupGenerator() {}

  static TypeSpec generate(CodeSet codeSet, GeneratedTypes types) {
    ClassName self = types.group();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Codes whose digits match a pattern, across series. {@link #of(int)} classifies any number, "
                    + "whether or not the code set lists it.\n");
    for (Group group : codeSet.groups()) {
      Javadoc doc =
          new Javadoc()
              .paragraph(
                  "<code>"
                      + Javadoc.escape(group.pattern())
                      + "</code> "
                      + Javadoc.escape(group.title()));
      doc.textParagraph(group.description());
      type.addEnumConstant(
          group.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L",
                  JavaLiterals.literal(group.pattern()),
                  JavaLiterals.expression(group.title()),
                  JavaLiterals.expression(group.description()))
              .addJavadoc("$L", doc.build())
              .build());
    }
    PropertyMembers.addCachingOptional(
        type,
        self,
        List.of(
            Property.of(
                ClassName.get(String.class),
                "pattern",
                "The digit pattern: a digit must match, a letter stands for any digit.",
                "the pattern, such as {@code x2z}"),
            Property.of(ClassName.get(String.class), "title", "The group's title.", "the title"),
            Property.of(
                ClassName.get(String.class),
                "description",
                "A longer explanation.",
                "the explanation, or an empty string")));
    type.addMethod(
        MethodSpec.methodBuilder("matches")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "code")
            .addJavadoc(
                "Whether a number's digits match this group's pattern.\n\n@param code any number\n@return {@code true} if the number is in this group\n")
            .addStatement("return find(code) == this")
            .build());
    type.addMethods(
        new NumberLookup(
                self,
                CodeBlock.of("find(code)"),
                "Classifies any number by its digits, without allocating.\n\n@param code any number\n@return the group whose pattern the number matches, or empty\n",
                "Classifies a number that matches some group.\n\n@param code a number matching a group's pattern\n"
                    + "@return the group whose pattern the number matches\n@throws IllegalArgumentException if no group matches it\n",
                new NumberLookup.UnknownMessage(
                    "Code ", " is in no group of " + codeSet.name() + " (" + codeSet.title() + ")"))
            .methods());
    Map<String, CodeBlock> conditions = new LinkedHashMap<>();
    for (Group group : codeSet.groups()) {
      conditions.put(group.name(), condition(group));
    }
    type.addMethod(FinderMethod.of(self, "group", conditions));
    return type.build();
  }

  /** {@code x2z} becomes {@code code >= 100 && code <= 999 && code / 10 % 10 == 2}. */
  private static CodeBlock condition(Group group) {
    List<CodeBlock> tests = new ArrayList<>();
    tests.add(RangeCondition.of(group.lowest(), group.highest()));
    String pattern = group.pattern();
    long divisor = 1;
    for (int i = pattern.length() - 1; i >= 0; i--) {
      char digit = pattern.charAt(i);
      if (Character.isDigit(digit)) {
        tests.add(
            divisor == 1
                ? CodeBlock.of("code % 10 == $L", digit)
                : CodeBlock.of("code / $L % 10 == $L", divisor, digit));
      }
      divisor *= 10;
    }
    return CodeBlock.join(tests, " && ");
  }
}
