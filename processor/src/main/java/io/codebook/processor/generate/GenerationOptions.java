package io.codebook.processor.generate;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Settings that come from the compilation rather than the spec.
 *
 * @param packageName the annotated package, where the types are generated
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available to
 *     the code being compiled (it lives in the {@code java.compiler} module)
 * @param maxPartBytes the bytecode one enum, or one part of a class-shaped set, may take to create
 *     its constants; {@link BytecodeEstimate#BUDGET} unless a test lowers it
 * @param maxEnumBytes the static initializer a parted enum may take; {@link Layout#ENUM_BUDGET}
 *     unless a test lowers it
 * @param lookupTableBytes the bytes a direct lookup table may take, {@value
 *     #LOOKUP_TABLE_BYTES_OPTION}; 32 MiB unless the user sets it
 */
public record GenerationOptions(
    String packageName,
    boolean generatedAnnotation,
    int maxPartBytes,
    int maxEnumBytes,
    long lookupTableBytes) {
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

  /**
   * The processor option that caps the memory of a direct lookup table, in bytes, counting 4 bytes
   * a reference: a set whose direct table would take more gets a hash table. See {@link
   * LookupPlan}.
   */
  public static final String LOOKUP_TABLE_BYTES_OPTION = LookupPlan.TABLE_BYTES_OPTION;

  /** The values {@link #LOOKUP_TABLE_BYTES_OPTION} accepts, as the error for another one says. */
  public static final String LOOKUP_TABLE_BYTES_ALLOWED =
      "the whole numbers of bytes from 1 to " + LookupPlan.MAX_TABLE_BYTES;

  /** The options with the real budgets and the default lookup table cap. */
  public GenerationOptions(
      String packageName, boolean generatedAnnotation, int maxPartBytes, int maxEnumBytes) {
    this(
        packageName,
        generatedAnnotation,
        maxPartBytes,
        maxEnumBytes,
        LookupPlan.DEFAULT_TABLE_BYTES);
  }

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

  /**
   * The direct lookup table's cap from the processor options: the option's value, else 32 MiB;
   * empty when the value is not a whole number from 1 to 1 GiB, which the caller reports.
   */
  public static OptionalLong lookupTableBytes(Map<String, String> processorOptions) {
    String value = processorOptions.get(LOOKUP_TABLE_BYTES_OPTION);
    if (value == null) {
      return OptionalLong.of(LookupPlan.DEFAULT_TABLE_BYTES);
    }
    String digits = value.strip();
    // At most 10 digits, so that parsing cannot overflow; 1 GiB has 10.
    if (digits.isEmpty()
        || digits.length() > 10
        || !digits.chars().allMatch(GenerationOptions::digit)) {
      return OptionalLong.empty();
    }
    long bytes = Long.parseLong(digits);
    return bytes >= 1 && bytes <= LookupPlan.MAX_TABLE_BYTES
        ? OptionalLong.of(bytes)
        : OptionalLong.empty();
  }

  private static boolean digit(int c) {
    return c >= '0' && c <= '9';
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
