package io.codebook.benchmarks.report;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH's {@code -rf json} output and our own compile-time results with Jackson: objects become
 * {@link Map}, arrays {@link List}, numbers {@link Number} (JMH writes {@code "NaN"} as a string,
 * which {@link #number} accepts). The helpers below walk the result without casts at every step.
 */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static Object parse(String text) {
    return MAPPER.readValue(text, Object.class);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object value) {
    return value instanceof List ? (List<Object>) value : List.of();
  }

  static double number(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** The value at a path of object keys, or {@code null}. */
  static Object path(Object value, String... keys) {
    Object current = value;
    for (String key : keys) {
      current = object(current).get(key);
    }
    return current;
  }
}
