package io.codebook.benchmarks.l10n;

import io.codebook.benchmarks.Inputs;
import io.codebook.benchmarks.Peers;
import io.codebook.benchmarks.ftp.FtpReply;
import java.util.EnumMap;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
 * The cost of {@code message(Locale)} on the generated {@code FtpReply}, whose German texts come
 * from {@code ftp-reply.de.yaml}. Method names are {@code group_subject}; every method walks
 * {@value Inputs#SIZE} fixed-seed listed codes, so the score is the time per message:
 *
 * <ul>
 *   <li>{@code message_base}: {@code message()}, a field read, the floor;
 *   <li>{@code message_generated}: {@code message(Locale.GERMAN)}, a switch on the language and an
 *       array read in the German table;
 *   <li>{@code message_generatedSwissGerman}: {@code de_CH}, which has no table of its own, so the
 *       switch on the country falls through to German;
 *   <li>{@code message_generatedUntranslated}: French, which has no table, so the spec's text;
 *   <li>{@code message_resourceBundleGetString}: the German texts in a {@code ListResourceBundle}
 *       fetched once, read with {@code getString(name)};
 *   <li>{@code message_resourceBundleGetBundle}: {@code ResourceBundle.getBundle(name,
 *       Locale.GERMAN).getString(name)} per call, as code that does not keep the bundle does;
 *   <li>{@code message_enumMap}: an {@code EnumMap} from constant to German text.
 * </ul>
 *
 * Run with {@code -prof gc}: the generated methods should allocate nothing per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LocalisedMessageBenchmark {
  static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");
  static final String BUNDLE = LocalisedMessageBenchmark.class.getName() + "$Messages";

  /** The peers' German texts, taken from the generated type so that all read the same strings. */
  static final Map<FtpReply, String> GERMAN = new EnumMap<>(FtpReply.class);

  static {
    for (FtpReply reply : FtpReply.values()) {
      GERMAN.put(reply, reply.message(Locale.GERMAN));
    }
  }

  /** The base bundle of the {@code ResourceBundle} peer: the spec's texts. */
  public static final class Messages extends ListResourceBundle {
    /** Creates the bundle; {@code ResourceBundle.getBundle} calls this. */
    public Messages() {}

    @Override
    protected Object[][] getContents() {
      Object[][] contents = new Object[FtpReply.values().length][];
      for (FtpReply reply : FtpReply.values()) {
        contents[reply.ordinal()] = new Object[] {reply.name(), reply.message()};
      }
      return contents;
    }
  }

  /** The German bundle of the {@code ResourceBundle} peer. */
  public static final class Messages_de extends ListResourceBundle {
    /** Creates the bundle; {@code ResourceBundle.getBundle} calls this. */
    public Messages_de() {}

    @Override
    protected Object[][] getContents() {
      Object[][] contents = new Object[FtpReply.values().length][];
      for (FtpReply reply : FtpReply.values()) {
        contents[reply.ordinal()] = new Object[] {reply.name(), GERMAN.get(reply)};
      }
      return contents;
    }
  }

  FtpReply[] replies;
  ResourceBundle german;

  @Setup
  public void setUp() {
    int[] known = Inputs.known(Peers.codes(FtpReply.values(), FtpReply::code));
    replies = new FtpReply[known.length];
    for (int i = 0; i < known.length; i++) {
      replies[i] = FtpReply.of(known[i]);
    }
    german = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN);
    for (FtpReply reply : FtpReply.values()) {
      String expected = reply.message(Locale.GERMAN);
      Peers.agree("ResourceBundle", reply.code(), expected, german.getString(reply.name()));
      Peers.agree("de-CH", reply.code(), expected, reply.message(SWISS_GERMAN));
      Peers.agree("French", reply.code(), reply.message(), reply.message(Locale.FRENCH));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_base(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(reply.message());
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_generated(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(reply.message(Locale.GERMAN));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_generatedSwissGerman(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(reply.message(SWISS_GERMAN));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_generatedUntranslated(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(reply.message(Locale.FRENCH));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_resourceBundleGetString(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(german.getString(reply.name()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_resourceBundleGetBundle(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(ResourceBundle.getBundle(BUNDLE, Locale.GERMAN).getString(reply.name()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.SIZE)
  public void message_enumMap(Blackhole bh) {
    for (FtpReply reply : replies) {
      bh.consume(GERMAN.get(reply));
    }
  }
}
