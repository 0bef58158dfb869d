package io.codebook.processor;

/**
 * The names of the annotations the processor reads, as strings. The processor never loads the
 * annotation classes themselves, so that its own jar is all a compiler needs on the processor path:
 * the annotations jar belongs on the class path (or module path) of the code being compiled.
 */
final class AnnotationNames {
  static final String CODEBOOK = "io.codebook.annotations.Codebook";
  static final String CODEBOOK_LIST = CODEBOOK + ".List";
  static final String GENERATED = "javax.annotation.processing.Generated";

  /** {@code @Codebook}'s attribute naming the spec. */
  static final String SPEC = "spec";

  /** {@code @Codebook}'s attribute naming interfaces for the generated types to implement. */
  static final String IMPLEMENT = "implement";

  private AnnotationNames() {}
}
