package io.codebook.processor.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How spec names become Java names. Validation and generation both call these, so a name that
 * passes validation is exactly the name that is generated. Case conversion uses {@link
 * Locale#ROOT}: under a Turkish default locale, {@code "I".toLowerCase()} is a dotless i.
 */
public final class Names {
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][A-Za-z0-9]*");

  /** Java's reserved words and literals, including the contextual {@code _}. */
  public static final Set<String> JAVA_KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_",
          "var",
          "yield",
          "record",
          "sealed",
          "permits");

  private Names() {}

  /**
   * Whether {@code name} is an UPPER_SNAKE constant name, such as {@code SERVICE_NOT_AVAILABLE}.
   */
  public static boolean isUpperSnake(String name) {
    // As [A-Z][A-Z0-9]*(_[A-Z0-9]+)*, in a loop: every code's name is checked at every compile,
    // mostly before the JIT has compiled the regular expression's matcher.
    if (name.isEmpty() || !isAsciiUpper(name.charAt(0))) {
      return false;
    }
    boolean afterUnderscore = false;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        if (afterUnderscore) {
          return false;
        }
        afterUnderscore = true;
      } else if (isAsciiUpper(c) || (c >= '0' && c <= '9')) {
        afterUnderscore = false;
      } else {
        return false;
      }
    }
    return !afterUnderscore;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether {@code name} is an UpperCamelCase type name, such as {@code FtpReply}. */
  public static boolean isUpperCamel(String name) {
    return UPPER_CAMEL.matcher(name).matches();
  }

  /** {@code SERVICE_NOT_AVAILABLE} becomes {@code ServiceNotAvailable}. */
  public static String upperCamel(String upperSnake) {
    StringBuilder result = new StringBuilder(upperSnake.length());
    for (String word : upperSnake.split("_", -1)) {
      if (!word.isEmpty()) {
        result.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return result.toString();
  }

  /**
   * Whether {@code name} can name a handler method: a lowerCamelCase Java identifier, not a
   * keyword.
   */
  public static boolean isMethodName(String name) {
    return LOWER_CAMEL.matcher(name).matches() && !JAVA_KEYWORDS.contains(name);
  }

  /**
   * The handler method for a code or series: {@code SERVICE_NOT_AVAILABLE} becomes {@code
   * onServiceNotAvailable}.
   */
  public static String handlerMethod(String upperSnake) {
    return "on" + upperCamel(upperSnake);
  }
}
