package io.codebook.processor;

import java.util.Locale;
import java.util.Optional;

/**
 * What the {@code codebook.translations} processor option makes of a translation that lacks
 * messages: a warning (the default, so a partial translation never breaks a build that did not ask
 * for completeness), an error, or nothing.
 */
enum CompletenessCheck {
  WARN,
  ERROR,
  IGNORE;

  /** The processor option. */
  static final String OPTION = "codebook.translations";

  /** The allowed values, as the error for another value lists them. */
  static final String ALLOWED = "warn, error, ignore";

  /** The option's value; absent means {@link #WARN}, an unknown value is empty. */
  static Optional<CompletenessCheck> parse(String value) {
    if (value == null) {
      return Optional.of(WARN);
    }
    for (CompletenessCheck check : values()) {
      if (check.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }
}
