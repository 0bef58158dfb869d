package io.codebook.processor.generate;

import java.util.Map;

/**
 * Settings that come from the compilation rather than the spec.
 *
 * @param packageName the annotated package, where the types are generated
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available to
 *     the code being compiled (it lives in the {@code java.compiler} module)
 * @param maxPartBytes the bytecode one enum, or one part of a class-shaped set, may take to create
 *     its constants; {@link BytecodeEstimate#BUDGET} unless a test lowers it
 */
public record GenerationOptions(
    String packageName, boolean generatedAnnotation, int maxPartBytes, int maxEnumBytes) {
  /**
   * Test-only processor option that lowers {@link #maxPartBytes}, so that a spec of a few codes is
   * generated in the class shape and its golden files show that shape. Not for users: a lower
   * budget only splits a set that would fit an enum.
   */
  public static final String MAX_PART_BYTES_OPTION = "codebook.internal.maxPartBytes";

  /**
   * Test-only processor option that lowers the static initializer a parted enum may take, so that
   * golden files show the class shape with a few codes. Not for users.
   */
  public static final String MAX_ENUM_BYTES_OPTION = "codebook.internal.maxEnumBytes";

  /** The options with the real enum budget. */
  public GenerationOptions(String packageName, boolean generatedAnnotation, int maxPartBytes) {
    this(packageName, generatedAnnotation, maxPartBytes, Layout.ENUM_BUDGET);
  }

  /** The options of a normal compilation, with the real budget. */
  public GenerationOptions(String packageName, boolean generatedAnnotation) {
    this(packageName, generatedAnnotation, BytecodeEstimate.BUDGET);
  }

  /** The budget from the processor options: the test-only option's value, else the real one. */
  public static int maxPartBytes(Map<String, String> processorOptions) {
    return positive(processorOptions, MAX_PART_BYTES_OPTION, BytecodeEstimate.BUDGET);
  }

  /**
   * The parted enum's budget from the processor options: the test-only option's value, else the
   * real one.
   */
  public static int maxEnumBytes(Map<String, String> processorOptions) {
    return positive(processorOptions, MAX_ENUM_BYTES_OPTION, Layout.ENUM_BUDGET);
  }

  private static int positive(Map<String, String> processorOptions, String option, int otherwise) {
    String value = processorOptions.get(option);
    if (value == null) {
      return otherwise;
    }
    int bytes = Integer.parseInt(value.trim());
    if (bytes < 1) {
      throw new IllegalArgumentException("-A" + option + " must be positive, not " + value);
    }
    return bytes;
  }
}
