package io.codebook.processor.generate;

import com.palantir.javapoet.TypeName;
import java.util.Locale;
import java.util.Optional;

/**
 * A value every constant of a generated type carries: a private final field, a constructor
 * parameter and, unless hidden, a public accessor. {@link PropertyMembers} adds all three at once.
 *
 * @param type the field's type
 * @param name the field's and parameter's name
 * @param accessor the accessor's name, or empty for a value only the type itself reads
 * @param summary the field's and accessor's Javadoc
 * @param returns what the accessor returns, also the constructor's {@code @param} text
 * @param mayBeAbsent whether the field may be {@code null}; the accessor then returns the value's
 *     own cached {@code asOptional}, or an empty {@code Optional}, so that it never allocates
 */
record Property(
    TypeName type,
    String name,
    Optional<String> accessor,
    String summary,
    String returns,
    boolean mayBeAbsent) {
  /** A property whose accessor has its name, such as {@code code()}. */
  static Property of(TypeName type, String name, String summary, String returns) {
    return new Property(type, name, Optional.of(name), summary, returns, false);
  }

  /** A property that some constants lack, such as the series of a code outside every series. */
  static Property optional(TypeName type, String name, String summary, String returns) {
    return new Property(type, name, Optional.of(name), summary, returns, true);
  }

  /**
   * A property whose accessor is named otherwise, such as {@code isStandard()} for {@code
   * standard}.
   */
  static Property withAccessor(
      TypeName type, String name, String accessor, String summary, String returns) {
    return new Property(type, name, Optional.of(accessor), summary, returns, false);
  }

  /** A property without an accessor. */
  static Property hidden(TypeName type, String name, String summary) {
    return new Property(
        type, name, Optional.empty(), summary, summary.toLowerCase(Locale.ROOT), false);
  }
}
