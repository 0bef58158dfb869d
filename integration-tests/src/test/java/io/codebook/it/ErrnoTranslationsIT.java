package io.codebook.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The errno set with glibc's own translations: for every language and code, the generated {@code
 * message(Locale)} gives exactly what glibc's {@code strerror} gave under that locale, as recorded
 * in {@code errno-translations.tsv}. The expectations are read from that table, not from the
 * overlays the processor compiled, so a code the overlays lost or changed fails here. Where glibc
 * has no translation (three codes in Japanese) it printed the English text, and so must the
 * generated code, by falling back to the spec.
 *
 * <p>glibc 2.36 ships no right-to-left catalogue (no ar, he, fa, ur or yi {@code libc.mo}), so no
 * right-to-left language is among them; the processor's own tests cover {@code dir="rtl"}.
 */
class ErrnoTranslationsIT {
  private static final Registry ERRNO = new Registry("errno", "Errno", "");

  /**
   * One row of errno-translations.tsv.
   *
   * @param code the errno number
   * @param language glibc's language, such as {@code zh_CN}
   * @param message strerror's text in that language, unescaped
   * @param english whether glibc gave the untranslated text
   */
  record Row(int code, String language, String message, boolean english) {
    Locale locale() {
      return Locale.forLanguageTag(language.replace('_', '-'));
    }
  }

  private static RegistryTypes types;
  private static Map<String, List<Row>> byLanguage;

  @BeforeAll
  static void compileAndRead() {
    types = RegistryTypes.compile(ERRNO);
    byLanguage = new LinkedHashMap<>();
    try {
      for (String line :
          Files.readAllLines(RegistriesIT.registries().resolve("errno-translations.tsv"), UTF_8)) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        Row row =
            new Row(
                Integer.parseInt(columns[0]),
                columns[2],
                RegistryRow.unescape(columns[3]),
                columns[4].equals("english"));
        byLanguage.computeIfAbsent(row.language(), l -> new ArrayList<>()).add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object constant(int code) throws ReflectiveOperationException {
    return ((Optional<?>) types.codeMethod("lookup", int.class).invoke(null, code)).orElseThrow();
  }

  private static String message(Object constant, Locale locale)
      throws ReflectiveOperationException {
    return (String) types.codeMethod("message", Locale.class).invoke(constant, locale);
  }

  @Test
  void everyCodeInEveryLanguageIsGlibcsTextByteForByte() throws Exception {
    assertEquals(
        List.of("de", "fr", "es", "ja", "ru", "zh_CN", "pt_BR", "uk"),
        List.copyOf(byLanguage.keySet()),
        "the languages of the table");
    int checked = 0;
    int english = 0;
    for (List<Row> rows : byLanguage.values()) {
      for (Row row : rows) {
        Object constant = constant(row.code());
        String where = row.language() + " errno " + row.code();
        assertEquals(row.message(), message(constant, row.locale()), where);
        if (row.english()) {
          // glibc fell back to its untranslated text, which is the spec's own.
          assertEquals(types.property(constant, "message"), row.message(), where);
          english++;
        }
        checked++;
      }
    }
    assertEquals(130 * 8, checked, "codes checked");
    assertEquals(3, english, "texts glibc leaves in English (Japanese)");
  }

  @Test
  void aRegionWithoutItsOwnTranslationReadsItsLanguagesAndOtherwiseTheSpec() throws Exception {
    for (Row row : byLanguage.get("de")) {
      assertEquals(
          row.message(),
          message(constant(row.code()), Locale.forLanguageTag("de-AT")),
          "de-AT " + row.code());
    }
    for (Row row : byLanguage.get("pt_BR")) {
      Object constant = constant(row.code());
      Object base = types.property(constant, "message");
      // There is no pt, so pt-PT and pt read the spec, as ResourceBundle would; pt-BR is exact.
      assertEquals(base, message(constant, Locale.forLanguageTag("pt-PT")), "pt-PT " + row.code());
      assertEquals(base, message(constant, Locale.forLanguageTag("pt")), "pt " + row.code());
      assertEquals(base, message(constant, Locale.forLanguageTag("zh-TW")), "zh-TW " + row.code());
      assertEquals(base, message(constant, Locale.ROOT), "root " + row.code());
    }
  }

  @Test
  void languagesAreTheTablesSortedByTag() throws Exception {
    List<Locale> expected = new ArrayList<>();
    for (String tag : List.of("de", "es", "fr", "ja", "pt-BR", "ru", "uk", "zh-CN")) {
      expected.add(Locale.forLanguageTag(tag));
    }
    assertEquals(expected, types.codeMethod("languages").invoke(null));
  }
}
