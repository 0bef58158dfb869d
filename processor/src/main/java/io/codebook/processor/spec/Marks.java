package io.codebook.processor.spec;

import io.codebook.processor.diagnostics.Position;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Turns SnakeYAML's 0-based marks into 1-based positions in one spec file. */
final class Marks {
  private final String file;

  Marks(String file) {
    this.file = file;
  }

  Position of(Node node) {
    return node.getStartMark().map(this::of).orElse(Position.startOf(file));
  }

  Position of(Mark mark) {
    return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  String file() {
    return file;
  }
}
