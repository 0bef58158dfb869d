package io.codebook.processor.generate;

import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Series;
import io.codebook.processor.text.Javadoc;
import io.codebook.processor.text.Labels;

/** The Javadoc of a code or alias, shared by the enum constant and the int constant. */
final class CodeDocs {
  private CodeDocs() {}

  /** The one-line summary: the code and its message. */
  static String summary(Code code, String message) {
    return "{@code " + Javadoc.escape(code.key()) + "} " + Javadoc.escape(message);
  }

  /** The full documentation of a code, everything the spec says about it. */
  static Javadoc of(Code code, CodeSet codeSet) {
    Javadoc doc =
        new Javadoc().paragraph(summary(code, code.message())).textParagraph(code.description());
    doc.list(Labels.VARIANTS + ":", code.variants(), false);
    doc.list("Possible solutions:", code.solutions(), true);
    String outcome = "Outcome: " + code.outcome().specWord() + ".";
    if (code.series().isPresent()) {
      Series series = code.series().get();
      outcome =
          "Series: "
              + Javadoc.escape(series.label())
              + " "
              + Javadoc.escape(series.title())
              + ". "
              + outcome;
    }
    if (code.group().isPresent()) {
      outcome =
          outcome
              + " Group: <code>"
              + Javadoc.escape(code.group().get().pattern())
              + "</code> "
              + Javadoc.escape(code.group().get().title())
              + ".";
    }
    doc.paragraph(outcome);
    if (!code.standard()) {
      doc.paragraph("No standard defines this code; it is in common use.");
    }
    for (Alias alias : code.aliases()) {
      doc.paragraph(
          "Also means, as {@link "
              + codeSet.name()
              + "#"
              + alias.name()
              + "}: "
              + Javadoc.escape(alias.message()));
    }
    doc.references(code.references());
    return doc;
  }

  /** The documentation of an alias. */
  static Javadoc of(Alias alias, Code code) {
    Javadoc doc =
        new Javadoc().paragraph(summary(code, alias.message())).textParagraph(alias.description());
    doc.paragraph(
        "Another meaning of code "
            + Javadoc.escape(code.key())
            + "; looking the "
            + (code.key().equals(String.valueOf(code.code())) ? "number" : "code")
            + " up yields {@link #"
            + code.name()
            + "}.");
    if (!alias.standard()) {
      doc.paragraph("No standard defines this meaning; it is in common use.");
    }
    doc.references(alias.references());
    return doc;
  }
}
