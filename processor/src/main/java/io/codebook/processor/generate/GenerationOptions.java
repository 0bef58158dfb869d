package io.codebook.processor.generate;

/**
 * Settings that come from the compilation rather than the spec.
 *
 * @param packageName the annotated package, where the types are generated
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available to
 *     the code being compiled (it lives in the {@code java.compiler} module)
 */
public record GenerationOptions(String packageName, boolean generatedAnnotation) {}
