package io.codebook.processor.spec;

import java.util.Set;

/** The field names of spec format 1. They are the contract with spec authors: never rename one. */
final class SpecFields {
  static final String VERSION = "codebook";
  static final String NAME = "name";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String REFERENCES = "references";
  static final String SERIES = "series";
  static final String GROUPS = "groups";
  static final String PATTERN = "pattern";
  static final String CODES = "codes";
  static final String RANGE = "range";
  static final String OUTCOME = "outcome";
  static final String CODE = "code";
  static final String MESSAGE = "message";
  static final String VARIANTS = "variants";
  static final String SOLUTIONS = "solutions";
  static final String STANDARD = "standard";
  static final String ALIASES = "aliases";
  static final String HANDLER = "handler";
  static final String CONTEXTS = "contexts";
  static final String ALLOWS = "allows";
  static final String CODE_TYPE = "codeType";
  static final String PREFIX = "prefix";
  static final String TRANSLATIONS = "translations";
  static final String LANGUAGE = "language";

  static final Set<String> TOP_LEVEL =
      Set.of(
          VERSION,
          NAME,
          TITLE,
          DESCRIPTION,
          REFERENCES,
          CODE_TYPE,
          OUTCOME,
          SERIES,
          GROUPS,
          CONTEXTS,
          CODES,
          TRANSLATIONS);
  static final Set<String> SERIES_ENTRY =
      Set.of(NAME, RANGE, PREFIX, TITLE, DESCRIPTION, OUTCOME, HANDLER);
  static final Set<String> GROUP_ENTRY = Set.of(NAME, PATTERN, TITLE, DESCRIPTION);
  static final Set<String> CODE_ENTRY =
      Set.of(
          CODE,
          NAME,
          MESSAGE,
          DESCRIPTION,
          VARIANTS,
          SOLUTIONS,
          OUTCOME,
          STANDARD,
          REFERENCES,
          ALIASES,
          HANDLER);
  static final Set<String> ALIAS_ENTRY = Set.of(NAME, MESSAGE, DESCRIPTION, STANDARD, REFERENCES);
  static final Set<String> CONTEXT_ENTRY = Set.of(NAME, TITLE, DESCRIPTION, ALLOWS, REFERENCES);

  /** The fields of a translation overlay, format 1: only texts, and the keys that name them. */
  static final Set<String> OVERLAY_TOP_LEVEL =
      Set.of(VERSION, LANGUAGE, TITLE, DESCRIPTION, SERIES, GROUPS, CONTEXTS, CODES);

  static final Set<String> OVERLAY_NAMED_ENTRY = Set.of(NAME, TITLE, DESCRIPTION);
  static final Set<String> OVERLAY_CODE_ENTRY = Set.of(CODE, MESSAGE, DESCRIPTION, SOLUTIONS);

  private SpecFields() {}
}
