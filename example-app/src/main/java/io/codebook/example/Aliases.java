package io.codebook.example;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the other meanings (aliases) of a generated constant.
 *
 * <p>Codebook generates an alias as a field {@code public static final X ALIAS = PRIMARY;} but no accessor
 * that lists them, so they are found by reflection over the enum's public fields. Only the names are
 * available at run time; the aliases' own texts are in the reference documents.
 */
public final class Aliases {
  private Aliases() {}

  /**
   * The names of the alias fields that hold a constant.
   *
   * @param constant a constant of a generated enum
   * @param <E> the enum type
   * @return the alias names in declaration order, possibly empty
   */
  public static <E extends Enum<E>> List<String> of(E constant) {
    Class<E> type = constant.getDeclaringClass();
    List<String> names = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.isEnumConstant()
          || field.getType() != type
          || !Modifier.isPublic(modifiers)
          || !Modifier.isStatic(modifiers)) {
        continue;
      }
      try {
        if (field.get(null) == constant) {
          names.add(field.getName());
        }
      } catch (IllegalAccessException cannotHappen) {
        throw new IllegalStateException("public field " + field + " is not readable", cannotHappen);
      }
    }
    return List.copyOf(names);
  }
}
