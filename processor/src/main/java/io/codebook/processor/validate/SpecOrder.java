package io.codebook.processor.validate;

import io.codebook.processor.diagnostics.Position;
import io.codebook.processor.spec.Located;
import java.util.Comparator;

/**
 * Orders things as they appear in the file, so that "the first one" means the first a reader sees.
 */
final class SpecOrder {
  static final Comparator<Position> POSITION =
      Comparator.comparingInt(Position::line).thenComparingInt(Position::column);
  static final Comparator<Located<?>> LOCATED = Comparator.comparing(Located::position, POSITION);

  private SpecOrder() {}
}
