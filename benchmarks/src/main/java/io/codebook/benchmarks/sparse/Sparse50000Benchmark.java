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
 * The generated {@code Sparse50000} (50,000 sparse codes from 1,000 to 1,853,453, generated as a
 * class because an enum cannot hold them; open-addressing hash lookup) against its peers.
 *
 * <p>Method names are {@code group_subject}, as in {@code FtpBenchmark}: {@code lookup_*} walk
 * mixed inputs (a quarter unlisted numbers from 0 to the last code + 1,000), {@code of_*} listed
 * codes only, {@code dispatch_generated} the mixed inputs through a handler with three code and two
 * series overrides.
 *
 * <p>The {@code switch} peer cannot be one method here: 50,000 cases would need about 600 KB of
 * bytecode in one method (the limit is 64 KB) and 150,000 constant-pool entries in one class (the
 * limit is 65,535). {@code *_switch} use 100 methods of 500 cases, in 100 nested classes, behind a
 * 7-level tree of range comparisons ({@code Sparse50000ChunkedSwitch}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// 97 part classes of 500-odd-case methods take C2 seconds to compile on two cores: warm up longer.
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Sparse50000Benchmark {
  static final Sparse50000[] VALUES = Sparse50000.values();
  static final int LAST = VALUES[VALUES.length - 1].code();

  /**
   * Unlisted inputs are drawn from {@code [0, DOMAIN)}, so the floor's array covers every input.
   */
  static final int DOMAIN = LAST + 1_000;

  static final Sparse50000[] BY_CODE =
      Peers.byCode(Sparse50000.values(), Sparse50000::code, DOMAIN, Sparse50000[]::new);
  static final Map<Integer, Sparse50000> BY_NUMBER =
      Peers.hashMap(Sparse50000.values(), Sparse50000::code);

  /**
   * The handler, in a holder class of its own: loading a class that implements {@code
   * Sparse50000Handler} takes HotSpot seconds at 50,000 codes (its vtable gets one default method
   * per code), so only the dispatch benchmark pays for it. Three codes (in different parts) and two
   * series overridden.
   */
  static final class Dispatch {
    static final Sparse50000Handler<Integer> HANDLER =
        new Sparse50000Handler<>() {
          @Override
          public Integer onC1(Sparse50000 code) {
            return 1;
          }

          @Override
          public Integer onC2(Sparse50000 code) {
            return 2;
          }

          @Override
          public Integer onC45000(Sparse50000 code) {
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
    public void setUp(Sparse50000Benchmark main) {
      for (int code : main.mixed) {
        Peers.agree(
            "dispatch",
            code,
            expectedDispatch(code, Sparse50000.lookup(code).orElse(null)),
            Sparse50000Handler.dispatch(code, Dispatch.HANDLER));
      }
    }
  }

  int[] mixed;
  int[] known;

  @Setup
  public void setUp() {
    int[] codes = Peers.codes(VALUES, Sparse50000::code);
    mixed = Inputs.mixed(codes, 0, DOMAIN);
    known = Inputs.known(codes);
    for (int code : mixed) {
      Sparse50000 generated = Sparse50000.lookup(code).orElse(null);
      Peers.agree("array", code, generated, BY_CODE[code]);
      Peers.agree("switch", code, generated, Sparse50000ChunkedSwitch.find(code));
      Peers.agree("cached VALUES scan", code, generated, cachedValuesScan(code));
      Peers.agree("HashMap", code, generated, BY_NUMBER.get(code));
      Peers.agree("isKnown", code, generated != null, Sparse50000.isKnown(code));
    }
    for (int i = 0; i < 64; i++) {
      // A linear scan over values() takes milliseconds at 50,000 codes: check a sample.
      Peers.agree(
          "values() scan",
          mixed[i],
          Sparse50000.lookup(mixed[i]).orElse(null),
          valuesScan(mixed[i]));
    }
    for (int code : known) {
      Peers.agree("of", code, Sparse50000.lookup(code).orElseThrow(), Sparse50000.of(code));
    }
  }

  private static Integer expectedDispatch(int code, Sparse50000 constant) {
    if (constant == Sparse50000.C1) {
      return 1;
    }
    if (constant == Sparse50000.C2) {
      return 2;
    }
    if (constant == Sparse50000.C45000) {
      return 3;
    }
    Sparse50000.Series series = Sparse50000.Series.lookup(code).orElse(null);
    return series == Sparse50000.Series.S2 ? 4 : series == Sparse50000.Series.S3 ? 5 : 0;
  }

  // ---- lookup: mixed inputs -------------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_generated(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Sparse50000.lookup(code));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void lookup_generatedIsKnown(Blackhole bh) {
    for (int code : mixed) {
      bh.consume(Sparse50000.isKnown(code));
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
      bh.consume(Sparse50000ChunkedSwitch.find(code));
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
      bh.consume(Sparse50000.of(code));
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
      bh.consume(Sparse50000ChunkedSwitch.find(code));
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
      bh.consume(Sparse50000Handler.dispatch(code, Dispatch.HANDLER));
    }
  }

  // ---- the peers ------------------------------------------------------------------------------

  /** Spring's {@code HttpStatus.resolve} since 5.3.7: a linear scan over a cached array. */
  static Sparse50000 cachedValuesScan(int code) {
    for (Sparse50000 value : VALUES) {
      if (value.code() == code) {
        return value;
      }
    }
    return null;
  }

  /**
   * Spring's {@code HttpStatus.resolve} before 5.3.7: {@code values()} clones the array every call.
   */
  static Sparse50000 valuesScan(int code) {
    for (Sparse50000 value : Sparse50000.values()) {
      if (value.code() == code) {
        return value;
      }
    }
    return null;
  }
}
