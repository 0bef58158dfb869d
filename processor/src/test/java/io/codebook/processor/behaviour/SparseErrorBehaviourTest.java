package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import golden.sparse.SparseError;
import golden.sparse.SparseErrorHandler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A set without series whose codes lie far apart, so that lookup uses the hash table. */
class SparseErrorBehaviourTest {

  @Test
  void theHashTableFindsEveryCodeAndNothingElse() {
    for (SparseError error : SparseError.values()) {
      assertSame(error, SparseError.of(error.code()));
    }
    assertSame(SparseError.FAR_AWAY, SparseError.of(2_000_000_000));
    for (int unlisted : new int[] {0, 8, 69_999, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(Optional.empty(), SparseError.lookup(unlisted), String.valueOf(unlisted));
    }
  }

  @Test
  void eachCodeHasItsOwnOutcome() {
    assertSame(SparseError.Outcome.TRANSIENT, SparseError.TOO_EARLY.outcome());
    assertSame(SparseError.Outcome.PERMANENT, SparseError.NO_QUOTA.outcome());
    assertSame(SparseError.Outcome.PENDING, SparseError.FAR_AWAY.outcome());
  }

  @Test
  void withoutSeriesEveryUnhandledCodeGoesToOtherwise() {
    SparseErrorHandler<String> handler =
        new SparseErrorHandler<>() {
          @Override
          public String onNoQuota(SparseError code) {
            return "quota";
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("quota", SparseErrorHandler.dispatch(70_000, handler));
    assertEquals("otherwise 7", SparseErrorHandler.dispatch(7, handler));
    assertEquals("otherwise 8", SparseErrorHandler.dispatch(8, handler));
  }
}
