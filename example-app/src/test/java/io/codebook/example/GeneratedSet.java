package io.codebook.example;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * One generated code set seen through its static methods, so that tests can run the same checks
 * over {@link FtpReply} and {@link WinsockError}. Their constants share {@link KnownCode}, which
 * the app has them implement; static methods cannot be in an interface, so they are here.
 *
 * @param <E> the generated enum
 * @param type the generated enum
 * @param codesType the generated class of {@code int} constants
 * @param lookup the enum's {@code lookup(int)}
 * @param of the enum's {@code of(int)}
 * @param isKnown the enum's {@code isKnown(int)}
 */
public record GeneratedSet<E extends Enum<E> & KnownCode>(
    Class<E> type,
    Class<?> codesType,
    IntFunction<Optional<E>> lookup,
    IntFunction<E> of,
    IntPredicate isKnown) {

  public static final GeneratedSet<FtpReply> FTP =
      new GeneratedSet<>(
          FtpReply.class, FtpReplyCodes.class, FtpReply::lookup, FtpReply::of, FtpReply::isKnown);

  public static final GeneratedSet<WinsockError> WINSOCK =
      new GeneratedSet<>(
          WinsockError.class,
          WinsockErrorCodes.class,
          WinsockError::lookup,
          WinsockError::of,
          WinsockError::isKnown);

  public static List<GeneratedSet<?>> both() {
    return List.of(FTP, WINSOCK);
  }

  public List<E> constants() {
    return List.of(type.getEnumConstants());
  }

  /**
   * The {@code public static final int} fields of the codes class, by name, in declaration order.
   */
  public Map<String, Integer> intConstants() {
    Map<String, Integer> constants = new LinkedHashMap<>();
    for (Field field : codesType.getDeclaredFields()) {
      if (isPublicStaticFinal(field) && field.getType() == int.class) {
        constants.put(field.getName(), (Integer) read(field));
      }
    }
    return constants;
  }

  /**
   * The alias fields of the enum (public static final fields of its own type that are not
   * constants).
   */
  public Map<String, E> aliasFields() {
    Map<String, E> aliases = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      if (isPublicStaticFinal(field) && field.getType() == type && !field.isEnumConstant()) {
        aliases.put(field.getName(), type.cast(read(field)));
      }
    }
    return aliases;
  }

  /** The constant or alias field of the enum with this name. */
  public E field(String name) {
    try {
      return type.cast(type.getField(name).get(null));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " has no public field " + name, e);
    }
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }

  private static boolean isPublicStaticFinal(Field field) {
    int modifiers = field.getModifiers();
    return Modifier.isPublic(modifiers)
        && Modifier.isStatic(modifiers)
        && Modifier.isFinal(modifiers);
  }

  private static Object read(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
