package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golden.negative.SignedResult;
import golden.negative.SignedResultCodes;
import golden.negative.SignedResultHandler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Negative codes beside non-negative ones, as OpenLDAP's client library has them. */
class NegativeCodesBehaviourTest {

  @Test
  void negativeCodesAreLookedUpLikeAnyOther() {
    assertSame(SignedResult.TIMEOUT, SignedResult.of(-7));
    assertSame(SignedResult.SERVER_DOWN, SignedResult.of(-1));
    assertSame(SignedResult.SUCCESS, SignedResult.of(0));
    assertEquals(-7, SignedResult.TIMEOUT.code());
    assertEquals(-1, SignedResultCodes.SERVER_DOWN);
    assertEquals("Can't contact LDAP server", SignedResult.SERVER_DOWN.message());
    // Numbers between and around the listed ones, and the extremes, where code - MIN overflows.
    for (int unlisted : new int[] {-8, -6, -2, 1, 31, 33, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(Optional.empty(), SignedResult.lookup(unlisted), String.valueOf(unlisted));
      assertFalse(SignedResult.isKnown(unlisted), String.valueOf(unlisted));
    }
  }

  @Test
  void aSeriesMayCoverEveryNegativeInt() {
    assertSame(SignedResult.Series.LIBRARY_ERROR, SignedResult.Series.of(Integer.MIN_VALUE));
    assertSame(SignedResult.Series.LIBRARY_ERROR, SignedResult.Series.of(-1));
    assertSame(SignedResult.Series.SERVER_RESULT, SignedResult.Series.of(0));
    assertEquals(Integer.MIN_VALUE, SignedResult.Series.LIBRARY_ERROR.first());
    assertSame(SignedResult.Series.LIBRARY_ERROR, SignedResult.TIMEOUT.series());
    assertSame(SignedResult.Outcome.TRANSIENT, SignedResult.SERVER_DOWN.outcome());
  }

  @Test
  void contextsAllowNegativeCodes() {
    assertTrue(SignedResult.Context.BIND.allows(-1));
    assertTrue(SignedResult.Context.BIND.allows(SignedResult.TIMEOUT));
    assertFalse(SignedResult.Context.BIND.allows(32));
  }

  @Test
  void dispatchRoutesNegativeNumbersToTheirSeries() {
    SignedResultHandler<String> handler =
        new SignedResultHandler<>() {
          @Override
          public String onServerDown(SignedResult code) {
            return "down";
          }

          @Override
          public String onLibraryError(int code) {
            return "library " + code;
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("down", SignedResultHandler.dispatch(-1, handler));
    assertEquals("library -7", SignedResultHandler.dispatch(-7, handler));
    assertEquals("library -2", SignedResultHandler.dispatch(-2, handler));
    assertEquals(
        "library " + Integer.MIN_VALUE, SignedResultHandler.dispatch(Integer.MIN_VALUE, handler));
    assertEquals("otherwise 0", SignedResultHandler.dispatch(0, handler));
  }
}
