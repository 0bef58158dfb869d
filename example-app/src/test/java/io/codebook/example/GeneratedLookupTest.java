package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.explain.ListedCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding generated constants by number, and the {@code int} constants that go with them. */
class GeneratedLookupTest {
  /** Numbers that neither set lists. */
  private static final int[] UNLISTED = {
    0, -1, 99, 299, 700, Integer.MIN_VALUE, Integer.MAX_VALUE, 10000, 109, 634, 12345
  };

  static List<GeneratedSet<?>> sets() {
    return GeneratedSet.both();
  }

  static Stream<Arguments> unlistedCodes() {
    return GeneratedSet.both().stream()
        .flatMap(set -> IntStream.of(UNLISTED).mapToObj(code -> Arguments.of(set, code)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void everyConstantIsFoundByItsNumber(GeneratedSet<E> set) {
    assertFalse(set.constants().isEmpty());
    for (E constant : set.constants()) {
      int code = constant.code();
      assertSame(constant, set.of().apply(code), () -> "of(" + code + ")");
      assertSame(constant, set.lookup().apply(code).orElseThrow(), () -> "lookup(" + code + ")");
      assertTrue(set.isKnown().test(code), () -> "isKnown(" + code + ")");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void numbersAreUniqueAmongConstants(GeneratedSet<E> set) {
    Set<Integer> seen = new HashSet<>();
    for (E constant : set.constants()) {
      assertTrue(seen.add(constant.code()), () -> "duplicate number of " + constant);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void everyConstantHasAnIntConstantOfTheSameNameAndNumber(
      GeneratedSet<E> set) {
    Map<String, Integer> ints = set.intConstants();
    for (E constant : set.constants()) {
      assertEquals(
          constant.code(),
          ints.get(constant.name()),
          () -> set.codesType().getSimpleName() + "." + constant.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void everyIntConstantIsKnownAndMatchesTheEnumFieldOfTheSameName(
      GeneratedSet<E> set) {
    Map<String, Integer> ints = set.intConstants();
    assertEquals(
        set.constants().size() + set.aliasFields().size(),
        ints.size(),
        "one int constant per constant and per alias");
    ints.forEach(
        (name, code) -> {
          assertTrue(set.isKnown().test(code), () -> name + " = " + code + " is not known");
          assertEquals(code, set.field(name).code(), name);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void aliasesResolveToThePrimaryConstant(GeneratedSet<E> set) {
    set.aliasFields()
        .forEach(
            (name, primary) -> {
              int code = primary.code();
              assertNotEquals(primary.name(), name);
              assertSame(primary, set.of().apply(code), name);
              assertEquals(code, set.intConstants().get(name), name);
            });
  }

  @Test
  void ftpAliasesAreTheSameObjectsAsThePrimaries() {
    assertSame(FtpReply.of(522), FtpReply.TLS_NEGOTIATION_FAILED);
    assertSame(FtpReply.EXTENDED_PORT_FAILURE, FtpReply.TLS_NEGOTIATION_FAILED);
    assertSame(FtpReply.of(FtpReplyCodes.POLICY_REQUIRES_SSL), FtpReply.POLICY_REQUIRES_SSL);
    assertEquals(FtpReplyCodes.EXTENDED_PORT_FAILURE, FtpReplyCodes.TLS_NEGOTIATION_FAILED);
    assertFalse(GeneratedSet.FTP.aliasFields().isEmpty(), "the FTP spec declares aliases");
  }

  @Test
  void rfcFactsAreInTheConstants() {
    assertTrue(FtpReply.of(421).message().contains("Service not available"));
    assertEquals(421, FtpReply.SERVICE_NOT_AVAILABLE.code());
    assertEquals(FtpReply.Series.TRANSIENT_NEGATIVE, FtpReply.of(421).series());
    assertTrue(
        FtpReply.of(530).message().toLowerCase(java.util.Locale.ROOT).contains("not logged in"));
    assertTrue(
        WinsockError.of(10061).message().toLowerCase(java.util.Locale.ROOT).contains("refused"));
    assertEquals(10054, WinsockError.WSAECONNRESET.code());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unlistedCodes")
  <E extends Enum<E> & KnownCode> void unlistedNumbersAreNotFound(GeneratedSet<E> set, int code) {
    assertEquals(Optional.empty(), set.lookup().apply(code));
    assertFalse(set.isKnown().test(code));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> set.of().apply(code));
    Pattern number =
        Pattern.compile("(?<![\\d-])" + Pattern.quote(Integer.toString(code)) + "(?!\\d)");
    assertTrue(
        number.matcher(e.getMessage()).find(), () -> "names " + code + ": " + e.getMessage());
    assertTrue(
        e.getMessage().contains(set.type().getSimpleName()),
        () -> "names the set: " + e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void lookupReturnsTheSameOptionalEveryTime(GeneratedSet<E> set) {
    for (E constant : set.constants()) {
      int code = constant.code();
      assertSame(set.lookup().apply(code), set.lookup().apply(code), constant::name);
    }
    assertSame(set.lookup().apply(299), set.lookup().apply(299));
  }

  @Test
  void seriesLookupReturnsTheSameOptionalEveryTime() {
    assertSame(FtpReply.Series.lookup(421), FtpReply.Series.lookup(450));
    assertSame(WinsockError.Series.lookup(10054), WinsockError.Series.lookup(10061));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  <E extends Enum<E> & KnownCode> void unmodifiableListsAreReturned(GeneratedSet<E> set) {
    for (E constant : set.constants()) {
      ListedCode listed = ListedCode.of(constant);
      assertThrows(UnsupportedOperationException.class, () -> listed.solutions().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> listed.references().clear());
      assertFalse(listed.message().isBlank(), constant::name);
    }
  }
}
