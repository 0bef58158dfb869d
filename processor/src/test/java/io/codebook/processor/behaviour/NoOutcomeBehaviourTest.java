package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import golden.nooutcome.NoOutcome;
import org.junit.jupiter.api.Test;

/** A spec that gives no outcome anywhere: every code's outcome is NONE. */
class NoOutcomeBehaviourTest {

  @Test
  void everyCodeHasTheOutcomeNoneAndNoPredicateHolds() {
    for (NoOutcome code : NoOutcome.values()) {
      assertSame(NoOutcome.Outcome.NONE, code.outcome(), code.name());
      assertFalse(
          code.isSuccess()
              || code.isPending()
              || code.isTransient()
              || code.isPermanent()
              || code.isError(),
          code.name());
    }
  }
}
