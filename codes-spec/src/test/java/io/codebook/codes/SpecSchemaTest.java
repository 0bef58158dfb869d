package io.codebook.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Checks the JSON Schema of spec format 1 and that the shipped specs conform to it. */
class SpecSchemaTest {
  private static final String SCHEMA_FILE = "codebook-spec-1.schema.json";
  private static final String SCHEMA_ID = "https://codebook.io/schema/" + SCHEMA_FILE;
  private static final String EDITOR_HEADER = "# yaml-language-server: $schema=" + SCHEMA_FILE;

  /** Strict JSON: no comments, no trailing commas, no duplicate keys. */
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final YAMLMapper YAML = new YAMLMapper();

  /** A small spec that is valid; each broken spec below changes exactly one thing in it. */
  private static final String VALID_SPEC =
      """
      codebook: 1
      name: Demo
      title: Demo codes
      series:
        - name: CLIENT_ERROR
          range: 400-499
          title: Client errors
          outcome: permanent
      codes:
        - code: 404
          name: NOT_FOUND
          message: Not found
          outcome: permanent
          standard: true
          variants: [Nothing here]
          solutions: [Check the path]
          references: [RFC 9110]
          aliases:
            - name: GONE_MISSING
              message: Gone missing
              standard: false
      """;

  private static JsonNode schemaNode;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = resource(SCHEMA_FILE)) {
      schemaNode = JSON.readTree(in);
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID), schemaNode);
  }

  @Test
  void schemaIsValidJsonAndDeclaresDraft202012() {
    assertTrue(schemaNode.isObject(), "the schema must be a JSON object");
    String draft = SpecificationVersion.DRAFT_2020_12.getDialectId();
    assertEquals(draft, schemaNode.path("$schema").asString());
    assertEquals(
        Optional.of(SpecificationVersion.DRAFT_2020_12),
        SpecificationVersion.fromSchemaNode(schemaNode));
    assertEquals(SCHEMA_ID, schemaNode.path("$id").asString());
    assertFalse(schemaNode.path("title").asString("").isBlank(), "the schema needs a title");

    Schema metaSchema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(draft));
    assertNoErrors("the schema against the 2020-12 meta-schema", metaSchema.validate(schemaNode));
    // The meta-schema check is not vacuous: a schema with a nonsense keyword value fails it.
    assertFalse(
        metaSchema.validate(JSON.readTree("{\"type\": 5}")).isEmpty(),
        "the meta-schema should reject {\"type\": 5}");
  }

  @Test
  void everyObjectIsClosedAndEveryPropertyIsDescribed() {
    List<String> problems = new ArrayList<>();
    checkConventions(schemaNode, "#", problems);
    assertTrue(
        problems.isEmpty(), () -> "schema convention problems:\n" + String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp-reply.yaml", "winsock.yaml"})
  void shippedSpecConformsToSchema(String file) throws IOException {
    JsonNode spec;
    try (InputStream in = resource(file)) {
      spec = YAML.readTree(in);
    }
    assertNoErrors(file, schema.validate(spec));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp-reply.yaml", "winsock.yaml"})
  void shippedSpecPointsEditorsAtSchema(String file) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
      assertEquals(EDITOR_HEADER, reader.readLine(), file + " should start with the editor hint");
    }
  }

  @Test
  void baseSpecOfTheBrokenCasesIsValid() {
    assertNoErrors("VALID_SPEC", schema.validate(YAML.readTree(VALID_SPEC)));
  }

  static Stream<Arguments> brokenSpecs() {
    return Stream.of(
        broken("missing codes", cut(VALID_SPEC, "codes:"), "required", "/codes"),
        broken(
            "codebook: 2", VALID_SPEC.replace("codebook: 1", "codebook: 2"), "const", "/codebook"),
        broken(
            "lower-case code name",
            VALID_SPEC.replace("name: NOT_FOUND", "name: not_found"),
            "pattern",
            "/codes/0/name"),
        broken(
            "outcome: maybe",
            VALID_SPEC.replace(
                "message: Not found\n    outcome: permanent",
                "message: Not found\n    outcome: maybe"),
            "enum",
            "/codes/0/outcome"),
        broken(
            "unknown field mesage",
            VALID_SPEC.replace("message: Not found", "mesage: Not found"),
            "additionalProperties",
            "/codes/0/mesage"),
        broken(
            "code below the int range",
            VALID_SPEC.replace("code: 404", "code: -2147483649"),
            "minimum",
            "/codes/0/code"),
        broken(
            "range 400 to 499",
            VALID_SPEC.replace("range: 400-499", "range: 400 to 499"),
            "pattern",
            "/series/0/range"),
        broken(
            "lower-case alias name",
            VALID_SPEC.replace("name: GONE_MISSING", "name: GoneMissing"),
            "pattern",
            "/codes/0/aliases/0/name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSpecs")
  void brokenSpecIsRejected(String label, String yaml, String keyword, String pointer) {
    assertFalse(yaml.equals(VALID_SPEC), "the broken spec must differ from the valid one");
    List<Error> errors = schema.validate(YAML.readTree(yaml));
    assertFalse(errors.isEmpty(), label + " should be rejected");
    String property = pointer.substring(pointer.lastIndexOf('/') + 1);
    boolean found =
        errors.stream()
            .anyMatch(
                e ->
                    keyword.equals(e.getKeyword())
                        && pointer.equals(pointerOf(e))
                        && e.toString().contains(property));
    assertTrue(
        found,
        () ->
            label
                + ": expected a '"
                + keyword
                + "' error at "
                + pointer
                + " naming '"
                + property
                + "', got:\n"
                + describe(errors));
  }

  // --- helpers ---

  private static Arguments broken(String label, String yaml, String keyword, String pointer) {
    return Arguments.of(label, yaml, keyword, pointer);
  }

  /** Removes the top-level key {@code key} and everything nested under it. */
  private static String cut(String yaml, String key) {
    int start = yaml.indexOf("\n" + key) + 1;
    assertTrue(start > 0, "no top-level " + key);
    int end = start + key.length();
    while (true) {
      int next = yaml.indexOf('\n', end);
      if (next < 0 || next + 1 >= yaml.length() || !Character.isWhitespace(yaml.charAt(next + 1))) {
        end = next < 0 ? yaml.length() : next + 1;
        break;
      }
      end = next + 1;
    }
    return yaml.substring(0, start) + yaml.substring(end);
  }

  /** The JSON pointer of the offending value; for required and unknown properties, the property. */
  private static String pointerOf(Error error) {
    String at = error.getInstanceLocation().toString();
    return error.getProperty() == null ? at : at + "/" + error.getProperty();
  }

  private static void checkConventions(JsonNode node, String where, List<String> problems) {
    if (!node.isObject()) {
      return;
    }
    JsonNode properties = node.get("properties");
    if (properties != null || "object".equals(node.path("type").asString(""))) {
      JsonNode additional = node.get("additionalProperties");
      if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
        problems.add(where + ": additionalProperties must be false");
      }
    }
    if (properties != null) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        JsonNode description = property.getValue().get("description");
        if (description == null || !description.isString() || description.asString().isBlank()) {
          problems.add(where + "/properties/" + property.getKey() + ": needs a description");
        }
      }
    }
    for (Map.Entry<String, JsonNode> child : node.properties()) {
      JsonNode value = child.getValue();
      if (value.isObject()) {
        checkConventions(value, where + "/" + child.getKey(), problems);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          checkConventions(value.get(i), where + "/" + child.getKey() + "/" + i, problems);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp-reply.de.yaml", "winsock.de.yaml"})
  void shippedTranslationConformsToItsSchema(String file) throws IOException {
    JsonNode node;
    try (InputStream in = resource("codebook-translation-1.schema.json")) {
      node = JSON.readTree(in);
    }
    Schema translation =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                SchemaLocation.of("https://codebook.io/schema/codebook-translation-1.schema.json"),
                node);
    try (InputStream in = resource(file)) {
      assertNoErrors(file, translation.validate(YAML.readTree(in)));
    }
  }

  /** The overlay schema: valid against the meta-schema, closed, and it takes texts only. */
  @Test
  void translationSchemaAcceptsTextsAndRejectsWhatIsNeverTranslated() throws IOException {
    JsonNode node;
    try (InputStream in = resource("codebook-translation-1.schema.json")) {
      node = JSON.readTree(in);
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    assertNoErrors(
        "the translation schema against the 2020-12 meta-schema",
        registry
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()))
            .validate(node));
    List<String> problems = new ArrayList<>();
    checkConventions(node, "#", problems);
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    Schema translation =
        registry.getSchema(
            SchemaLocation.of("https://codebook.io/schema/codebook-translation-1.schema.json"),
            node);
    String overlay =
        """
        codebook: 1
        language: pt-BR
        title: Códigos
        series:
          - name: CLIENT_ERROR
            title: Erros do cliente
        codes:
          - code: 404
            message: Não encontrado
            solutions: [Verifique o caminho]
        """;
    assertNoErrors("a valid overlay", translation.validate(YAML.readTree(overlay)));
    assertFalse(
        translation.validate(YAML.readTree(overlay + "    variants: [Nada]\n")).isEmpty(),
        "variants are never translated");
    assertFalse(
        translation.validate(YAML.readTree(overlay.replace("pt-BR", "pt_BR"))).isEmpty(),
        "a tag with '_'");
    assertNoErrors(
        "a spec listing translations",
        schema.validate(YAML.readTree(VALID_SPEC + "translations: [de, pt-BR]\n")));
  }

  private static void assertNoErrors(String what, List<Error> errors) {
    assertTrue(
        errors.isEmpty(),
        () -> what + " has " + errors.size() + " schema error(s):\n" + describe(errors));
  }

  private static String describe(List<Error> errors) {
    return errors.stream()
        .map(e -> "  [" + e.getKeyword() + "] " + e)
        .collect(Collectors.joining("\n"));
  }

  private static InputStream resource(String name) {
    InputStream in = SpecSchemaTest.class.getResourceAsStream(name);
    assertNotNull(in, "missing classpath resource io/codebook/codes/" + name);
    return in;
  }
}
