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

/**
 * Code, alias, series and group names become enum constants, int constants and handler methods. They
 * share one namespace: each must be a distinct UPPER_SNAKE identifier, and no two may turn into
 * the same method name.
 */
final class ConstantNameRule implements ValidationRule {

  @Override
  public void check(RawSpec spec, Problems problems) {
    List<Located<String>> names = new ArrayList<>();
    for (RawSeries series : spec.series()) {
      addIfPresent(names, series.name());
    }
    for (RawGroup group : spec.groups()) {
      addIfPresent(names, group.name());
    }
    for (RawCode code : spec.codes()) {
      addIfPresent(names, code.name());
      for (RawAlias alias : code.aliases()) {
        addIfPresent(names, alias.name());
      }
    }
    names.sort(SpecOrder.LOCATED);
    Map<String, Located<String>> byName = new HashMap<>();
    Map<String, Located<String>> byMethod = new HashMap<>();
    for (Located<String> name : names) {
      if (!isValid(name, problems)) {
        continue;
      }
      Located<String> first = byName.putIfAbsent(name.value(), name);
      if (first != null) {
        problems.report(name.position(), Message.DUPLICATE_NAME, name.value(), first.position().lineAndColumn());
        continue;
      }
      String method = Names.handlerMethod(name.value());
      Located<String> clash = byMethod.putIfAbsent(method, name);
      if (clash != null) {
        problems.report(
            name.position(),
            Message.NAME_COLLISION,
            name.value(),
            clash.value(),
            clash.position().lineAndColumn(),
            method);
      }
    }
  }

  private static boolean isValid(Located<String> name, Problems problems) {
    String value = name.value();
    if (Names.JAVA_KEYWORDS.contains(value.toLowerCase(Locale.ROOT)) && !Names.isUpperSnake(value)) {
      problems.report(name.position(), Message.RESERVED_NAME, value, "a constant name", "it is a Java keyword; names are UPPER_SNAKE, such as " + value.toUpperCase(Locale.ROOT));
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

  private static void addIfPresent(List<Located<String>> names, Located<String> name) {
    if (name != null) {
      names.add(name);
    }
  }
}
