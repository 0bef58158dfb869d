package io.codebook.processor.diagnostics;

import java.util.Locale;

/**
 * The catalogue of every diagnostic the processor reports. Each has a stable id, shown in brackets
 * at the start of the message, so that users can search for it and tests can assert on it.
 *
 * <p>Templates use {@link String#format} with {@link Locale#ROOT}.
 */
public enum Message {
  YAML_SYNTAX("yaml-syntax", "the spec is not valid YAML: %s"),
  SPEC_NOT_FOUND("spec-not-found", "cannot find spec '%s'; looked in: %s%s"),
  SPEC_UNREADABLE("spec-unreadable", "cannot read spec '%s': %s"),
  INVALID_SPEC_PATH("invalid-spec-path", "spec path '%s' is not usable: %s"),
  UNSUPPORTED_VERSION(
      "unsupported-version",
      "unsupported spec format 'codebook: %s'; this processor reads format 1"),
  MISSING_FIELD("missing-field", "%s is missing the required field '%s'"),
  UNKNOWN_FIELD("unknown-field", "unknown field '%s' in %s%s"),
  DUPLICATE_FIELD("duplicate-field", "field '%s' appears twice in %s; the first is at %s"),
  WRONG_TYPE("wrong-type", "'%s' must be %s, but is %s"),
  /** {@link #WRONG_TYPE} of a whole file, which has no field name to quote. */
  WRONG_DOCUMENT_TYPE("wrong-type", "%s must be %s, but %s"),
  INVALID_OUTCOME(
      "invalid-outcome", "outcome '%s' is not one of success, pending, transient, permanent%s"),
  INVALID_RANGE(
      "invalid-range", "series range '%s' must look like 'first-last', with first <= last"),
  CODE_OUT_OF_RANGE(
      "code-out-of-range",
      "code %s is out of range: codes are Java ints (-2147483648 to 2147483647)"),
  DUPLICATE_CODE("duplicate-code", "code %s is declared twice; the first is at %s"),
  INVALID_CODE_TYPE("invalid-code-type", "codeType '%s' is not one of int, string%s"),
  CODE_TYPE_MISMATCH("code-type-mismatch", "%s cannot be used with codeType %s: %s"),
  INVALID_STRING_CODE(
      "invalid-string-code",
      "'%s' is not a usable string code: use 1 to 32 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit"),
  DUPLICATE_NAME("duplicate-name", "name %s is used twice; the first is at %s"),
  NAME_COLLISION(
      "name-collision",
      "%s collides with %s (at %s): their handler methods %s and %s are the same when case is ignored; "
          + "give one of them a distinct 'handler:' method name"),
  INVALID_NAME("invalid-name", "'%s' is not a valid %s: %s"),
  RESERVED_NAME("reserved-name", "'%s' cannot be used as %s: %s"),
  SERIES_OVERLAP("series-overlap", "series %s (%s) overlaps series %s (%s, at %s)"),
  INVALID_GROUP_PATTERN(
      "invalid-group-pattern",
      "group pattern '%s' must be 1 to 10 characters, each a digit (which must match) or a letter (any digit), not starting with 0"),
  GROUP_OVERLAP(
      "group-overlap", "group %s (%s) overlaps group %s (%s, at %s): code %s matches both"),
  CODE_OUTSIDE_GROUP(
      "code-outside-group", "code %s (%s) matches no group; add a group whose pattern matches it"),
  UNKNOWN_CODE("unknown-code", "context %s allows code %s, which the spec does not declare"),
  DUPLICATE_ALLOWED_CODE(
      "duplicate-allowed-code", "context %s allows code %s twice; the first is at %s"),
  EMPTY_CODE_SET("empty-code-set", "the spec declares no codes; 'codes' needs at least one entry"),
  DUPLICATE_SPEC(
      "duplicate-spec",
      "spec '%s' is annotated twice on package %s; one @Codebook generates its types, so remove"
          + " the other"),
  DUPLICATE_TYPE(
      "duplicate-type",
      "specs '%s' and '%s' both generate type %s in package %s; give one of them another 'name'"),
  DUPLICATE_DOCUMENT(
      "duplicate-document",
      "specs '%s' and '%s' both write the reference document %s; give one of them another 'name'"),
  NOT_AN_INTERFACE(
      "not-an-interface",
      "implement names %s, which is %s; the generated types can implement only interfaces"),
  GENERIC_INTERFACE(
      "generic-interface",
      "implement names %s, which has type parameters %s; the generated types implement only interfaces without type parameters"),
  UNIMPLEMENTED_METHOD(
      "unimplemented-method",
      "%s cannot implement %s: it has no public method %s (same name and parameters, a return type assignable to %s); %s offers: %s"),
  HIDDEN_BY_STATIC(
      "hidden-by-static",
      "%s cannot implement %s: its method %s has the signature of %s's static method %s, which Java does not let an instance method share; rename the interface's method"),
  TRANSLATION_NOT_FOUND(
      "translation-not-found", "cannot find translation '%s' of spec '%s'; looked in: %s%s"),
  INVALID_LANGUAGE_TAG(
      "invalid-language-tag",
      "'%s' is not a usable language tag: write a lower-case language and, optionally, '-' and an "
          + "upper-case region, such as de, pt-BR or zh-CN"),
  LANGUAGE_MISMATCH(
      "language-mismatch", "language '%s' differs from the tag '%s' in the file name '%s'"),
  UNKNOWN_TRANSLATED(
      "unknown-translated",
      "%s %s is not in spec '%s'; a translation can only translate what the spec declares%s"),
  DUPLICATE_TRANSLATION("duplicate-translation", "%s appears twice; the first is at %s"),
  UNTRANSLATABLE_FIELD(
      "untranslatable-field",
      "'%s' in %s cannot be translated; a translation entry may only give %s"),
  INCOMPLETE_TRANSLATION(
      "incomplete-translation", "translation %s lacks a message for %,d of %,d codes: %s%s"),
  INVALID_OPTION("invalid-option", "-A%s=%s is not one of %s"),
  OUTPUT_FAILED("output-failed", "cannot write the output of '%s': %s"),
  INTERNAL_ERROR(
      "internal-error",
      "internal error while processing '%s'; please report it with this trace:%n%s");

  private static final String PREFIX = "codebook:";

  private final String id;
  private final String template;

  Message(String id, String template) {
    this.id = id;
    this.template = template;
  }

  /** The stable id, such as {@code duplicate-code}. */
  public String id() {
    return id;
  }

  /** The bracketed tag that starts every message, such as {@code [codebook:duplicate-code]}. */
  public String tag() {
    return "[" + PREFIX + id + "]";
  }

  /** Fills in the template. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
