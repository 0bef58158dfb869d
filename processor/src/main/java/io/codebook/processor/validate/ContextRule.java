package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawCode;
import io.codebook.processor.spec.RawSpec.RawContext;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Contexts have distinct UPPER_SNAKE names of their own (they become constants of a type of their
 * own), and allow only codes the spec declares, each once.
 */
final class ContextRule implements ValidationRule {

  @Override
  public void check(RawSpec spec, Problems problems) {
    if (spec.stringCodes()) {
      return; // CodeTypeRule reports contexts in a set of string codes.
    }
    Set<BigInteger> declared = new HashSet<>();
    for (RawCode code : spec.codes()) {
      if (code.code() != null) {
        declared.add(code.code().value());
      }
    }
    Map<String, Located<String>> names = new HashMap<>();
    for (RawContext context : spec.contexts()) {
      String name = context.name() == null ? "(unnamed)" : context.name().value();
      if (context.name() != null && ConstantNameRule.isValid(context.name(), problems)) {
        Located<String> first = names.putIfAbsent(name, context.name());
        if (first != null) {
          problems.report(
              context.name().position(),
              Message.DUPLICATE_NAME,
              name,
              first.position().asFirstOf(context.name().position()));
        }
      }
      Map<BigInteger, Located<BigInteger>> allowed = new HashMap<>();
      for (Located<BigInteger> code : context.allows()) {
        Located<BigInteger> first = allowed.putIfAbsent(code.value(), code);
        if (first != null) {
          problems.report(
              code.position(),
              Message.DUPLICATE_ALLOWED_CODE,
              name,
              code.value(),
              first.position().lineAndColumn());
        } else if (!declared.contains(code.value())) {
          problems.report(code.position(), Message.UNKNOWN_CODE, name, code.value());
        }
      }
    }
  }
}
