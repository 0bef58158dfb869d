package io.codebook.example.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.FtpReply;
import io.codebook.example.GeneratedSet;
import io.codebook.example.WinsockError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How numbers are routed to explanations, and what the explanations hold. */
class CodeExplainerTest {
  @Test
  void everyListedFtpReplyIsExplainedFromItsConstant() {
    for (FtpReply reply : FtpReply.values()) {
      ListedCode listed = assertInstanceOf(ListedCode.class, CodeExplainer.explain(reply.code()));
      assertEquals(CodeSet.FTP, listed.codeSet());
      assertEquals(reply.name(), listed.name());
      assertEquals(reply.message(), listed.message());
      assertEquals(reply.variants(), listed.variants());
      assertEquals(reply.solutions(), listed.solutions());
      assertEquals(reply.series().title(), listed.series().title());
      assertTrue(listed.found());
    }
  }

  @Test
  void everyListedWinsockErrorIsExplainedFromItsConstant() {
    for (WinsockError error : WinsockError.values()) {
      ListedCode listed = assertInstanceOf(ListedCode.class, CodeExplainer.explain(error.code()));
      assertEquals(CodeSet.WINSOCK, listed.codeSet());
      assertEquals(error.name(), listed.name());
      assertEquals(error.description(), listed.description());
      assertEquals(error.series().first(), listed.series().first());
    }
  }

  @Test
  void everyUnlistedNumberOfAnFtpSeriesIsExplainedFromTheSeries() {
    int unlisted = 0;
    for (int code = 100; code <= 699; code++) {
      if (FtpReply.isKnown(code)) {
        continue;
      }
      UnlistedFtpReply reply =
          assertInstanceOf(UnlistedFtpReply.class, CodeExplainer.explain(code), "code " + code);
      assertSame(FtpReply.Series.of(code), reply.series());
      assertEquals(code / 100 + "yz", reply.replyClass());
      assertTrue(reply.found());
      unlisted++;
    }
    assertEquals(600 - FtpReply.values().length, unlisted);
  }

  @ParameterizedTest
  @ValueSource(ints = {12345, 99, 700, 0, -1, 5, 9999, 11034, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void numbersInNeitherSetAreUnknown(int code) {
    UnknownCode unknown = assertInstanceOf(UnknownCode.class, CodeExplainer.explain(code));
    assertEquals(code, unknown.code());
    assertFalse(unknown.found());
    assertEquals(Optional.empty(), unknown.winsockRange());
  }

  @Test
  void unlistedNumbersOfTheSpecificWinsockRangesNameTheirRange() {
    int checked = 0;
    for (WinsockError.Series series : WinsockError.Series.values()) {
      if (series == WinsockError.Series.SYSTEM) {
        continue;
      }
      for (int code = series.first(); code <= series.last(); code++) {
        if (WinsockError.isKnown(code)) {
          continue;
        }
        UnknownCode unknown = assertInstanceOf(UnknownCode.class, CodeExplainer.explain(code));
        assertEquals(Optional.of(SeriesSummary.of(series)), unknown.winsockRange(), "code " + code);
        checked++;
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  void theCommonProblemCodesHaveAHintWhatToCheckFirst() {
    for (int code : new int[] {421, 425, 426, 452, 530, 550, 552, 553}) {
      assertTrue(ReplyAdvisor.checkFirst(FtpReply.of(code)).isPresent(), "hint for " + code);
    }
    for (int code : new int[] {10054, 10060, 10061, 11001}) {
      assertTrue(ReplyAdvisor.checkFirst(WinsockError.of(code)).isPresent(), "hint for " + code);
    }
    assertEquals(Optional.empty(), ReplyAdvisor.checkFirst(FtpReply.COMMAND_OKAY));
    assertEquals(Optional.empty(), ReplyAdvisor.checkFirst(WinsockError.WSAEINTR));
    assertEquals(
        ReplyAdvisor.checkFirst(FtpReply.SERVICE_NOT_AVAILABLE),
        ((ListedCode) CodeExplainer.explain(421)).checkFirst());
  }

  @Test
  void aliasesAtRunTimeMatchTheAliasFields() {
    assertEquals(
        List.of("TLS_NEGOTIATION_FAILED"),
        FtpReply.EXTENDED_PORT_FAILURE.aliases().stream().map(FtpReply.Alias::name).toList());
    assertEquals(List.of(), FtpReply.SERVICE_NOT_AVAILABLE.aliases());
    GeneratedSet.FTP
        .aliasFields()
        .forEach(
            (name, primary) ->
                assertTrue(
                    primary.aliases().stream()
                        .anyMatch(
                            alias ->
                                alias.name().equals(name)
                                    && alias.primary() == primary
                                    && alias.code() == primary.code()),
                    name));
    GeneratedSet.WINSOCK
        .aliasFields()
        .forEach(
            (name, primary) ->
                assertTrue(
                    primary.aliases().stream()
                        .anyMatch(alias -> alias.name().equals(name) && alias.primary() == primary),
                    name));
    int aliasCount = 0;
    for (FtpReply reply : FtpReply.values()) {
      aliasCount += reply.aliases().size();
    }
    assertEquals(
        GeneratedSet.FTP.aliasFields().size(), aliasCount, "every alias field is listed once");
  }

  @Test
  void bothMeaningsOf10068AreKeptWithTheirSources() {
    WinsockError users = WinsockError.of(10068);
    assertTrue(users.message().startsWith("User quota exceeded"), users.message());
    WinsockError.Alias seed = users.aliases().get(0);
    assertEquals(WinsockError.TOO_MANY_USERS, seed.primary());
    assertTrue(seed.message().startsWith("Too many users, server is full"), seed.message());
    assertFalse(seed.isStandard());
    assertFalse(seed.references().isEmpty());
  }

  @Test
  void everyOutcomeHasItsOwnText() {
    assertEquals(
        FtpReply.Outcome.values().length,
        java.util.Arrays.stream(FtpReply.Outcome.values()).map(OutcomeText::of).distinct().count());
    for (FtpReply.Outcome outcome : FtpReply.Outcome.values()) {
      assertTrue(
          OutcomeText.of(outcome).startsWith(outcome.name().toLowerCase(java.util.Locale.ROOT)),
          outcome::name);
      // Winsock errors all have an outcome of their own; FTP's protected replies do not.
      if (outcome != FtpReply.Outcome.NONE) {
        assertEquals(
            OutcomeText.of(outcome), OutcomeText.of(WinsockError.Outcome.valueOf(outcome.name())));
      }
    }
  }
}
