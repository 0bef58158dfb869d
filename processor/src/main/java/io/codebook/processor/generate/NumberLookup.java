package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.text.JavaLiterals;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code lookup(int)} and {@code of(int)} of a type whose constants a number selects: the codes, a
 * series, a group. Both call one finder and differ only in what they do when it finds nothing.
 *
 * @param self the type whose constants are found; it caches each in {@code asOptional}
 * @param finder an expression of {@code code} that yields the constant or {@code null}
 * @param lookupDoc the Javadoc of {@code lookup}
 * @param ofDoc the Javadoc of {@code of}
 * @param unknown what {@code of} says about a number the finder does not find
 * @param keyType what selects a constant: {@code int}, or {@code String} for string codes
 * @param optionalFinder an expression of {@code code} that yields the {@code Optional} itself, or
 *     {@code null} to make it from the finder's result
 */
record NumberLookup(
    ClassName self,
    CodeBlock finder,
    String lookupDoc,
    String ofDoc,
    UnknownMessage unknown,
    TypeName keyType,
    CodeBlock optionalFinder) {
  /** For a type that numbers select. */
  NumberLookup(
      ClassName self, CodeBlock finder, String lookupDoc, String ofDoc, UnknownMessage unknown) {
    this(self, finder, lookupDoc, ofDoc, unknown, TypeName.INT);
  }

  /** For a type that codes of {@code keyType} select, whose {@code Optional} the finder's makes. */
  NumberLookup(
      ClassName self,
      CodeBlock finder,
      String lookupDoc,
      String ofDoc,
      UnknownMessage unknown,
      TypeName keyType) {
    this(self, finder, lookupDoc, ofDoc, unknown, keyType, null);
  }

  /**
   * The message of {@code of}'s exception, around the number.
   *
   * @param before the text before the number
   * @param after the text after it
   */
  record UnknownMessage(String before, String after) {}

  /** Both methods, {@code lookup} first. */
  List<MethodSpec> methods() {
    MethodSpec.Builder lookup =
        MethodSpec.methodBuilder("lookup")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(PropertyMembers.optionalOf(self))
            .addParameter(keyType, "code")
            .addJavadoc("$L", lookupDoc);
    if (optionalFinder == null) {
      lookup
          .addStatement("$T found = $L", self, finder)
          .addStatement("return found == null ? $T.empty() : found.asOptional", Optional.class);
    } else {
      lookup.addStatement("return $L", optionalFinder);
    }
    MethodSpec of =
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(keyType, "code")
            .addJavadoc("$L", ofDoc)
            .addStatement("$T found = $L", self, finder)
            .beginControlFlow("if (found == null)")
            .addStatement(
                "throw new $T($L + code + $L)",
                IllegalArgumentException.class,
                JavaLiterals.expression(unknown.before()),
                JavaLiterals.expression(unknown.after()))
            .endControlFlow()
            .addStatement("return found")
            .build();
    return List.of(lookup.build(), of);
  }
}
