package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped code sets cover the seed page (CuteFTP's "Comprehensive List of FTP Status and Error
 * Codes"), RFC 959 §4.2.2, the FTP extensions and the full list of Windows Sockets errors.
 *
 * <p>The numbers are written out here, from the sources, rather than read from the specs, so that a
 * code dropped from a spec fails a test.
 */
class SeedCoverageTest {
  /** The FTP replies the seed page lists (it lacks RFC 959's 500 and 551). */
  static final int[] SEED_FTP = {
    110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257,
    331, 332, 350, 421, 425, 426, 450, 451, 452, 501, 502, 503, 504, 530, 532, 550, 552, 553,
  };

  /** The Winsock errors the seed page lists as "common Winsock error codes". */
  static final int[] SEED_WINSOCK = {10054, 10060, 10061, 10066, 10068};

  /** RFC 959 §4.2.2, "Numeric Order List of Reply Codes": all 39. */
  static final int[] RFC_959 = {
    110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257,
    331, 332, 350, 421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552,
    553,
  };

  /**
   * Codes from the FTP extensions: RFC 2228 (security), RFC 2428 (IPv6 and NATs), RFC 1639 (long
   * addresses) and RFC 4217 (TLS); and 554, which RFC 1123 §4.1.3.4 defines for a command after
   * REST.
   */
  static final int[] EXTENSIONS = {
    232, 234, 235, 334, 335, 336, 431, 533, 534, 535, 536, 537, 631, 632, 633, 229, 522, 228, 521,
    554,
  };

  /** Codes in common use that no standard defines. */
  static final int[] COMMON_USE = {231, 430, 434, 555, 251, 252};

  /** Replies that should come with at least one possible solution. */
  static final int[] FTP_WITH_SOLUTIONS = {
    425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 550, 552, 553,
  };

  /** Winsock errors that FTP users meet most, which should come with possible solutions. */
  static final int[] WINSOCK_WITH_SOLUTIONS = {10053, 10054, 10060, 10061, 10064, 10065, 11001};

  /** Numbers that have more than one named meaning in the standards or in common use. */
  static final int[] FTP_WITH_ALIASES = {232, 521, 522, 534};

  /**
   * Every Windows Sockets error: Microsoft's "Windows Sockets Error Codes" page (6, 8, 87, 995-997,
   * the 10xxx errors, 11001-11031) and the system error codes 11032 and 11033.
   */
  static final int[] WINSOCK_ALL =
      IntStream.concat(
              IntStream.of(
                  6, 8, 87, 995, 996, 997, 10004, 10009, 10013, 10014, 10022, 10024, 10035, 10036,
                  10037, 10038, 10039, 10040, 10041, 10042, 10043, 10044, 10045, 10046, 10047,
                  10048, 10049, 10050, 10051, 10052, 10053, 10054, 10055, 10056, 10057, 10058,
                  10059, 10060, 10061, 10062, 10063, 10064, 10065, 10066, 10067, 10068, 10069,
                  10070, 10071, 10091, 10092, 10093, 10101, 10102, 10103, 10104, 10105, 10106,
                  10107, 10108, 10109, 10110, 10111, 10112),
              IntStream.rangeClosed(11001, 11033))
          .toArray();

  @Test
  void theListsInThisTestAreComplete() {
    assertEquals(37, SEED_FTP.length, "the seed page lists 37 FTP replies");
    assertEquals(39, RFC_959.length, "RFC 959 §4.2.2 lists 39 replies");
    assertEquals(39, IntStream.of(RFC_959).distinct().count());
    Set<Integer> rfc959 = set(RFC_959);
    Set<Integer> notInSeed = new TreeSet<>(rfc959);
    notInSeed.removeAll(set(SEED_FTP));
    assertEquals(Set.of(500, 551), notInSeed, "the seed page lacks 500 and 551");
    assertTrue(rfc959.containsAll(set(SEED_FTP)), "every seed reply is an RFC 959 reply");
    assertEquals(97, WINSOCK_ALL.length);
    assertEquals(97, IntStream.of(WINSOCK_ALL).distinct().count());
  }

  @ParameterizedTest
  @MethodSource("seedFtp")
  void everySeedReplyIsAKnownFtpReply(int code) {
    assertTrue(FtpReply.isKnown(code), () -> code + " from the seed page is not in FtpReply");
    assertFalse(WinsockError.isKnown(code), () -> code + " is an FTP reply, not a Winsock error");
  }

  @ParameterizedTest
  @MethodSource("seedWinsock")
  void everySeedWinsockErrorIsAKnownWinsockError(int code) {
    assertTrue(
        WinsockError.isKnown(code), () -> code + " from the seed page is not in WinsockError");
    assertFalse(FtpReply.isKnown(code), () -> code + " is a Winsock error, not an FTP reply");
  }

  @Test
  void reply421HasTheSeedsVariantsAndSolutions() {
    FtpReply reply = FtpReply.of(421);
    assertEquals("Service not available, closing control connection.", reply.message());
    assertEquals(
        List.of(
            "User limit reached",
            "You are not authorized to make the connection",
            "Max connections reached",
            "Max connections exceeded"),
        reply.variants());
    assertTrue(
        reply.solutions().size() >= 3, () -> "the seed page gives three: " + reply.solutions());
  }

  @ParameterizedTest
  @MethodSource("ftpWithSolutions")
  void replyHasASolution(int code) {
    assertFalse(FtpReply.of(code).solutions().isEmpty(), () -> code + " has no solution");
    FtpReply.of(code).solutions().forEach(solution -> assertFalse(solution.isBlank(), code + ""));
  }

  @ParameterizedTest
  @MethodSource("winsockWithSolutions")
  void winsockErrorHasASolution(int code) {
    assertFalse(WinsockError.of(code).solutions().isEmpty(), () -> code + " has no solution");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 551})
  void theRfc959RepliesTheSeedLacksAreListed(int code) {
    assertTrue(FtpReply.isKnown(code), () -> code + " is in RFC 959 but not in FtpReply");
    assertTrue(FtpReply.of(code).isStandard());
  }

  @ParameterizedTest
  @MethodSource("rfc959")
  void everyRfc959ReplyIsKnownStandardAndReferencesRfc959(int code) {
    assertTrue(FtpReply.isKnown(code), () -> code + " is in RFC 959 but not in FtpReply");
    FtpReply reply = FtpReply.of(code);
    assertTrue(reply.isStandard(), () -> code + " is standard");
    assertTrue(
        reply.references().stream().anyMatch(reference -> reference.contains("RFC 959")),
        () -> code + " references " + reply.references());
  }

  @ParameterizedTest
  @MethodSource("extensions")
  void everyExtensionReplyIsKnownAndStandard(int code) {
    assertTrue(FtpReply.isKnown(code), () -> code + " is in an FTP extension but not in FtpReply");
    assertTrue(FtpReply.of(code).isStandard(), () -> code + " is standard");
  }

  @ParameterizedTest
  @MethodSource("commonUse")
  void everyCommonUseReplyIsKnownAndNotStandard(int code) {
    assertTrue(FtpReply.isKnown(code), () -> code + " is in common use but not in FtpReply");
    assertFalse(FtpReply.of(code).isStandard(), () -> code + " is in no standard");
  }

  @ParameterizedTest
  @MethodSource("ftpWithAliases")
  void numbersWithSeveralMeaningsHaveAliases(int code) {
    List<FtpReply.Alias> aliases = FtpReply.of(code).aliases();
    assertFalse(aliases.isEmpty(), () -> code + " has no alias");
    for (FtpReply.Alias alias : aliases) {
      assertEquals(code, alias.code(), alias::name);
      assertFalse(alias.message().isBlank(), () -> alias.name() + " has no message");
      assertFalse(alias.references().isEmpty(), () -> alias.name() + " has no reference");
    }
  }

  @ParameterizedTest
  @EnumSource(FtpReply.class)
  void theGroupIsTheSecondDigit(FtpReply reply) {
    String pattern = reply.group().pattern();
    assertEquals(3, pattern.length(), pattern);
    assertEquals(
        Integer.toString(reply.code()).charAt(1),
        pattern.charAt(1),
        () -> reply.code() + " is in group " + pattern);
  }

  @Test
  void theWinsockSetIsTheFullWindowsSocketsList() {
    Set<Integer> listed = new TreeSet<>();
    for (WinsockError error : WinsockError.values()) {
      listed.add(error.code());
    }
    Set<Integer> missing = new TreeSet<>(set(WINSOCK_ALL));
    missing.removeAll(listed);
    Set<Integer> extra = new TreeSet<>(listed);
    extra.removeAll(set(WINSOCK_ALL));
    assertTrue(
        missing.isEmpty() && extra.isEmpty(),
        () -> "missing from WinsockError: " + missing + "; not Windows Sockets errors: " + extra);
  }

  @Test
  void everyWinsockNameStartsWithWsa() {
    List<String> others = new ArrayList<>();
    for (WinsockError error : WinsockError.values()) {
      if (!error.name().startsWith("WSA")) {
        others.add(error.code() + " " + error.name());
      }
    }
    assertTrue(others.isEmpty(), () -> "names that do not start with WSA: " + others);
  }

  static IntStream seedFtp() {
    return IntStream.of(SEED_FTP);
  }

  static IntStream seedWinsock() {
    return IntStream.of(SEED_WINSOCK);
  }

  static IntStream rfc959() {
    return IntStream.of(RFC_959);
  }

  static IntStream extensions() {
    return IntStream.of(EXTENSIONS);
  }

  static IntStream commonUse() {
    return IntStream.of(COMMON_USE);
  }

  static IntStream ftpWithSolutions() {
    return IntStream.of(FTP_WITH_SOLUTIONS);
  }

  static IntStream winsockWithSolutions() {
    return IntStream.of(WINSOCK_WITH_SOLUTIONS);
  }

  static IntStream ftpWithAliases() {
    return IntStream.of(FTP_WITH_ALIASES);
  }

  private static Set<Integer> set(int[] codes) {
    Set<Integer> set = new TreeSet<>();
    for (int code : codes) {
      set.add(code);
    }
    return set;
  }
}
