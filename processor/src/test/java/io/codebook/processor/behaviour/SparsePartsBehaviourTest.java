package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import golden.sparseparts.SparseError;
import golden.sparseparts.SparseErrorCodes;
import golden.sparseparts.SparseErrorHandler;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The class shape with a hash-table index and no series: each of the three codes in a part of its
 * own.
 */
class SparsePartsBehaviourTest {

  @Test
  void theHashTableFindsTheConstantsOfEveryPart() {
    assertFalse(SparseError.class.isEnum());
    assertEquals(
        List.of(SparseError.TOO_EARLY, SparseError.NO_QUOTA, SparseError.FAR_AWAY),
        List.of(SparseError.values()));
    for (SparseError error : SparseError.values()) {
      assertSame(error, SparseError.of(error.code()));
    }
    assertEquals(Optional.empty(), SparseError.lookup(Integer.MAX_VALUE));
    assertEquals(2_000_000_000, SparseErrorCodes.FAR_AWAY);
  }

  @Test
  void withoutSeriesDispatchGoesFromTheCodesPartToOtherwise() {
    SparseErrorHandler<String> handler =
        SparseErrorHandler.<String>builder()
            .on(SparseError.FAR_AWAY, code -> "far " + code.ordinal())
            .otherwise(code -> "otherwise " + code)
            .build();
    assertEquals("far 2", SparseErrorHandler.dispatch(2_000_000_000, handler));
    assertEquals("otherwise 70000", SparseErrorHandler.dispatch(SparseError.NO_QUOTA, handler));
    assertEquals("otherwise 8", SparseErrorHandler.dispatch(8, handler));
  }
}
