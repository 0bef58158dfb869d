package io.codebook.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.Names;
import java.util.Locale;
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
}
