package io.codebook.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.codebook.processor.model.Code;
import io.codebook.processor.text.JavaLiterals;

/**
 * What a code is in the generated API: an {@code int}, or for a string set (SQLSTATE's {@code
 * 42P01}) a {@code String}. Generators ask this instead of assuming ints, so that both kinds get
 * the same API: lookup, constants usable as {@code case} labels, dispatch and series.
 *
 * @param strings whether codes are strings
 */
record CodeKey(boolean strings) {
  /** The Java type of a code. */
  TypeName type() {
    return strings ? ClassName.get(String.class) : TypeName.INT;
  }

  /**
   * The parameter type as Javadoc links write it: {@code lookup(int)} or {@code lookup(String)}.
   */
  String linkType() {
    return strings ? "String" : "int";
  }

  /** A code's value as a Java constant expression. */
  CodeBlock literal(Code code) {
    return CodeBlock.of("$L", literalSource(code));
  }

  /** {@link #literal} as source text. */
  String literalSource(Code code) {
    return strings ? JavaLiterals.literal(code.key()) : Integer.toString(code.code());
  }

  /** What Javadoc calls a code: "number" for ints, "code" for strings. */
  String noun() {
    return strings ? "code" : "number";
  }
}
