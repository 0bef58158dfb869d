package io.codebook.example.format;

import java.util.List;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON that ftp-doctor prints, built as Jackson trees. It is indented by two spaces with one
 * member or element a line, and every character outside ASCII is escaped, so the output reads the
 * same whatever the encoding of the terminal or the file it goes to.
 */
public final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** Jackson's default layout puts arrays on one line and a space before each colon. */
  private static final ObjectWriter WRITER =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /**
   * A new, empty object.
   *
   * @return the object, to fill
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * A new, empty array.
   *
   * @return the array, to fill
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * An array of strings.
   *
   * @param values the strings, in order
   * @return the array
   */
  public static ArrayNode strings(List<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /**
   * The text of a document.
   *
   * @param document the document
   * @return the JSON text, ASCII only, ending with a line break
   */
  public static String write(JsonNode document) {
    return WRITER.writeValueAsString(document) + "\n";
  }
}
