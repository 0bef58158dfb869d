package io.codebook.benchmarks.sparse;

import io.codebook.benchmarks.Inputs;
import io.codebook.benchmarks.Peers;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The generated {@code Sparse1000} (1,000 sparse codes from 1,000 to 37,424, generated as a class
 * because an enum cannot hold them; open-addressing hash lookup) against its peers.
 *
 * <p>Method names are {@code group_subject}, as in {@code FtpBenchmark}: {@code lookup_*} walk
 * mixed inputs (a quarter unlisted numbers from 0 to the last code + 1,000), {@code of_*} listed
 * codes only, {@code dispatch_generated} the mixed inputs through a handler with three code and two
 * series overrides.
 *
 * <p>The {@code switch} peer cannot be one method here: one {@code switch} of 1,000 cases is about
 * 12 KB of bytecode, over HotSpot's HugeMethodLimit (8,000 bytes), so the JIT never compiles it.
 * {@code *_switchOneMethod} measure that method as protobuf would generate it; {@code *_switch} the
 * same cases split into two 500-case methods ({@code Sparse1000ChunkedSwitch}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Sparse1000Benchmark {
  static final Sparse1000[] VALUES = Sparse1000.values();
  static final int LAST = VALUES[VALUES.length - 1].code();

  /**
   * Unlisted inputs are drawn from {@code [0, DOMAIN)}, so the floor's array covers every input.
   */
  static final int DOMAIN = LAST + 1_000;

  static final Sparse1000[] BY_CODE =
      Peers.byCode(Sparse1000.values(), Sparse1000::code, DOMAIN, Sparse1000[]::new);
  static final Map<Integer, Sparse1000> BY_NUMBER =
      Peers.hashMap(Sparse1000.values(), Sparse1000::code);

  /**
   * The handler, in a holder class of its own: loading a class that implements {@code
   * Sparse1000Handler} takes HotSpot seconds at 50,000 codes (its vtable gets one default method
   * per code), so only the dispatch benchmark pays for it. Three codes (in different parts) and two
   * series overridden.
   */
  static final class Dispatch {
    static final Sparse1000Handler<Integer> HANDLER =
        new Sparse1000Handler<>() {
          @Override
          public Integer onC1(Sparse1000 code) {
            return 1;
          }

          @Override
          public Integer onC2(Sparse1000 code) {
            return 2;
          }

          @Override
          public Integer onC500(Sparse1000 code) {
            return 3;
          }

          @Override
          public Integer onS2(int code) {
            return 4;
          }

          @Override
          public Integer onS3(int code) {
            return 5;
          }

          @Override
          public Integer otherwise(int code) {
            return 0;
          }
        };

    private Dispatch() {}
  }

  /** Loads {@link Dispatch} and checks the generated dispatch against the expected routing. */
  @State(Scope.Benchmark)
  public static class DispatchState {
    @Setup
    public void setUp(Sparse1000Benchmark main) {
      for (int code : main.mixed) {
        Peers.agree(
            "dispatch",
            code,
            expectedDispatch(code, Sparse1000.lookup(code).orElse(null)),
            Sparse1000Handler.dispatch(code, Dispatch.HANDLER));
      }
    }
  }

  int[] mixed;
  int[] known;

  @Setup
  public void setUp() {
    int[] codes = Peers.codes(VALUES, Sparse1000::code);
    mixed = Inputs.mixed(codes, 0, DOMAIN);
    known = Inputs.known(codes);
    for (int code : mixed) {
      Sparse1000 generated = Sparse1000.lookup(code).orElse(null);
      Peers.agree("array", code, generated, BY_CODE[code]);
      Peers.agree("switch", code, generated, Sparse1000ChunkedSwitch.find(code));
      Peers.agree("one-method switch", code, generated, Sparse1000Switch.find(code));
      Peers.agree("cached VALUES scan", code, generated, cachedValuesScan(code));
      Peers.agree("HashMap", code, generated, BY_NUMBER.get(code));
      Peers.agree("isKnown", code, generated != null, Sparse1000.isKnown(code));
    }
    for (int i = 0; i < 64; i++) {
      // A linear scan over values() takes milliseconds at 50,000 codes: check a sample.
      Peers.agree(
          "values() scan",
          mixed[i],
          Sparse1000.lookup(mixed[i]).orElse(null),
          valuesScan(mixed[i]));
    }
    for (int code : known) {
      Peers.agree("of", code, Sparse1000.lookup(code).orElseThrow(), Sparse1000.of(code));
    }
  }

  private static Integer expectedDispatch(int code, Sparse1000 constant) {
    if (constant == Sparse1000.C1) {
      return 1;
    }
    if (constant == Sparse1000.C2) {
      return 2;
    }
    if (constant == Sparse1000.C500) {
      return 3;
    }
    Sparse1000.Series series = Sparse1000.Series.lookup(code).orElse(null);
    return series == Sparse1000.Series.S2 ? 4 : series == Sparse1000.Series.S3 ? 5 : 0;
  }

  // ---- lookup: mixed inputs -------------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_generated(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Sparse1000.lookup(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_generatedIsKnown(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Sparse1000.isKnown(code));
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
      bh.consume(Sparse1000ChunkedSwitch.find(code));
    }
  }

  /**
   * protobuf's {@code forNumber} as generated: one switch of 1,000 cases, over HotSpot's
   * HugeMethodLimit.
   */
  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_switchOneMethod(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Sparse1000Switch.find(code));
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
      bh.consume(Sparse1000.of(code));
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
      bh.consume(Sparse1000ChunkedSwitch.find(code));
    }
  }

  /**
   * protobuf's {@code forNumber} as generated: one switch of 1,000 cases, over HotSpot's
   * HugeMethodLimit.
   */
  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void of_switchOneMethod(Blackhole bh) {
    for (int code : known) {
      bh.consume(Sparse1000Switch.find(code));
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
  public void dispatch_generated(DispatchState loaded, Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Sparse1000Handler.dispatch(code, Dispatch.HANDLER));
    }
  }

  // ---- the peers ------------------------------------------------------------------------------

  /** Spring's {@code HttpStatus.resolve} since 5.3.7: a linear scan over a cached array. */
  static Sparse1000 cachedValuesScan(int code) {
    for (Sparse1000 value : VALUES) {
      if (value.code() == code) {
        return value;
      }
    }
    return null;
  }

  /**
   * Spring's {@code HttpStatus.resolve} before 5.3.7: {@code values()} clones the array every call.
   */
  static Sparse1000 valuesScan(int code) {
    for (Sparse1000 value : Sparse1000.values()) {
      if (value.code() == code) {
        return value;
      }
    }
    return null;
  }
}
