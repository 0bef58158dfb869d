package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Message;
import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.diagnostics.Problems;
import io.codebook.processor.diagnostics.Suggestions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the fields of one YAML mapping, checking each value's type and reporting missing,
 * duplicated and unknown fields. Every problem goes to {@link Problems}; reading carries on so that
 * one compile shows everything.
 */
final class MappingReader {
  private final String what;
  private final Position start;
  private final Marks marks;
  private final Problems problems;
  private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

  MappingReader(
      MappingNode node, String what, Set<String> knownFields, Marks marks, Problems problems) {
    this.what = what;
    this.start = marks.of(node);
    this.marks = marks;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar)) {
        problems.report(
            marks.of(keyNode), Message.WRONG_TYPE, "field name", "text", describe(keyNode));
        continue;
      }
      String key = scalar.getValue();
      NodeTuple first = fields.putIfAbsent(key, tuple);
      if (first != null) {
        problems.report(
            marks.of(keyNode),
            Message.DUPLICATE_FIELD,
            key,
            what,
            marks.of(first.getKeyNode()).lineAndColumn());
      } else if (!knownFields.contains(key)) {
        problems.report(
            marks.of(keyNode),
            Message.UNKNOWN_FIELD,
            key,
            what,
            Suggestions.didYouMean(key, knownFields));
      }
    }
  }

  /** Where a field's name is written, or {@code null} when the mapping lacks the field. */
  Position keyPosition(String key) {
    NodeTuple tuple = fields.get(key);
    return tuple == null ? null : marks.of(tuple.getKeyNode());
  }

  /** Where the mapping starts. */
  Position start() {
    return start;
  }

  /** Where a field's value is, or the mapping's start when the field is absent. */
  Position positionOf(String key) {
    NodeTuple tuple = fields.get(key);
    return tuple == null ? start : marks.of(tuple.getValueNode());
  }

  Located<String> requiredText(String key) {
    return text(key, true);
  }

  Located<String> optionalText(String key) {
    return text(key, false);
  }

  List<Located<String>> texts(String key) {
    Node node = value(key, false);
    List<Located<String>> result = new ArrayList<>();
    if (node == null) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence)) {
      wrongType(key, "a list of texts", node);
      return result;
    }
    for (Node item : sequence.getValue()) {
      String text = scalarText(item);
      if (text == null) {
        wrongType(key + "[]", "text", item);
      } else {
        result.add(new Located<>(text, marks.of(item)));
      }
    }
    return result;
  }

  /** A required, non-empty list of integers, each with its own position. */
  List<Located<BigInteger>> requiredIntegers(String key) {
    Node node = value(key, true);
    List<Located<BigInteger>> result = new ArrayList<>();
    if (node == null) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      wrongType(key, "a non-empty list of integers", node);
      return result;
    }
    for (Node item : sequence.getValue()) {
      BigInteger parsed =
          item instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)
              ? YamlIntegers.parse(scalar.getValue())
              : null;
      if (parsed == null) {
        wrongType(key + "[]", "an integer", item);
      } else {
        result.add(new Located<>(parsed, marks.of(item)));
      }
    }
    return result;
  }

  Located<BigInteger> requiredInteger(String key) {
    Node node = value(key, true);
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
      BigInteger parsed = YamlIntegers.parse(scalar.getValue());
      if (parsed != null) {
        return new Located<>(parsed, marks.of(node));
      }
    }
    wrongType(key, "an integer", node);
    return null;
  }

  Located<Boolean> optionalBoolean(String key) {
    Node node = value(key, false);
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
      return new Located<>(
          Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)),
          marks.of(node));
    }
    wrongType(key, "true or false", node);
    return null;
  }

  /** The mapping entries of a list field; entries of another type are reported and skipped. */
  List<MappingNode> mappings(String key, boolean required) {
    Node node = value(key, required);
    List<MappingNode> result = new ArrayList<>();
    if (node == null) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence)) {
      wrongType(key, "a list", node);
      return result;
    }
    for (Node item : sequence.getValue()) {
      if (item instanceof MappingNode mapping) {
        result.add(mapping);
      } else {
        wrongType(key + "[]", "a mapping of fields", item);
      }
    }
    return result;
  }

  /** The raw node of a field, for fields with their own rules, or {@code null}. */
  Node value(String key, boolean required) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null) {
      if (required) {
        problems.report(start, Message.MISSING_FIELD, what, key);
      }
      return null;
    }
    return tuple.getValueNode();
  }

  private Located<String> text(String key, boolean required) {
    Node node = value(key, required);
    if (node == null) {
      return null;
    }
    String text = scalarText(node);
    if (text == null) {
      wrongType(key, "text", node);
      return null;
    }
    return new Located<>(text, marks.of(node));
  }

  private void wrongType(String key, String expected, Node actual) {
    problems.report(marks.of(actual), Message.WRONG_TYPE, key, expected, describe(actual));
  }

  /**
   * The text of a scalar. A number or boolean is accepted as its written form, since {@code
   * message: 404} plainly means the text "404"; null is not text.
   */
  private static String scalarText(Node node) {
    if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
      return scalar.getValue();
    }
    return null;
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return "null";
    }
    String kind =
        tag.equals(Tag.INT)
            ? "the integer"
            : tag.equals(Tag.BOOL)
                ? "the boolean"
                : tag.equals(Tag.FLOAT) ? "the number" : "the text";
    String value = scalar.getValue();
    return kind + " '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
  }
}
