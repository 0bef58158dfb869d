package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.model.Names;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import java.util.Set;

/**
 * The set's name becomes type names, so it must be an UpperCamelCase name no generated code needs.
 */
final class SetNameRule implements ValidationRule {
  /** Nested type names, and types the generated code refers to by simple name. */
  private static final Set<String> RESERVED =
      Set.of(
          "Series",
          "Group",
          "Outcome",
          "Alias",
          "Index",
          "Object",
          "String",
          "Integer",
          "Optional",
          "List",
          "Override",
          "Generated",
          "Enum",
          "IllegalArgumentException",
          "SuppressWarnings",
          "Locale",
          "Translations");

  @Override
  public void check(RawSpec spec, Problems problems) {
    Located<String> name = spec.name();
    if (name == null) {
      return;
    }
    String value = name.value();
    if (!Names.isUpperCamel(value)) {
      problems.report(
          name.position(),
          Message.INVALID_NAME,
          value,
          "code set name",
          "use UpperCamelCase letters and digits, such as FtpReply, since generated type names derive from it");
    } else if (RESERVED.contains(value)) {
      problems.report(
          name.position(),
          Message.RESERVED_NAME,
          value,
          "a code set name",
          "generated code already uses the type name " + value);
    }
  }
}
