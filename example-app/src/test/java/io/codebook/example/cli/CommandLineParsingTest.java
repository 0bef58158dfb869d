package io.codebook.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.UsageException;
import io.codebook.example.explain.Reference;
import io.codebook.example.format.MarkdownExplanationFormat;
import io.codebook.example.format.TextWrapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small parsers and text helpers behind the commands. */
class CommandLineParsingTest {
  @ParameterizedTest
  @CsvSource({
    "421, 421",
    "0421, 421",
    "-1, -1",
    "0, 0",
    "2147483647, 2147483647",
    "-2147483648, -2147483648"
  })
  void codeArgumentsAreDecimalInts(String argument, int expected) throws UsageException {
    assertEquals(expected, CodeArgument.parse(argument));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "abc",
        "4x1",
        "+1",
        " 421",
        "421 ",
        "2147483648",
        "-2147483649",
        "\uff14\uff12\uff11"
      })
  void anythingElseIsRejected(String argument) {
    UsageException e = assertThrows(UsageException.class, () -> CodeArgument.parse(argument));
    assertTrue(
        e.getMessage().contains(argument.isEmpty() ? "empty" : "'" + argument + "'"),
        e.getMessage());
  }

  @Test
  void wrappedLinesFitTheWidthAndKeepEveryWord() {
    String text = FtpReply.FILE_STATUS_OKAY.description();
    String wrapped = TextWrapper.wrap(text, "  ", "    ");
    assertTrue(wrapped.lines().count() > 1);
    wrapped.lines().forEach(line -> assertTrue(line.length() <= TextWrapper.WIDTH, line));
    assertEquals(text.replaceAll("\\s+", " "), wrapped.replaceAll("\\s+", " ").trim());
    String longWord = "x".repeat(TextWrapper.WIDTH + 5);
    assertEquals("  " + longWord + "\n", TextWrapper.wrap(longWord, "  ", "  "));
  }

  @Test
  void referencesAreSplitIntoTitleAndAddress() {
    assertEquals(
        new Reference("RFC 959 \u00a74.2.2", Optional.of("https://www.rfc-editor.org/rfc/rfc959")),
        Reference.parse("RFC 959 \u00a74.2.2 <https://www.rfc-editor.org/rfc/rfc959>"));
    assertEquals(
        new Reference("Not in any RFC; listed in a <table>", Optional.empty()),
        Reference.parse("Not in any RFC; listed in a <table>"));
    for (FtpReply reply : FtpReply.values()) {
      for (String entry : reply.references()) {
        Reference reference = Reference.parse(entry);
        assertEquals(
            entry,
            reference
                .url()
                .map(url -> reference.title() + " <" + url + ">")
                .orElse(reference.title()));
      }
    }
  }

  @Test
  void markdownEscapingKeepsPlainTextAndEscapesMarkup() {
    assertEquals(
        "Service not available.", MarkdownExplanationFormat.escape("Service not available."));
    assertEquals("\\*a\\_b\\* \\<c\\>", MarkdownExplanationFormat.escape("*a_b* <c>"));
  }
}
