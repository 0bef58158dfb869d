package io.codebook.benchmarks;

import io.codebook.benchmarks.ftp.FtpReply;
import io.codebook.benchmarks.ftp.FtpReplyHandler;
import io.codebook.benchmarks.ftp.FtpReplyPlainEnum;
import io.codebook.benchmarks.sparse.Sparse1000;
import io.codebook.benchmarks.sparse.Sparse1000Handler;
import io.codebook.benchmarks.sparse.Sparse50000;
import io.codebook.benchmarks.sparse.Sparse50000Handler;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a code set costs the first time a JVM touches it, which JMH's steady state hides: the set's
 * class's loading and initialization (every constant), the lookup index, and loading a class that
 * implements its handler (twice: the cost is per implementing class, not once), and, last, the
 * first read of a constant's text, which a class-shaped set keeps in a resource until then. Run it
 * in a fresh JVM per set: {@code java -cp benchmarks.jar io.codebook.benchmarks.FirstUse
 * ftp|ftp-enum|1000|50000}. It prints one Markdown table row.
 */
public final class FirstUse {
  private FirstUse() {}

  /** What starts the row's label: empty, or what the run's JVM was given. */
  private static String prefix = "";

  public static void main(String[] args) {
    String set = args.length == 0 ? "ftp" : args[0];
    prefix = args.length > 1 ? args[1] : "";
    switch (set) {
      case "ftp":
        measure(
            () -> "FTP (65 codes, " + shape(FtpReply.class) + ")",
            () -> FtpReply.values().length,
            () -> FtpReply.lookup(421).isPresent(),
            FirstUse::ftpHandler,
            FirstUse::ftpHandler2,
            () -> FtpReply.values()[0].message());
        break;
      case "ftp-enum":
        measure(
            () -> "FTP, the same codes as an enum written by hand (`FtpReplyPlainEnum`)",
            () -> FtpReplyPlainEnum.values().length,
            () -> FtpReplyPlainEnum.lookup(421) != null,
            FirstUse::plainHandler,
            FirstUse::plainHandler2,
            () -> FtpReplyPlainEnum.values()[0].message());
        checkPlainEnum();
        break;
      case "1000":
        measure(
            () -> "1,000 codes (" + shape(Sparse1000.class) + ")",
            () -> Sparse1000.values().length,
            () -> Sparse1000.lookup(1_000).isPresent(),
            FirstUse::handler1000,
            FirstUse::handler1000b,
            () -> Sparse1000.values()[0].message());
        break;
      case "50000":
        measure(
            () -> "50,000 codes (" + shape(Sparse50000.class) + ")",
            () -> Sparse50000.values().length,
            () -> Sparse50000.lookup(1_000).isPresent(),
            FirstUse::handler50000,
            FirstUse::handler50000b,
            () -> Sparse50000.values()[0].message());
        break;
      default:
        throw new IllegalArgumentException(
            "unknown set " + set + "; use ftp, ftp-enum, 1000 or 50000");
    }
  }

  private static String shape(Class<?> type) {
    return type.isEnum() ? "enum" : "class";
  }

  /**
   * After the timing: the peer holds the generated set's codes and every text of each (message,
   * description, variants, solutions and references), so that both initialize the same texts.
   */
  private static void checkPlainEnum() {
    FtpReplyPlainEnum[] plain = FtpReplyPlainEnum.values();
    FtpReply[] generated = FtpReply.values();
    if (plain.length != generated.length) {
      throw new AssertionError(plain.length + " plain constants, " + generated.length);
    }
    for (int i = 0; i < plain.length; i++) {
      if (plain[i].code() != generated[i].code()
          || !plain[i].name().equals(generated[i].name())
          || !plain[i].message().equals(generated[i].message())
          || !plain[i].description().equals(generated[i].description())
          || !plain[i].variants().equals(generated[i].variants())
          || !plain[i].solutions().equals(generated[i].solutions())
          || !plain[i].references().equals(generated[i].references())) {
        throw new AssertionError("the plain enum differs from FtpReply at " + generated[i]);
      }
    }
  }

  /** A hand-written set's "handler": a plain interface with a method per series. */
  interface PlainHandler<R> {
    R otherwise(int code);

    default R onPositiveCompletion(int code) {
      return otherwise(code);
    }
  }

  private static Object plainHandler() {
    return new PlainHandler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 0;
      }
    };
  }

  private static Object plainHandler2() {
    return new PlainHandler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 1;
      }
    };
  }

  /**
   * Times each first use in turn. The row's label names the set's shape, which loads its class, so
   * it is computed last: loading the class, and with a class-shaped set every part interface it
   * implements, is part of what a program's first {@code values()} costs.
   */
  private static void measure(
      Supplier<String> name,
      Supplier<Object> values,
      Supplier<Object> lookup,
      Supplier<Object> handler,
      Supplier<Object> handler2,
      Supplier<Object> text) {
    double v = time(values);
    double l = time(lookup);
    double h = time(handler);
    double h2 = time(handler2);
    // Last, so that the columns before it time what they always did.
    double t = time(text);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
        prefix + name.get(),
        v,
        l,
        h,
        h2,
        t);
  }

  private static double time(Supplier<Object> action) {
    long start = System.nanoTime();
    Object result = action.get();
    long nanos = System.nanoTime() - start;
    if (result == null) {
      throw new AssertionError();
    }
    return nanos / 1e6;
  }

  private static Object ftpHandler() {
    return new FtpReplyHandler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 0;
      }
    };
  }

  private static Object ftpHandler2() {
    return new FtpReplyHandler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 1;
      }
    };
  }

  private static Object handler1000() {
    return new Sparse1000Handler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 0;
      }
    };
  }

  private static Object handler1000b() {
    return new Sparse1000Handler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 1;
      }
    };
  }

  private static Object handler50000() {
    return new Sparse50000Handler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 0;
      }
    };
  }

  private static Object handler50000b() {
    return new Sparse50000Handler<Integer>() {
      @Override
      public Integer otherwise(int code) {
        return 1;
      }
    };
  }

  /** The header of the table the rows belong to. */
  public static final String HEADER =
      "| Set | Loading and initializing the class (`values()`, first call) | Lookup index (first `lookup`) "
          + "| Loading a handler implementation | Loading a second one "
          + "| First text (`message()`, first call) |\n|---|---:|---:|---:|---:|---:|\n";
}
