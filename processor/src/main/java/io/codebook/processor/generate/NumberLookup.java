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
 * @param ofFinder the finder of {@code of}: a method of its own, so that the JIT's profile of it
 *     sees only the numbers given to {@code of}, or the finder itself
 */
record NumberLookup(
    ClassName self,
    CodeBlock finder,
    String lookupDoc,
    String ofDoc,
    UnknownMessage unknown,
    TypeName keyType,
    CodeBlock optionalFinder,
    CodeBlock ofFinder) {
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

  /** With {@code optionalFinder}; {@code of} calls the finder itself. */
  NumberLookup(
      ClassName self,
      CodeBlock finder,
      String lookupDoc,
      String ofDoc,
      UnknownMessage unknown,
      TypeName keyType,
      CodeBlock optionalFinder) {
    this(self, finder, lookupDoc, ofDoc, unknown, keyType, optionalFinder, finder);
  }

  /**
   * The message of {@code of}'s exception, around the number.
   *
   * @param before the text before the number
   * @param after the text after it
   */
  record UnknownMessage(String before, String after) {}

  /** {@code lookup}, {@code of} and the private method that makes {@code of}'s exception. */
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
    // The exception is made in a method of its own, so that of stays a few bytes of bytecode
    // (inlined wherever it is called, even where it is not hot) and the message's string building
    // is compiled only if it is ever needed.
    MethodSpec of =
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(keyType, "code")
            .addJavadoc("$L", ofDoc)
            .addStatement("$T found = $L", self, ofFinder)
            .beginControlFlow("if (found == null)")
            .addStatement("throw $N(code)", UNKNOWN)
            .endControlFlow()
            .addStatement("return found")
            .build();
    MethodSpec unknownCode =
        MethodSpec.methodBuilder(UNKNOWN)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(IllegalArgumentException.class)
            .addParameter(keyType, "code")
            .addJavadoc(
                "The exception {@code of} throws for a code it does not find.\n\n"
                    + "@param code the code\n@return the exception, to throw\n")
            .addStatement(
                "return new $T($L + code + $L)",
                IllegalArgumentException.class,
                JavaLiterals.expression(unknown.before()),
                JavaLiterals.expression(unknown.after()))
            .build();
    return List.of(lookup.build(), of, unknownCode);
  }

  /** The name of the method that makes {@code of}'s exception. */
  static final String UNKNOWN = "unknownCode";
}
