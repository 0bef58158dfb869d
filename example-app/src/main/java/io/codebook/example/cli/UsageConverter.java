package io.codebook.example.cli;

import io.codebook.example.UsageException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value with one of ftp-doctor's own parsers, such as {@code Timeout::parse}. The
 * parsers report a mistake as a {@link UsageException}; picocli shows its message as the option's
 * error, after the option's name.
 *
 * @param <T> the type read
 */
final class UsageConverter<T> implements ITypeConverter<T> {
  /**
   * Parses one value.
   *
   * @param <T> the type read
   */
  @FunctionalInterface
  interface Parser<T> {
    /**
     * Parses the text.
     *
     * @param text the value as typed
     * @return the value
     * @throws UsageException if the text is not a value of the type; the message says why
     */
    T parse(String text) throws UsageException;
  }

  private final Parser<T> parser;

  UsageConverter(Parser<T> parser) {
    this.parser = parser;
  }

  @Override
  public T convert(String value) {
    try {
      return parser.parse(value);
    } catch (UsageException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
