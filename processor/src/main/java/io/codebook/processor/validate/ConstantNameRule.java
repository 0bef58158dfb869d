package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.model.Names;
import io.codebook.processor.spec.Located;
import io.codebook.processor.spec.RawSpec;
import io.codebook.processor.spec.RawSpec.RawAlias;
import io.codebook.processor.spec.RawSpec.RawCode;
import io.codebook.processor.spec.RawSpec.RawGroup;
import io.codebook.processor.spec.RawSpec.RawSeries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Code, alias, series and group names become constants; they share one namespace and must be
 * distinct UPPER_SNAKE identifiers. Codes and series also become handler methods, whose names must
 * differ even ignoring case: {@code onWsaenomore} and {@code onWsaENoMore} would be a trap for
 * whoever overrides one of them.
 */
final class ConstantNameRule implements ValidationRule {
  /**
   * Methods every generated handler already has; {@code on} takes every listed code and every
   * unlisted number, so a code's method of that name would clash with it.
   */
  private static final Set<String> HANDLER_MEMBERS = Set.of("otherwise", "dispatch", "on");

  /** A name that becomes a handler method, and where to point when the method is wrong. */
  private record Method(Located<String> name, String method, Located<String> override) {
    Located<String> anchor() {
      return override != null ? override : name;
    }
  }

  @Override
  public void check(RawSpec spec, Problems problems) {
    List<Located<String>> names = new ArrayList<>();
    List<Method> methods = new ArrayList<>();
    for (RawSeries series : spec.series()) {
      addIfPresent(names, series.name());
      addMethod(methods, series.name(), series.handler());
    }
    for (RawGroup group : spec.groups()) {
      addIfPresent(names, group.name());
    }
    for (RawCode code : spec.codes()) {
      addIfPresent(names, code.name());
      addMethod(methods, code.name(), code.handler());
      for (RawAlias alias : code.aliases()) {
        addIfPresent(names, alias.name());
      }
    }
    names.sort(SpecOrder.LOCATED);
    Map<String, Located<String>> byName = new HashMap<>();
    for (Located<String> name : names) {
      if (isValid(name, problems)) {
        Located<String> first = byName.putIfAbsent(name.value(), name);
        if (first != null) {
          problems.report(
              name.position(),
              Message.DUPLICATE_NAME,
              name.value(),
              first.position().asFirstOf(name.position()));
        }
      }
    }
    checkMethods(methods, problems);
  }

  private static void checkMethods(List<Method> methods, Problems problems) {
    methods.sort((a, b) -> SpecOrder.LOCATED.compare(a.anchor(), b.anchor()));
    Map<String, Method> byFoldedMethod = new HashMap<>();
    for (Method method : methods) {
      if (method.override() != null && !isValidMethod(method.override(), problems)) {
        continue;
      }
      if (method.override() == null && !Names.isUpperSnake(method.name().value())) {
        continue; // already reported as an invalid name
      }
      Method clash = byFoldedMethod.putIfAbsent(method.method().toLowerCase(Locale.ROOT), method);
      if (clash != null && !clash.name().value().equals(method.name().value())) {
        problems.report(
            method.anchor().position(),
            Message.NAME_COLLISION,
            method.name().value(),
            clash.name().value(),
            clash.anchor().position().lineAndColumn(),
            method.method(),
            clash.method());
      }
    }
  }

  private static boolean isValidMethod(Located<String> handler, Problems problems) {
    if (HANDLER_MEMBERS.contains(handler.value())) {
      problems.report(
          handler.position(),
          Message.RESERVED_NAME,
          handler.value(),
          "a handler method name",
          "the handler already has a method of that name");
      return false;
    }
    if (!Names.isMethodName(handler.value())) {
      problems.report(
          handler.position(),
          Message.INVALID_NAME,
          handler.value(),
          "handler method name",
          "use a lowerCamelCase Java identifier that is not a keyword, such as onServiceNotAvailable");
      return false;
    }
    return true;
  }

  static boolean isValid(Located<String> name, Problems problems) {
    String value = name.value();
    if (Names.JAVA_KEYWORDS.contains(value.toLowerCase(Locale.ROOT))
        && !Names.isUpperSnake(value)) {
      problems.report(
          name.position(),
          Message.RESERVED_NAME,
          value,
          "a constant name",
          "it is a Java keyword; names are UPPER_SNAKE, such as " + value.toUpperCase(Locale.ROOT));
      return false;
    }
    if (!Names.isUpperSnake(value)) {
      problems.report(
          name.position(),
          Message.INVALID_NAME,
          value,
          "constant name",
          "use UPPER_SNAKE: a capital letter, then capitals, digits and single underscores, such as SERVICE_NOT_AVAILABLE");
      return false;
    }
    return true;
  }

  private static void addMethod(
      List<Method> methods, Located<String> name, Located<String> override) {
    if (name != null) {
      String method = override != null ? override.value() : Names.handlerMethod(name.value());
      methods.add(new Method(name, method, override));
    }
  }

  private static void addIfPresent(List<Located<String>> names, Located<String> name) {
    if (name != null) {
      names.add(name);
    }
  }
}
