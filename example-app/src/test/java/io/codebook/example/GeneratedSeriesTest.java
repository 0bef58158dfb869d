package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Series and outcomes of the generated code sets. */
class GeneratedSeriesTest {
  @Test
  void everyNumberFrom100To699FallsInTheSeriesOfItsFirstDigit() {
    for (int code = 100; code <= 699; code++) {
      FtpReply.Series series = FtpReply.Series.of(code);
      assertEquals(code / 100, series.first() / 100, "first digit of " + code);
      assertTrue(series.contains(code));
      assertSame(series, FtpReply.Series.lookup(code).orElseThrow());
      int holding = code;
      assertEquals(
          1,
          Arrays.stream(FtpReply.Series.values()).filter(s -> s.contains(holding)).count(),
          "exactly one series holds " + code);
    }
  }

  @Test
  void seriesNamesFollowRfc959() {
    assertSame(FtpReply.Series.POSITIVE_COMPLETION, FtpReply.Series.of(299));
    assertSame(FtpReply.Series.POSITIVE_PRELIMINARY, FtpReply.Series.of(100));
    assertSame(FtpReply.Series.TRANSIENT_NEGATIVE, FtpReply.Series.of(499));
    assertSame(FtpReply.Series.PERMANENT_NEGATIVE, FtpReply.Series.of(500));
    assertEquals("Positive Completion", FtpReply.Series.POSITIVE_COMPLETION.title());
  }

  @ParameterizedTest
  @ValueSource(ints = {99, 700, 0, -1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void numbersOutsideEveryFtpSeriesHaveNone(int code) {
    assertEquals(Optional.empty(), FtpReply.Series.lookup(code));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FtpReply.Series.of(code));
    assertTrue(e.getMessage().contains(Integer.toString(code)), e::getMessage);
    for (FtpReply.Series series : FtpReply.Series.values()) {
      assertTrue(!series.contains(code), series + " holds " + code);
    }
  }

  @Test
  void everyConstantLiesInItsOwnSeries() {
    for (FtpReply reply : FtpReply.values()) {
      assertTrue(reply.series().contains(reply.code()), reply::name);
      assertSame(reply.series(), FtpReply.Series.of(reply.code()), reply::name);
    }
    for (WinsockError error : WinsockError.values()) {
      assertTrue(error.series().contains(error.code()), error::name);
      assertSame(error.series(), WinsockError.Series.of(error.code()), error::name);
    }
  }

  @Test
  void seriesRangesAreOrderedAndDisjoint() {
    assertOrderedAndDisjoint(
        Arrays.stream(FtpReply.Series.values())
            .map(s -> new int[] {s.first(), s.last()})
            .toArray(int[][]::new));
    assertOrderedAndDisjoint(
        Arrays.stream(WinsockError.Series.values())
            .map(s -> new int[] {s.first(), s.last()})
            .toArray(int[][]::new));
  }

  @Test
  void outcomesFollowTheFirstDigitAsRfc959Defines() {
    for (FtpReply reply : FtpReply.values()) {
      FtpReply.Outcome expected =
          switch (reply.code() / 100) {
            case 1, 3 -> FtpReply.Outcome.PENDING;
            case 2 -> FtpReply.Outcome.SUCCESS;
            case 4 -> FtpReply.Outcome.TRANSIENT;
            case 5 -> FtpReply.Outcome.PERMANENT;
            default ->
                FtpReply.Outcome.NONE; // 6yz: a protected reply takes the outcome of the one inside
          };
      assertEquals(expected, reply.outcome(), reply::name);
    }
  }

  @Test
  void exactlyOneOutcomeFlagIsSetAndErrorsAreTransientOrPermanent() {
    for (FtpReply reply : FtpReply.values()) {
      // A protected reply has no outcome of its own, so no flag is set for it.
      int expected = reply.outcome() == FtpReply.Outcome.NONE ? 0 : 1;
      assertEquals(
          expected,
          count(reply.isSuccess(), reply.isPending(), reply.isTransient(), reply.isPermanent()),
          reply::name);
      assertEquals(reply.isTransient() || reply.isPermanent(), reply.isError(), reply::name);
      assertEquals(reply.outcome().isError(), reply.isError(), reply::name);
    }
    for (WinsockError error : WinsockError.values()) {
      assertEquals(
          1,
          count(error.isSuccess(), error.isPending(), error.isTransient(), error.isPermanent()),
          error::name);
      assertEquals(error.outcome().isError(), error.isError(), error::name);
    }
    assertTrue(FtpReply.SERVICE_NOT_AVAILABLE.isTransient());
    assertTrue(FtpReply.NOT_LOGGED_IN.isPermanent());
  }

  private static void assertOrderedAndDisjoint(int[][] ranges) {
    for (int i = 0; i < ranges.length; i++) {
      assertTrue(ranges[i][0] <= ranges[i][1], "range " + i + " is not empty");
      if (i > 0) {
        assertTrue(
            ranges[i - 1][1] < ranges[i][0], "range " + i + " starts after range " + (i - 1));
      }
    }
  }

  private static int count(boolean... flags) {
    int set = 0;
    for (boolean flag : flags) {
      set += flag ? 1 : 0;
    }
    return set;
  }
}
