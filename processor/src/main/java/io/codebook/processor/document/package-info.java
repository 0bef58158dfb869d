/**
 * The reference documents shipped in the consumer's jar: {@link
 * io.codebook.processor.document.ReferenceDoc} decides the content once, and each format (Markdown,
 * standalone HTML) renders it, so the two always say the same things.
 */
package io.codebook.processor.document;
