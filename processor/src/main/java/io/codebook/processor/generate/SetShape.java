package io.codebook.processor.generate;

import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a code set fits a Java enum, and if not, how to split it. The JVM limits a method,
 * including the static initializer that creates every enum constant, to 64 KB of bytecode, and a
 * class to 65,535 constant-pool entries. A naive enum fails at a few thousand constants that take
 * arguments; a set beyond the budget below is generated as a class whose constants are spread over
 * interfaces, each with its own initializer (protobuf's {@code large_enum} does the same).
 *
 * <p>The estimate counts the bytecode of one constant's construction: the arguments' loads, the
 * list factories, and the alias objects. It errs high; the budget keeps a third of 64 KB spare.
 *
 * @param large whether the set is generated as a class rather than an enum
 * @param parts for a class, the codes of each part in code order; for an enum, one part
 */
record SetShape(boolean large, List<List<Code>> parts) {
  /** Bytes of initializer one enum, or one part, may take. */
  static final int BYTECODE_BUDGET = 42_000;
  /** Constants one enum or one part may hold, whatever their size: this bounds the constant pool. */
  static final int MAX_CONSTANTS = 1_000;

  static SetShape of(CodeSet codeSet) {
    List<List<Code>> parts = new ArrayList<>();
    List<Code> part = new ArrayList<>();
    long bytes = 0;
    for (Code code : codeSet.codes()) {
      int cost = bytecode(code);
      if (!part.isEmpty() && (bytes + cost > BYTECODE_BUDGET || part.size() == MAX_CONSTANTS)) {
        parts.add(List.copyOf(part));
        part.clear();
        bytes = 0;
      }
      part.add(code);
      bytes += cost;
    }
    parts.add(List.copyOf(part));
    return new SetShape(parts.size() > 1, List.copyOf(parts));
  }

  /** An upper estimate of the bytecode that creates one constant and stores it. */
  static int bytecode(Code code) {
    int bytes = 3 + 1 + 3 + 3 + 3; // new, dup, name, ordinal, code
    bytes += text(code.message()) + text(code.description());
    bytes += list(code.variants()) + list(code.solutions()) + list(code.references());
    bytes += 1 + 3 * 3 + 3 + 3 + 3; // standard, series/group/outcome, part, invokespecial, putstatic
    bytes += 3 + 4 + 7 * code.aliases().size(); // the alias list
    for (Alias alias : code.aliases()) {
      bytes += 3 + 1 + 3 + 3 + text(alias.message()) + text(alias.description()) + 1 + list(alias.references()) + 3;
    }
    return bytes + 8; // the element of values()
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
    int pieces = (text.length() + JavaLiterals.MAX_CHARS_PER_CONSTANT - 1) / JavaLiterals.MAX_CHARS_PER_CONSTANT;
    return pieces <= 1 ? 3 : 3 + 4 + 7 * pieces + 3 + 3;
  }
}
