package io.codebook.processor.property;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.codebook.processor.testing.GeneratedClasses;
import io.codebook.processor.testing.HostileText;
import io.codebook.processor.testing.OutputChecks;
import io.codebook.processor.testing.TestCompiler;
import io.codebook.processor.testing.YamlScalars;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile text in a translation overlay (comment terminators, unicode escapes, HTML, control
 * characters, lone surrogates, bidi overrides) comes back from {@code message(Locale)}, {@code
 * description(Locale)} and {@code solutions(Locale)} exactly, through the generated resource and
 * its reader, and leaves the per-language documents inert, as spec text does.
 */
class OverlayTextRoundTripProperties {
  @Provide
  Arbitrary<String> hostile() {
    return HostileText.text();
  }

  @Property(tries = 25)
  void overlayTextRoundTripsAndDocumentsStayInert(@ForAll("hostile") String text) throws Exception {
    String spec =
        "codebook: 1\nname: Shop\ntranslations: [he]\ncodes:\n"
            + "  - code: 200\n    name: OKAY\n    message: Okay.\n";
    String overlay =
        "codebook: 1\nlanguage: he\ncodes:\n  - code: 200\n    message: "
            + YamlScalars.doubleQuoted(text, false)
            + "\n    description: "
            + YamlScalars.doubleQuoted(text + "\n" + text, false)
            + "\n    solutions: ["
            + YamlScalars.doubleQuoted(text, false)
            + ", "
            + YamlScalars.doubleQuoted("\t" + text, false)
            + "]\n";
    Compilation compilation =
        TestCompiler.compile(
            Map.of("spec.yaml", spec, "spec.he.yaml", overlay),
            TestCompiler.packageInfo("spec.yaml"),
            "-Xlint:all",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> shop = GeneratedClasses.of(compilation).load("test.Shop");
    Object okay = shop.getMethod("of", int.class).invoke(null, 200);
    Locale hebrew = Locale.forLanguageTag("he");
    assertEquals(text, shop.getMethod("message", Locale.class).invoke(okay, hebrew));
    assertEquals(
        text + "\n" + text, shop.getMethod("description", Locale.class).invoke(okay, hebrew));
    assertEquals(
        List.of(text, "\t" + text), shop.getMethod("solutions", Locale.class).invoke(okay, hebrew));
    Map<String, byte[]> output = GeneratedClasses.classOutput(compilation);
    OutputChecks.assertHtmlIsInert("Shop.he.html", output.get("META-INF/codebook/Shop.he.html"));
    OutputChecks.assertMarkdownIsInert("Shop.he.md", output.get("META-INF/codebook/Shop.he.md"));
  }
}
