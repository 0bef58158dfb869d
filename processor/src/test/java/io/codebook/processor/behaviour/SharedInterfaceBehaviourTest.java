package io.codebook.processor.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import golden.shared.SharedReply;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two sets generated with {@code implement = SharedReply.class}, one an enum and one in the class
 * shape, used through the interface alone: one method serves both, which is what the attribute is
 * for. The expected values are the demo spec's.
 */
class SharedInterfaceBehaviourTest {

  /** What a caller that knows only the interface can say about a reply. */
  private static String describe(SharedReply reply) {
    return reply.line()
        + " | "
        + reply.series().title()
        + " from "
        + reply.series().first()
        + " | "
        + reply.outcome().name()
        + (reply.isError() ? " error" : "")
        + " | group "
        + reply.group().name()
        + " | aliases "
        + reply.aliases().stream().map(SharedReply.Alias::name).toList();
  }

  @Test
  void oneMethodServesBothShapes() {
    List<SharedReply> replies =
        List.of(golden.implement.DemoReply.of(522), golden.implementparts.DemoReply.of(522));
    for (SharedReply reply : replies) {
      assertEquals(
          "522 Extended port failure - unknown network protocol. | Permanent Negative Completion"
              + " from 500 | PERMANENT error | group CONNECTIONS | aliases [TLS_NEGOTIATION_FAILED]",
          describe(reply));
    }
  }

  @Test
  void nestedTypesImplementTheNestedInterfaces() {
    SharedReply.Series series = golden.implement.DemoReply.Series.TRANSIENT_NEGATIVE;
    assertTrue(series.contains(421));
    assertFalse(series.contains(500));
    SharedReply.Outcome outcome = golden.implementparts.DemoReply.Outcome.SUCCESS;
    assertFalse(outcome.isError());
    SharedReply.Alias alias = golden.implement.DemoReply.of(522).aliases().get(0);
    assertSame(golden.implement.DemoReply.EXTENDED_PORT_FAILURE, alias.primary());
  }

  @Test
  void variantsArriveAsTheInterfacesCollection() {
    Stream.of(golden.implement.DemoReply.of(421), golden.implementparts.DemoReply.of(421))
        .map(SharedReply.class::cast)
        .forEach(
            reply ->
                assertEquals(
                    List.of("User limit reached", "Max connections exceeded"),
                    List.copyOf(reply.variants())));
  }
}
