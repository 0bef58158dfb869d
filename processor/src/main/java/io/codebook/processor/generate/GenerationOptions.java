package io.codebook.processor.generate;

import java.util.Map;

/**
 * Settings that come from the compilation rather than the spec.
 *
 * @param packageName the annotated package, where the types are generated
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available to
 *     the code being compiled (it lives in the {@code java.compiler} module)
 * @param maxPartBytes the bytecode one enum, or one part of a class-shaped set, may take to
 *     create its constants; {@link BytecodeEstimate#BUDGET} unless a test lowers it
 */
public record GenerationOptions(String packageName, boolean generatedAnnotation, int maxPartBytes) {
  /**
   * Test-only processor option that lowers {@link #maxPartBytes}, so that a spec of a few codes is
   * generated in the class shape and its golden files show that shape. Not for users: a lower
   * budget only splits a set that would fit an enum.
   */
  public static final String MAX_PART_BYTES_OPTION = "codebook.internal.maxPartBytes";

  /** The options of a normal compilation, with the real budget. */
  public GenerationOptions(String packageName, boolean generatedAnnotation) {
    this(packageName, generatedAnnotation, BytecodeEstimate.BUDGET);
  }

  /** The budget from the processor options: the test-only option's value, else the real one. */
  public static int maxPartBytes(Map<String, String> processorOptions) {
    String value = processorOptions.get(MAX_PART_BYTES_OPTION);
    if (value == null) {
      return BytecodeEstimate.BUDGET;
    }
    int bytes = Integer.parseInt(value.trim());
    if (bytes < 1) {
      throw new IllegalArgumentException("-A" + MAX_PART_BYTES_OPTION + " must be positive, not " + value);
    }
    return bytes;
  }
}
