package io.codebook.example.format;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ftp-doctor's JSON back, for tests: objects as maps, arrays as lists, whole numbers as
 * longs.
 */
public final class JsonText {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

  private JsonText() {}

  /**
   * Parses a document.
   *
   * @param text the JSON text
   * @return a {@code Map}, {@code List}, {@code String}, {@code Long}, {@code Double}, {@code
   *     Boolean} or {@code null}
   */
  public static Object parse(String text) {
    return MAPPER.readValue(text, Object.class);
  }
}
