package io.codebook.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.Names;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void handlerMethodsAreCamelCase() {
    assertEquals("onServiceNotAvailable", Names.handlerMethod("SERVICE_NOT_AVAILABLE"));
    assertEquals("onWsaeconnreset", Names.handlerMethod("WSAECONNRESET"));
    assertEquals("onA1b", Names.handlerMethod("A_1B"));
  }

  @Test
  void conversionIgnoresATurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      // Under tr-TR, "I".toLowerCase() is a dotless i, which would make this "onFıle".
      assertEquals("onFileInvalid", Names.handlerMethod("FILE_INVALID"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void recognisesUpperSnakeAndUpperCamel() {
    assertTrue(Names.isUpperSnake("A1_B2"));
    assertFalse(Names.isUpperSnake("A__B"));
    assertFalse(Names.isUpperSnake("_A"));
    assertFalse(Names.isUpperSnake("A_"));
    assertTrue(Names.isUpperCamel("FtpReply"));
    assertFalse(Names.isUpperCamel("ftpReply"));
    assertFalse(Names.isUpperCamel("Ftp_Reply"));
  }

  /**
   * {@link Names#isUpperSnake} is a loop; the pattern the spec's JSON Schema gives names is the
   * expectation, over strings of the characters that matter.
   */
  @Property(tries = 3000)
  void upperSnakeIsWhatTheRegularExpressionAccepts(@ForAll("nameLike") String name) {
    assertEquals(
        Pattern.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", name), Names.isUpperSnake(name), name);
  }

  @Provide
  Arbitrary<String> nameLike() {
    return Arbitraries.strings().withChars("AZBaz09_-É ").ofMaxLength(8);
  }
}
