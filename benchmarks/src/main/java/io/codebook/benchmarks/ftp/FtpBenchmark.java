package io.codebook.benchmarks.ftp;

import io.codebook.benchmarks.Inputs;
import io.codebook.benchmarks.Peers;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPReply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated {@code FtpReply} (65 codes, 110-633, direct table) against its peers.
 *
 * <p>Method names are {@code group_subject}; the report compares each group's {@code generated*}
 * subjects with the others. Every method walks {@value Inputs#SIZE} fixed-seed inputs and sinks
 * each result in a {@link Blackhole}, so the score is the time per lookup:
 *
 * <ul>
 *   <li>{@code lookup_*}: mixed inputs, a quarter of them unlisted numbers from 0-999; each peer
 *       returns the constant or {@code null} (the generated {@code lookup} an {@code Optional});
 *   <li>{@code of_*}: listed codes only, so that {@code of(int)} never throws;
 *   <li>{@code dispatch_*}: the mixed inputs through a handler for three codes and two series,
 *       against a hand-written {@code switch} on {@code FtpReplyCodes} that does the same: {@code
 *       dispatch_generatedBuilder} through a handler built from actions, which finds a code's
 *       action in an array by ordinal (the shape the README recommends for hot paths), {@code
 *       dispatch_generated} through an implementation of the interface that overrides the codes'
 *       own methods, reached through a {@code switch} on the ordinal with a case per code; and
 *       {@code dispatch_handWrittenSwitchInteger}, the hand-written {@code switch} returning the
 *       {@code Integer}s a handler returns;
 *   <li>{@code series_*}: classification of any number 0-999 into the six series, against Apache
 *       Commons Net's {@code FTPReply} predicates and a Netty-style {@code code / 100} array.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class FtpBenchmark {
  /**
   * Unlisted inputs are drawn from {@code [0, DOMAIN)}, so the floor's array covers every input.
   */
  static final int DOMAIN = 1_000;

  static final FtpReply[] VALUES = FtpReply.values();
  static final FtpReply[] BY_CODE =
      Peers.byCode(FtpReply.values(), FtpReply::code, DOMAIN, FtpReply[]::new);
  static final Map<Integer, FtpReply> BY_NUMBER = Peers.hashMap(FtpReply.values(), FtpReply::code);

  /** Netty's {@code HttpStatusClass}: the series by hundreds, {@code null} where there is none. */
  static final FtpReply.Series[] SERIES_BY_HUNDRED = {
    null,
    FtpReply.Series.POSITIVE_PRELIMINARY,
    FtpReply.Series.POSITIVE_COMPLETION,
    FtpReply.Series.POSITIVE_INTERMEDIATE,
    FtpReply.Series.TRANSIENT_NEGATIVE,
    FtpReply.Series.PERMANENT_NEGATIVE,
    FtpReply.Series.PROTECTED_REPLY,
    null,
    null,
    null
  };

  /** Three codes and two series overridden; results are small ints, boxed from Integer's cache. */
  static final FtpReplyHandler<Integer> HANDLER =
      new FtpReplyHandler<>() {
        @Override
        public Integer onServiceNotAvailable(FtpReply code) {
          return 1;
        }

        @Override
        public Integer onNotLoggedIn(FtpReply code) {
          return 2;
        }

        @Override
        public Integer onClosingDataConnection(FtpReply code) {
          return 3;
        }

        @Override
        public Integer onTransientNegative(int code) {
          return 4;
        }

        @Override
        public Integer onPermanentNegative(int code) {
          return 5;
        }

        @Override
        public Integer otherwise(int code) {
          return 0;
        }
      };

  /** What {@link #HANDLER} does, built from actions. */
  static final FtpReplyHandler<Integer> BUILT =
      FtpReplyHandler.<Integer>builder()
          .on(FtpReply.SERVICE_NOT_AVAILABLE, code -> 1)
          .on(FtpReply.NOT_LOGGED_IN, code -> 2)
          .on(FtpReply.CLOSING_DATA_CONNECTION, code -> 3)
          .onSeries(FtpReply.Series.TRANSIENT_NEGATIVE, code -> 4)
          .onSeries(FtpReply.Series.PERMANENT_NEGATIVE, code -> 5)
          .otherwise(code -> 0)
          .build();

  int[] mixed;
  int[] known;
  int[] anyNumber;
  int[] inSeries;

  @Setup
  public void setUp() {
    int[] codes = Peers.codes(VALUES, FtpReply::code);
    mixed = Inputs.mixed(codes, 0, DOMAIN);
    known = Inputs.known(codes);
    anyNumber = Inputs.uniform(0, DOMAIN);
    inSeries = Inputs.uniform(100, 700);
    for (int code : mixed) {
      FtpReply generated = FtpReply.lookup(code).orElse(null);
      Peers.agree("array", code, generated, BY_CODE[code]);
      Peers.agree("switch", code, generated, FtpReplySwitch.find(code));
      Peers.agree("cached VALUES scan", code, generated, cachedValuesScan(code));
      Peers.agree("values() scan", code, generated, valuesScan(code));
      Peers.agree("HashMap", code, generated, BY_NUMBER.get(code));
      Peers.agree("isKnown", code, generated != null, FtpReply.isKnown(code));
      Integer handWritten = handWrittenDispatch(code);
      Peers.agree(
          "hand-written dispatch", code, FtpReplyHandler.dispatch(code, HANDLER), handWritten);
      Peers.agree(
          "hand-written dispatch, built handler",
          code,
          FtpReplyHandler.dispatch(code, BUILT),
          handWritten);
      Peers.agree(
          "hand-written dispatch, boxed", code, handWrittenDispatchInteger(code), handWritten);
    }
    for (int code : known) {
      Peers.agree("of", code, FtpReply.lookup(code).orElseThrow(), FtpReply.of(code));
    }
    for (int code : anyNumber) {
      FtpReply.Series generated = FtpReply.Series.lookup(code).orElse(null);
      Peers.agree("Commons Net FTPReply", code, generated, commonsNetSeries(code));
      Peers.agree("code / 100 array", code, generated, div100Series(code));
    }
  }

  // ---- lookup: mixed inputs -------------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_generated(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(FtpReply.lookup(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_generatedIsKnown(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(FtpReply.isKnown(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_array(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(BY_CODE[code]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_switch(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(FtpReplySwitch.find(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_cachedValuesScan(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(cachedValuesScan(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_valuesScan(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(valuesScan(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_hashMap(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(BY_NUMBER.get(code));
    }
  }

  // ---- of: listed codes only ------------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void of_generated(Blackhole bh) {
    for (int code : known) {
      bh.consume(FtpReply.of(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void of_array(Blackhole bh) {
    for (int code : known) {
      bh.consume(BY_CODE[code]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void of_switch(Blackhole bh) {
    for (int code : known) {
      bh.consume(FtpReplySwitch.find(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void of_cachedValuesScan(Blackhole bh) {
    for (int code : known) {
      bh.consume(cachedValuesScan(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void of_hashMap(Blackhole bh) {
    for (int code : known) {
      bh.consume(BY_NUMBER.get(code));
    }
  }

  // ---- dispatch: mixed inputs -----------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void dispatch_generated(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(FtpReplyHandler.dispatch(code, HANDLER));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void dispatch_generatedBuilder(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(FtpReplyHandler.dispatch(code, BUILT));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void dispatch_handWrittenSwitch(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(handWrittenDispatch(code));
    }
  }

  /**
   * The same {@code switch}, its results boxed as a handler's {@code R} must be: what of the gap to
   * the built handler is the {@code Integer}s (informational; the target compares with the {@code
   * int} one).
   */
  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void dispatch_handWrittenSwitchInteger(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(handWrittenDispatchInteger(code));
    }
  }

  // ---- series: any number 0-999 ---------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void series_generated(Blackhole bh) {
    for (int code : anyNumber) {
      bh.consume(FtpReply.Series.lookup(code));
    }
  }

  /** {@code Series.of} throws outside 100-699, so it gets numbers from that range. */
  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void series_generatedOfInRange(Blackhole bh) {
    for (int code : inSeries) {
      bh.consume(FtpReply.Series.of(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void series_commonsNetPredicates(Blackhole bh) {
    for (int code : anyNumber) {
      bh.consume(commonsNetSeries(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void series_div100Array(Blackhole bh) {
    for (int code : anyNumber) {
      bh.consume(div100Series(code));
    }
  }

  // ---- the peers ------------------------------------------------------------------------------

  /** Spring's {@code HttpStatus.resolve} since 5.3.7: a linear scan over a cached array. */
  static FtpReply cachedValuesScan(int code) {
    for (FtpReply reply : VALUES) {
      if (reply.code() == code) {
        return reply;
      }
    }
    return null;
  }

  /**
   * Spring's {@code HttpStatus.resolve} before 5.3.7: {@code values()} clones the array every call.
   */
  static FtpReply valuesScan(int code) {
    for (FtpReply reply : FtpReply.values()) {
      if (reply.code() == code) {
        return reply;
      }
    }
    return null;
  }

  /**
   * What {@link #HANDLER} and {@link #BUILT} do, written by hand on the generated int constants.
   */
  static int handWrittenDispatch(int code) {
    switch (code) {
      case FtpReplyCodes.SERVICE_NOT_AVAILABLE:
        return 1;
      case FtpReplyCodes.NOT_LOGGED_IN:
        return 2;
      case FtpReplyCodes.CLOSING_DATA_CONNECTION:
        return 3;
      default:
        break;
    }
    if (code >= 400 && code <= 499) {
      return 4;
    }
    if (code >= 500 && code <= 599) {
      return 5;
    }
    return 0;
  }

  /** {@link #handWrittenDispatch}'s result as the {@code Integer} a handler returns. */
  static Integer handWrittenDispatchInteger(int code) {
    return handWrittenDispatch(code);
  }

  /** Apache Commons Net 3.13: one range predicate per series (it has no lookup and no enum). */
  static FtpReply.Series commonsNetSeries(int code) {
    if (FTPReply.isPositivePreliminary(code)) {
      return FtpReply.Series.POSITIVE_PRELIMINARY;
    }
    if (FTPReply.isPositiveCompletion(code)) {
      return FtpReply.Series.POSITIVE_COMPLETION;
    }
    if (FTPReply.isPositiveIntermediate(code)) {
      return FtpReply.Series.POSITIVE_INTERMEDIATE;
    }
    if (FTPReply.isNegativeTransient(code)) {
      return FtpReply.Series.TRANSIENT_NEGATIVE;
    }
    if (FTPReply.isNegativePermanent(code)) {
      return FtpReply.Series.PERMANENT_NEGATIVE;
    }
    if (FTPReply.isProtectedReplyCode(code)) {
      return FtpReply.Series.PROTECTED_REPLY;
    }
    return null;
  }

  /**
   * Netty's {@code HttpStatusClass.valueOf}: a range check, then {@code code / 100} into an array.
   */
  static FtpReply.Series div100Series(int code) {
    return code >= 0 && code < DOMAIN ? SERIES_BY_HUNDRED[code / 100] : null;
  }
}
