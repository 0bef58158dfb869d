package io.codebook.processor.spec;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Node trees as text, to compare what {@link BlockYamlComposer} composes with what SnakeYAML
 * composes from the same text: every node's kind, tag, style, value and start position.
 */
final class YamlTrees {
  private YamlTrees() {}

  /** SnakeYAML's tree, composed with the settings the processor uses, or empty on a YAML error. */
  static Optional<String> snakeYaml(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("t.yaml")
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(50)
            .build();
    try {
      return new Compose(settings).composeString(text).map(YamlTrees::describe);
    } catch (YamlEngineException e) {
      return Optional.empty();
    }
  }

  /** The fast reader's tree, or empty where it declines. */
  static Optional<String> blockReader(String text) {
    return BlockYamlComposer.compose("t.yaml", text).map(YamlTrees::describe);
  }

  static String describe(Node node) {
    StringBuilder out = new StringBuilder();
    describe(node, "", out);
    return out.toString();
  }

  private static void describe(Node node, String indent, StringBuilder out) {
    Mark mark = node.getStartMark().orElseThrow();
    out.append(indent)
        .append(node.getNodeType())
        .append(' ')
        .append(node.getTag())
        .append(" at ")
        .append(mark.getLine())
        .append(':')
        .append(mark.getColumn())
        .append(" (")
        .append(mark.getIndex())
        .append(')');
    if (node instanceof ScalarNode scalar) {
      out.append(' ')
          .append(scalar.getScalarStyle())
          .append(" [")
          .append(scalar.getValue().replace("\n", "\\n"))
          .append("]\n");
    } else if (node instanceof SequenceNode sequence) {
      out.append(' ').append(sequence.getFlowStyle()).append('\n');
      for (Node item : sequence.getValue()) {
        describe(item, indent + "  ", out);
      }
    } else {
      out.append(' ').append(((MappingNode) node).getFlowStyle()).append('\n');
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        describe(tuple.getKeyNode(), indent + "  ", out);
        describe(tuple.getValueNode(), indent + "    ", out);
      }
    }
  }
}
