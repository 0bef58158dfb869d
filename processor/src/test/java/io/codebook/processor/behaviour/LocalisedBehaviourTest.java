package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import golden.localised.Localised;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The localised API of {@code specs/localised.yaml} and its overlays, in the enum shape and the
 * class shape. The expected texts are those of the spec and overlay files: German with a Swiss
 * overlay that only changes one message, Hebrew, and Brazilian Portuguese without a Portuguese
 * translation.
 */
class LocalisedBehaviourTest {
  private static final Locale DE = Locale.GERMAN;
  private static final Locale DE_CH = Locale.forLanguageTag("de-CH");
  private static final Locale DE_AT = Locale.forLanguageTag("de-AT");
  private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
  private static final Locale PT_PT = Locale.forLanguageTag("pt-PT");
  private static final Locale HE = Locale.forLanguageTag("he");

  /** The two shapes behind one view, so that each test runs on both. */
  interface Texts {
    String message(int code, Locale locale);

    String description(int code, Locale locale);

    List<String> solutions(int code, Locale locale);

    String baseMessage(int code);

    List<Locale> languages();
  }

  static Stream<Texts> shapes() {
    Texts asEnum =
        new Texts() {
          @Override
          public String message(int code, Locale locale) {
            return Localised.of(code).message(locale);
          }

          @Override
          public String description(int code, Locale locale) {
            return Localised.of(code).description(locale);
          }

          @Override
          public List<String> solutions(int code, Locale locale) {
            return Localised.of(code).solutions(locale);
          }

          @Override
          public String baseMessage(int code) {
            return Localised.of(code).message();
          }

          @Override
          public List<Locale> languages() {
            return Localised.languages();
          }

          @Override
          public String toString() {
            return "enum";
          }
        };
    Texts asClass =
        new Texts() {
          @Override
          public String message(int code, Locale locale) {
            return golden.localisedparts.Localised.of(code).message(locale);
          }

          @Override
          public String description(int code, Locale locale) {
            return golden.localisedparts.Localised.of(code).description(locale);
          }

          @Override
          public List<String> solutions(int code, Locale locale) {
            return golden.localisedparts.Localised.of(code).solutions(locale);
          }

          @Override
          public String baseMessage(int code) {
            return golden.localisedparts.Localised.of(code).message();
          }

          @Override
          public List<Locale> languages() {
            return golden.localisedparts.Localised.languages();
          }

          @Override
          public String toString() {
            return "class";
          }
        };
    return Stream.of(asEnum, asClass);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void messageFollowsTheLocaleThenItsLanguageThenTheSpec(Texts texts) {
    assertEquals("Erledigt.", texts.message(200, DE));
    assertEquals("Die Straße ist unbekannt.", texts.message(411, DE));
    // de-CH has its own text for 411 only; the rest comes from de.
    assertEquals("Die Strasse ist unbekannt.", texts.message(411, DE_CH));
    assertEquals("Erledigt.", texts.message(200, DE_CH));
    // A region without a translation of its own reads its language's.
    assertEquals("Die Straße ist unbekannt.", texts.message(411, DE_AT));
    assertEquals("הרחוב אינו ידוע.", texts.message(411, HE));
    assertEquals("A rua é desconhecida.", texts.message(411, PT_BR));
    // There is no pt, so pt-PT and pt fall back to the spec, as ResourceBundle would.
    assertEquals("The street is unknown.", texts.message(411, PT_PT));
    assertEquals("The street is unknown.", texts.message(411, Locale.forLanguageTag("pt")));
    assertEquals("The street is unknown.", texts.message(411, Locale.ROOT));
    assertEquals("The street is unknown.", texts.message(411, Locale.ENGLISH));
    assertEquals("The street is unknown.", texts.baseMessage(411));
    assertThrows(NullPointerException.class, () -> texts.message(411, null));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void overlayTextComesBackExactly(Texts texts) {
    assertEquals(
        "Die Anfrage ist fehlerhaft: <b>&amp;</b> *nicht* [lesbar].", texts.message(400, DE));
    assertEquals(
        "Der Laden konnte die Anfrage nicht lesen.\nZeile zwei\tmit Tab und \\ Backslash.",
        texts.description(400, DE));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void eachFieldFallsBackOnItsOwn(Texts texts) {
    // 410 has a German message but no German description or solutions.
    assertEquals("Der Artikel ist nicht auf Lager.", texts.message(410, DE));
    assertEquals("Nobody has it right now.", texts.description(410, DE));
    assertEquals(List.of("Order it again later."), texts.solutions(410, DE));
    assertEquals("", texts.description(200, DE));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void translatedSolutionsReplaceTheListAsAWhole(Texts texts) {
    assertEquals(List.of("Die Syntax der Anfrage prüfen."), texts.solutions(400, DE));
    assertEquals(List.of(), texts.solutions(400, PT_BR));
    assertEquals(
        List.of("Check the request's syntax.", "Update the client."),
        texts.solutions(400, Locale.ROOT));
    List<String> german = texts.solutions(400, DE);
    assertThrows(UnsupportedOperationException.class, () -> german.add("x"));
    // The list is made once, when the language is read, not per call.
    assertSame(german, texts.solutions(400, DE));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void languagesAreSortedByTag(Texts texts) {
    assertEquals(List.of(DE, DE_CH, HE, PT_BR), texts.languages());
    assertThrows(UnsupportedOperationException.class, () -> texts.languages().add(DE));
  }
}
