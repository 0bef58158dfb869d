package io.codebook.processor.generate;

import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Reference;
import io.codebook.processor.text.JavaLiterals;
import java.util.List;

/**
 * An upper estimate of the bytecode that creates one constant. The JVM limits a method, including
 * the static initializer that creates every enum constant, to 64 KB of bytecode, so {@link Layout}
 * adds these up to decide whether a set fits an enum and, if not, where to split it.
 *
 * <p>The estimate counts the arguments' loads, the list factories and the alias objects. It errs
 * high; the budget keeps a third of 64 KB spare.
 */
final class BytecodeEstimate {
  /** Bytes of initializer one enum, or one part, may take. */
  static final int BUDGET = 42_000;

  private BytecodeEstimate() {}

  /** The bytecode that creates one constant and stores it. */
  static int of(Code code) {
    int bytes = 3 + 1 + 3 + 3 + 3; // new, dup, name, ordinal, code
    bytes += text(code.message()) + text(code.description());
    bytes += list(code.variants()) + list(code.solutions()) + references(code.references());
    bytes +=
        1 + 3 * 3 + 3 + 3 + 3; // standard, series/group/outcome, part, invokespecial, putstatic
    bytes += 3 + 4 + 7 * code.aliases().size(); // the alias list
    for (Alias alias : code.aliases()) {
      bytes +=
          3
              + 1
              + 3
              + 3
              + text(alias.message())
              + text(alias.description())
              + 1
              + references(alias.references())
              + 3;
    }
    return bytes + 8; // the element of values()
  }

  private static int references(List<Reference> references) {
    return list(references.stream().map(Reference::text).toList());
  }

  private static int list(List<String> texts) {
    int bytes = 3 + 4 + 7 * texts.size(); // List.of with an array, the worst case
    for (String text : texts) {
      bytes += text(text);
    }
    return bytes;
  }

  /** One {@code ldc}, or a {@code String.join} over several for text too long for one constant. */
  private static int text(String text) {
    int pieces =
        (text.length() + JavaLiterals.MAX_CHARS_PER_CONSTANT - 1)
            / JavaLiterals.MAX_CHARS_PER_CONSTANT;
    return pieces <= 1 ? 3 : 3 + 4 + 7 * pieces + 3 + 3;
  }
}
