package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import golden.partial.PartialSeries;
import golden.partial.PartialSeriesHandler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Series that leave some codes out, and a set-level default outcome. */
class PartialSeriesBehaviourTest {

  @Test
  void aCodeOutsideEverySeriesHasNone() {
    assertEquals(Optional.empty(), PartialSeries.SUCCESS.series());
    assertEquals(Optional.empty(), PartialSeries.OPERATIONS_ERROR.series());
    assertEquals(
        Optional.of(PartialSeries.Series.ATTRIBUTE_ERROR),
        PartialSeries.NO_SUCH_ATTRIBUTE.series());
    assertEquals(Optional.of(PartialSeries.Series.SERVICE_ERROR), PartialSeries.BUSY.series());
    // The accessor hands out the series' own cached Optional, so it does not allocate.
    assertSame(PartialSeries.NO_SUCH_ATTRIBUTE.series(), PartialSeries.Series.lookup(16));
  }

  @Test
  void outcomesComeFromTheCodeThenTheSeriesThenTheSet() {
    assertSame(PartialSeries.Outcome.SUCCESS, PartialSeries.SUCCESS.outcome());
    assertSame(PartialSeries.Outcome.TRANSIENT, PartialSeries.BUSY.outcome());
    // ATTRIBUTE_ERROR gives no outcome, so it and its codes take the set's.
    assertSame(PartialSeries.Outcome.PERMANENT, PartialSeries.Series.ATTRIBUTE_ERROR.outcome());
    assertSame(PartialSeries.Outcome.PERMANENT, PartialSeries.NO_SUCH_ATTRIBUTE.outcome());
    assertSame(PartialSeries.Outcome.PERMANENT, PartialSeries.OPERATIONS_ERROR.outcome());
  }

  @Test
  void dispatchOfACodeOutsideEverySeriesFallsThroughToOtherwise() {
    PartialSeriesHandler<String> handler =
        new PartialSeriesHandler<>() {
          @Override
          public String onAttributeError(int code) {
            return "attribute " + code;
          }

          @Override
          public String otherwise(int code) {
            return "otherwise " + code;
          }
        };
    assertEquals("otherwise 1", PartialSeriesHandler.dispatch(1, handler));
    assertEquals("otherwise 2", PartialSeriesHandler.dispatch(2, handler));
    assertEquals("attribute 16", PartialSeriesHandler.dispatch(16, handler));
    assertEquals("attribute 17", PartialSeriesHandler.dispatch(17, handler));
    assertEquals("otherwise 52", PartialSeriesHandler.dispatch(52, handler));
  }
}
