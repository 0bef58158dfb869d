/**
 * Spec text made safe for its destination: Javadoc, Java string literals, and the choice of which
 * characters documents may show as themselves. Shared by the Java generators and the reference
 * documents, so it belongs to neither.
 */
package io.codebook.processor.text;
