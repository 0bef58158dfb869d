package io.codebook.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.codebook.processor.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The fields the processor reads and the JSON Schema that editors validate against describe the
 * same format: a field added to one and not the other would let editors accept specs the processor
 * rejects, or the reverse.
 */
class SpecFieldsMatchSchemaTest {
  private static final JsonNode SCHEMA =
      new ObjectMapper().readTree(Path.of(System.getProperty("codebook.spec.schema")).toFile());

  @Test
  void topLevelFields() {
    assertEquals(new TreeSet<>(SpecFields.TOP_LEVEL), propertyNames(SCHEMA));
  }

  @Test
  void entryFields() {
    assertEquals(new TreeSet<>(SpecFields.SERIES_ENTRY), propertyNames(definition("series")));
    assertEquals(new TreeSet<>(SpecFields.GROUP_ENTRY), propertyNames(definition("group")));
    assertEquals(new TreeSet<>(SpecFields.CONTEXT_ENTRY), propertyNames(definition("context")));
    assertEquals(new TreeSet<>(SpecFields.CODE_ENTRY), propertyNames(definition("code")));
    assertEquals(new TreeSet<>(SpecFields.ALIAS_ENTRY), propertyNames(definition("alias")));
  }

  @Test
  void outcomeWords() {
    List<String> schemaWords =
        definition("outcome").get("enum").valueStream().map(JsonNode::asString).toList();
    assertEquals(Outcome.specWords(), schemaWords);
  }

  @Test
  void everyEntryRejectsUnknownFieldsAsTheProcessorDoes() {
    assertEquals(false, SCHEMA.get("additionalProperties").asBoolean());
    for (String entry : List.of("series", "group", "context", "code", "alias")) {
      assertEquals(false, definition(entry).get("additionalProperties").asBoolean(), entry);
    }
  }

  /** The overlay schema, beside the spec schema. */
  private static final JsonNode TRANSLATION_SCHEMA =
      new ObjectMapper()
          .readTree(
              Path.of(System.getProperty("codebook.spec.schema"))
                  .resolveSibling("codebook-translation-1.schema.json")
                  .toFile());

  @Test
  void translationFields() {
    assertEquals(new TreeSet<>(SpecFields.OVERLAY_TOP_LEVEL), propertyNames(TRANSLATION_SCHEMA));
    JsonNode defs = TRANSLATION_SCHEMA.get("$defs");
    for (String entry : List.of("series", "group", "context")) {
      assertEquals(
          new TreeSet<>(SpecFields.OVERLAY_NAMED_ENTRY), propertyNames(defs.get(entry)), entry);
      assertEquals(false, defs.get(entry).get("additionalProperties").asBoolean(), entry);
    }
    assertEquals(new TreeSet<>(SpecFields.OVERLAY_CODE_ENTRY), propertyNames(defs.get("code")));
    assertEquals(false, defs.get("code").get("additionalProperties").asBoolean());
    assertEquals(false, TRANSLATION_SCHEMA.get("additionalProperties").asBoolean());
  }

  private static JsonNode definition(String name) {
    return SCHEMA.get("$defs").get(name);
  }

  private static Set<String> propertyNames(JsonNode object) {
    return new TreeSet<>(object.get("properties").propertyNames());
  }
}
