package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code FtpReply.Context}: the replies RFC 959 §5.4 allows to each command, checked
 * against a few rows read from the RFC here, and against the RFC's own list of reply codes.
 */
class GeneratedContextTest {

  @Test
  void pwdAllowsWhatTheRfcLists() {
    FtpReply.Context pwd = FtpReply.Context.lookup("PWD").orElseThrow();
    for (int code : new int[] {257, 500, 501, 502, 421, 550}) {
      assertTrue(pwd.allows(code), () -> "PWD allows " + code);
    }
    assertFalse(pwd.allows(530), "RFC 959 lists no 530 for PWD");
    assertFalse(pwd.allows(226));
    assertTrue(pwd.allows(FtpReply.PATHNAME_CREATED));
  }

  @Test
  void transfersAllowTheirPreliminaryAndCompletionReplies() {
    FtpReply.Context retr = FtpReply.Context.RETR;
    assertEquals(
        List.of(110, 125, 150, 226, 250, 421, 425, 426, 450, 451, 500, 501, 530, 550),
        retr.allowed().stream().map(FtpReply::code).toList());
    assertFalse(FtpReply.Context.LIST.allows(110), "RFC 959 gives LIST no restart marker");
  }

  @Test
  void theGreetingIsAContextToo() {
    assertEquals(
        Set.of(120, 220, 421),
        FtpReply.Context.CONNECTION.allowed().stream()
            .map(FtpReply::code)
            .collect(Collectors.toSet()));
  }

  @Test
  void everyAllowedCodeIsAnRfc959Reply() {
    Set<Integer> rfc959 =
        Arrays.stream(SeedCoverageTest.RFC_959).boxed().collect(Collectors.toSet());
    for (FtpReply.Context context : FtpReply.Context.values()) {
      for (FtpReply reply : context.allowed()) {
        assertTrue(rfc959.contains(reply.code()), () -> context + " allows " + reply.code());
      }
      assertTrue(
          context.references().stream().anyMatch(r -> r.contains("RFC 959 §5.4")), context::name);
    }
  }

  @Test
  void unknownNamesHaveNoContext() {
    assertEquals(Optional.empty(), FtpReply.Context.lookup("FEAT"));
    assertEquals(Optional.empty(), FtpReply.Context.lookup("pwd"));
  }
}
