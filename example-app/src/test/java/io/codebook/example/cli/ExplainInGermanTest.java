package io.codebook.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.WinsockError;
import io.codebook.example.cli.FtpDoctorTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code --lang}: the texts printed are the overlay's, read here from the YAML with a parser of its
 * own rather than through the generated code.
 */
class ExplainInGermanTest {
  /** The code entries of an overlay in codes-spec, by code. */
  private static Map<String, Object> overlayEntry(String file, int code) throws IOException {
    try (InputStream in = FtpReply.class.getResourceAsStream("/io/codebook/codes/" + file)) {
      assertNotNull(in, file);
      Map<?, ?> overlay =
          (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      for (Object entry : (List<?>) overlay.get("codes")) {
        Map<?, ?> fields = (Map<?, ?>) entry;
        if (fields.get("code").equals(code)) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) fields;
          return typed;
        }
      }
    }
    throw new AssertionError(file + " has no entry for " + code);
  }

  @Test
  void explain530InGermanPrintsTheOverlaysMessage() throws IOException {
    String german = (String) overlayEntry("ftp-reply.de.yaml", 530).get("message");
    Result result = FtpDoctorTest.run("explain", "530", "--lang", "de");
    assertEquals(ExitCode.OK, result.status(), result.err());
    result.assertOutContains(german);
    assertTrue(!result.flatOut().contains(FtpDoctorTest.flat(FtpReply.NOT_LOGGED_IN.message())));
  }

  @Test
  void explainLogInGermanExplainsTheRepliesInGerman() throws IOException {
    String german = (String) overlayEntry("ftp-reply.de.yaml", 530).get("message");
    Result result =
        FtpDoctorTest.run(
            "explain-log",
            "--lang",
            "de",
            "src/test/resources/client-logs/curl-silent/pyftpdlib-bad-password.log");
    result.assertOutContains("530 NOT_LOGGED_IN (FTP reply): " + german);
    result.assertNoStackTrace();
  }

  @Test
  void aRegionFallsBackToItsLanguage() throws IOException {
    String german = (String) overlayEntry("winsock.de.yaml", 10061).get("message");
    FtpDoctorTest.run("explain", "10061", "--lang", "de-CH").assertOutContains(german);
    FtpDoctorTest.run("explain", "10061", "--lang", "de_AT").assertOutContains(german);
  }

  @Test
  void englishAndUntranslatedLanguagesPrintTheSpecsText() {
    for (String lang : List.of("en", "fr")) {
      FtpDoctorTest.run("explain", "530", "--lang", lang)
          .assertOutContains(FtpReply.NOT_LOGGED_IN.message());
    }
    FtpDoctorTest.run("explain", "10061", "--lang", "en")
        .assertOutContains(WinsockError.of(10061).message());
  }

  @Test
  void aMalformedLanguageIsAUsageError() {
    Result result = FtpDoctorTest.run("explain", "530", "--lang", "12!");
    assertEquals(ExitCode.USAGE, result.status());
    assertTrue(result.err().contains("'12!' is not a language tag"), result.err());
    result.assertNoStackTrace();
  }
}
