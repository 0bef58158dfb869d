package io.codebook.processor.document;

import io.codebook.processor.model.Reference;
import java.util.List;

/**
 * The building blocks of a reference document. {@link ReferenceDoc} decides the content once, and
 * each format renders it, so the Markdown and the HTML always say the same things. Every method
 * takes raw spec text and escapes it for its own format.
 */
interface DocWriter {
  void title(String text);

  void heading(int level, String anchor, String text);

  void paragraph(String text);

  /** A paragraph with a bold label, such as "Outcome: transient". */
  void labelled(String label, String text);

  void list(String label, List<String> items, boolean numbered);

  /** A list of references; one with an address becomes a link. */
  void references(String label, List<Reference> references);

  /**
   * A table of contents entry: a link to {@code #anchor}, with the linked text and a note after it.
   */
  void contentsEntry(int depth, String anchor, String text, String note);

  /** A link back to an anchor earlier in the document, such as the contents, ending a section. */
  void backTo(String anchor, String text);

  String finish();
}
