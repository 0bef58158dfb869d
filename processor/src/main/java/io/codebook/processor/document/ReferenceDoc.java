package io.codebook.processor.document;

import io.codebook.processor.model.Alias;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.CodeSet;
import io.codebook.processor.model.Context;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Series;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of a code set's reference document: title, contents by series, then one anchored
 * section per code with everything the spec says about it.
 */
public final class ReferenceDoc {
  /** The anchor of the contents, which every code section links back to. */
  static final String CONTENTS = "contents";

  /** The anchor of the contexts, after the codes. */
  static final String CONTEXTS = "contexts";

  /** The anchor of the codes that fall in no series, after the series. */
  static final String OUTSIDE_SERIES = "no-series";

  private ReferenceDoc() {}

  /** The document in Markdown. */
  public static String markdown(CodeSet codeSet) {
    return render(codeSet, new MarkdownWriter(), Labels.ENGLISH);
  }

  /** The document as a standalone HTML page. */
  public static String html(CodeSet codeSet) {
    return render(codeSet, new HtmlWriter(), Labels.ENGLISH);
  }

  /**
   * The document in Markdown of a set whose texts are in the language of {@code tag} (see {@code
   * LocalisedTexts.apply}).
   */
  public static String markdown(CodeSet localised, String tag) {
    return render(localised, new MarkdownWriter(), Labels.forTag(tag));
  }

  /**
   * The HTML page of a set whose texts are in the language of {@code tag}: the page says its
   * language, and a right-to-left language's page reads from the right.
   */
  public static String html(CodeSet localised, String tag) {
    return render(
        localised, new HtmlWriter(tag, TextDirection.isRightToLeft(tag)), Labels.forTag(tag));
  }

  /** Decides the content once; {@code doc} renders it in its format. */
  static String render(CodeSet codeSet, DocWriter doc) {
    return render(codeSet, doc, Labels.ENGLISH);
  }

  private static String render(CodeSet codeSet, DocWriter doc, Labels labels) {
    doc.title(codeSet.title());
    if (!codeSet.description().isEmpty()) {
      doc.paragraph(codeSet.description());
    }
    doc.references(labels.references(), codeSet.references());
    doc.paragraph(
        labels.format(labels.codesGenerated(), codeSet.codes().size(), codeSet.specPath()));
    if (codeSet.hasGroups()) {
      List<String> groups =
          codeSet.groups().stream()
              .map(
                  g ->
                      g.pattern()
                          + " "
                          + g.title()
                          + (g.description().isEmpty() ? "" : ": " + g.description()))
              .toList();
      doc.list(labels.groups(), groups, false);
    }
    doc.heading(2, CONTENTS, labels.contents());
    if (codeSet.hasSeries()) {
      for (Series series : codeSet.series()) {
        doc.contentsEntry(0, seriesAnchor(series), range(series) + " " + series.title(), "");
        for (Code code : codesOf(codeSet, series)) {
          doc.contentsEntry(1, anchor(code), code.key(), code.message());
        }
      }
      if (codeSet.hasCodesOutsideSeries()) {
        doc.contentsEntry(0, OUTSIDE_SERIES, labels.noSeries(), "");
        for (Code code : codesOutsideSeries(codeSet)) {
          doc.contentsEntry(1, anchor(code), code.key(), code.message());
        }
      }
    } else {
      for (Code code : codeSet.codes()) {
        doc.contentsEntry(0, anchor(code), code.key(), code.message());
      }
    }
    if (codeSet.hasContexts()) {
      doc.contentsEntry(0, CONTEXTS, labels.contexts(), labels.contextsNote());
    }
    if (codeSet.hasSeries()) {
      for (Series series : codeSet.series()) {
        doc.heading(2, seriesAnchor(series), range(series) + " " + series.title());
        if (!series.description().isEmpty()) {
          doc.paragraph(series.description());
        }
        doc.labelled(labels.outcome(), outcome(series.outcome(), labels));
        List<Code> codes = codesOf(codeSet, series);
        for (Code code : codes) {
          code(code, doc, labels);
        }
        if (codes.isEmpty()) {
          // A series with codes already ends with its last code's link back.
          doc.backTo(CONTENTS, labels.backToContents());
        }
      }
      if (codeSet.hasCodesOutsideSeries()) {
        doc.heading(2, OUTSIDE_SERIES, labels.noSeries());
        for (Code code : codesOutsideSeries(codeSet)) {
          code(code, doc, labels);
        }
      }
    } else {
      doc.heading(2, "codes", labels.codes());
      for (Code code : codeSet.codes()) {
        code(code, doc, labels);
      }
    }
    if (codeSet.hasContexts()) {
      contexts(codeSet, doc, labels);
    }
    return doc.finish();
  }

  private static void contexts(CodeSet codeSet, DocWriter doc, Labels labels) {
    doc.heading(2, CONTEXTS, labels.contexts());
    doc.paragraph(labels.contextsIntro());
    for (Context context : codeSet.contexts()) {
      doc.labelled(context.name() + " (" + context.title() + ")", allowedList(context));
      if (!context.description().isEmpty()) {
        doc.paragraph(context.description());
      }
      doc.references(labels.format(labels.referencesFor(), context.name()), context.references());
    }
    doc.backTo(CONTENTS, labels.backToContents());
  }

  private static void code(Code code, DocWriter doc, Labels labels) {
    doc.heading(3, anchor(code), code.key() + " " + code.name());
    doc.paragraph(code.message());
    if (!code.description().isEmpty()) {
      doc.paragraph(code.description());
    }
    doc.list(labels.variants(), code.variants(), false);
    doc.list(labels.solutions(), code.solutions(), true);
    doc.labelled(labels.outcome(), outcome(code.outcome(), labels));
    code.group()
        .ifPresent(group -> doc.labelled(labels.group(), group.pattern() + " " + group.title()));
    if (!code.standard()) {
      doc.labelled(labels.standard(), labels.codeNotStandard());
    }
    doc.references(labels.references(), code.references());
    for (Alias alias : code.aliases()) {
      doc.labelled(labels.format(labels.otherMeaning(), alias.name()), alias.message());
      if (!alias.description().isEmpty()) {
        doc.paragraph(alias.description());
      }
      if (!alias.standard()) {
        doc.labelled(labels.standard(), labels.meaningNotStandard());
      }
      doc.references(labels.format(labels.referencesFor(), alias.name()), alias.references());
    }
    doc.backTo(CONTENTS, labels.backToContents());
  }

  private static String outcome(Outcome outcome, Labels labels) {
    return outcome.specWord() + ". " + labels.meanings().get(outcome);
  }

  /** The codes of a context, such as {@code 257, 421, 500}. */
  private static String allowedList(Context context) {
    return context.allowed().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static List<Code> codesOutsideSeries(CodeSet codeSet) {
    return codeSet.codes().stream().filter(c -> c.series().isEmpty()).toList();
  }

  private static List<Code> codesOf(CodeSet codeSet, Series series) {
    return codeSet.codes().stream().filter(series::contains).toList();
  }

  private static String range(Series series) {
    return series.label();
  }

  /**
   * A code's anchor: its number, or for a string code {@code code-} and the code, so that no code
   * (such as one named {@code contents}) can take a section's anchor.
   */
  static String anchor(Code code) {
    return code.key().equals(String.valueOf(code.code())) ? code.key() : "code-" + code.key();
  }

  static String seriesAnchor(Series series) {
    return series.byPrefix()
        ? "series-" + series.prefix()
        : "series-" + series.first() + "-" + series.last();
  }
}
