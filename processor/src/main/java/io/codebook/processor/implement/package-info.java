/**
 * {@code @Codebook(implement = ...)}: checks the user's interfaces before generation (an interface
 * without type parameters) and after it (every abstract method has a generated counterpart), so
 * that a mismatch is an error on the annotation rather than in generated code. It reads the
 * interfaces through the compiler's model, so an interface compiled in the same run works as well
 * as one on the class path.
 */
package io.codebook.processor.implement;
